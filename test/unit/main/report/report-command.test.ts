import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportFormatFor, writeReport, writeRunReport } from '../../../../main/cli/report-command.js';
import { toRunDocument } from '../../../../common/engine/summary.js';
import { SCENARIO_FORMAT } from '../../../../common/model.js';
import { REPORT_FORMAT } from '../../../../main/report/json-report.js';
import { snapshotFromRun } from '../../../../main/report/from-run.js';
import { CHECKLIST_INFO, loadFixture, replay } from './replayed-session.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hvv run --report', () => {
  it('writes the HTML report of a replayed scenario, every step with its verdict', async () => {
    const scenario = await loadFixture('ras-809-timeout');
    const results = await replay(scenario);
    const outPath = join(dir, 'out.html');
    await writeReport({
      results,
      scenario,
      format: 'html',
      outPath,
      redact: false,
      now: new Date('2026-11-24T12:00:00Z'),
    });
    const html = await readFile(outPath, 'utf8');
    expect(html).toContain(`<h1>${scenario.title.replace(/&/g, '&#38;')}</h1>`);
    expect(html).toMatch(/Hybrid VPN Validator \d+\.\d+\.\d+/);
    for (const r of results)
      expect(html).toMatch(new RegExp(`data-step-id="${r.id}"[^]*?data-status="${r.status}"`));
  });

  it('writes the JSON report and the scenario, and redacts when asked', async () => {
    const scenario = await loadFixture('win10-1909-ikev2-connects');
    const results = await replay(scenario);
    await writeReport({
      results,
      scenario,
      format: 'json',
      outPath: join(dir, 'r.json'),
      redact: true,
      appVersion: '9.9.9',
    });
    const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    expect(report).toMatchObject({ format: REPORT_FORMAT, appVersion: '9.9.9', redacted: true });
    expect(JSON.stringify(report)).not.toContain('DESKTOP-7H2K9QF');
    await writeReport({
      results,
      scenario,
      format: 'scenario',
      outPath: join(dir, 'r.scenario.json'),
      redact: false,
    });
    const exported = JSON.parse(await readFile(join(dir, 'r.scenario.json'), 'utf8'));
    expect(exported).toMatchObject({
      format: SCENARIO_FORMAT,
      recordedAt: scenario.recordedAt,
      inputs: scenario.inputs,
    });
  });

  it('writes the report of one completed run relative to the working directory, refusing batches', async () => {
    const scenario = await loadFixture('ras-809-timeout');
    const results = await replay(scenario);
    const run = {
      name: 'ras',
      file: 'ras.scenario.json',
      scenario,
      results,
      doc: toRunDocument(scenario.title, results),
    };
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir };
    await writeRunReport([run], 'out.json', { redact: false }, io);
    expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')).format).toBe(REPORT_FORMAT);
    await expect(writeRunReport([run, run], 'out.html', { redact: false }, io)).rejects.toThrow(
      /--report describes one device; this run replayed 2 scenarios/,
    );
    await expect(writeRunReport([run], 'missing-folder/out.html', { redact: false }, io)).rejects.toThrow(
      /missing-folder\/out.html: cannot write the report \(ENOENT\)/,
    );
  });

  it('picks the format from --report-format, else from the file name', () => {
    expect(reportFormatFor('out.html', undefined)).toBe('html');
    expect(reportFormatFor('OUT.JSON', undefined)).toBe('json');
    expect(reportFormatFor('device.scenario.json', undefined)).toBe('scenario');
    expect(reportFormatFor('report.txt', 'json')).toBe('json');
    expect(reportFormatFor('Device.PDF', undefined)).toBe('pdf');
    expect(reportFormatFor('x', 'pdf')).toBe('pdf');
    expect(() => reportFormatFor('x', 'docx')).toThrow(
      /--report-format: "docx" is not one of html, pdf, json, scenario/,
    );
  });
});

describe('a headless run as a session', () => {
  it('keeps the checklist order, the run’s dates and marks unrun steps idle', async () => {
    const scenario = await loadFixture('ras-809-timeout');
    const results = await replay(scenario);
    const only = results.filter((r) => r.id !== 'proxy');
    const snapshot = snapshotFromRun(
      {
        title: 't',
        results: only,
        inputs: scenario.inputs,
        confirmations: scenario.confirmations,
        recordedAt: scenario.recordedAt,
      },
      CHECKLIST_INFO,
    );
    expect(snapshot.steps.map((s) => s.id)).toEqual(CHECKLIST_INFO.map((c) => c.id));
    expect(snapshot.steps.find((s) => s.id === 'proxy')).toMatchObject({ phase: 'idle', result: null });
    expect(snapshot).toMatchObject({ mode: 'replay', readOnly: true, recordedAt: scenario.recordedAt });
    expect(snapshot.createdAt).toBe(only.map((r) => r.startedAt).sort()[0]);
    expect(snapshot.updatedAt).toBe(
      only
        .map((r) => r.finishedAt)
        .sort()
        .at(-1),
    );
  });
});
