import { describe, expect, it } from 'vitest';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { escapeHtml } from '../../../../main/report/html.js';
import { makeSnapshot } from '../sessions/snapshot-fixture.js';
import { CHECKLIST_INFO, replayedSession } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };
const renderer = createReportRenderer();

function stepArticle(html: string, id: string): string {
  const start = html.indexOf(`data-step-id="${id}"`);
  expect(start, `step ${id} is in the report`).toBeGreaterThan(-1);
  const end = html.indexOf('</article>', start);
  return html.slice(start, end);
}

describe('HTML report', () => {
  it('is one self-contained file: inline CSS, no scripts, no external resources', () => {
    const html = renderer.render(makeSnapshot(), 'html', CHECKLIST_INFO, META);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
  });

  it('opens with the device identity, the session mode, its dates and the app version', () => {
    const html = renderer.render(makeSnapshot(), 'html', CHECKLIST_INFO, META);
    for (const text of ['DESKTOP-7H2K9QX', 'PF3ABCDE', 'LENOVO', '20XW0055GE', '19045.5247'])
      expect(html).toContain(text);
    expect(html).toContain('Live, on this device');
    expect(html).toContain('On the corporate network');
    expect(html).toContain('2026-11-24 10:14:00 UTC');
    expect(html).toContain('2026-11-24 10:21:00 UTC');
    expect(html).toContain('Hybrid VPN Validator 0.1.0');
    expect(html).toContain('report generated 2026-11-24 12:00:00 UTC');
  });

  it('shows each step with its status, summary, details, what to do and its evidence folded away', () => {
    const html = renderer.render(makeSnapshot(), 'html', CHECKLIST_INFO, META);
    const connect = stepArticle(html, 'vpn-connect');
    expect(connect).toContain('data-status="fail"');
    expect(connect).toContain('Failed');
    expect(connect).toContain('The VPN did not connect: error 809.');
    expect(connect).toContain('<th scope="row">Error code</th><td>809</td>');
    expect(connect).not.toContain('errorCode');
    expect(connect).toContain('<li>Open UDP 500 and 4500 to the VPN server.</li>');
    expect(connect).toMatch(
      /<details class="evidence"><summary>Evidence: <code>vpn.connect<\/code> <code>name=&#34;Contoso VPN&#34;<\/code> — exit code 809, 30 s<\/summary>/,
    );
    expect(connect).toContain('Remote Access error 809');
    expect(connect).toContain('<pre class="command">rasdial &#39;Contoso VPN&#39;</pre>');
    expect(stepArticle(html, 'update-install')).toContain('Not run');
  });

  it('prints details in words: lists as plain text, nested data as labelled pairs, never raw JSON', () => {
    const snapshot = makeSnapshot();
    const step = snapshot.steps[2];
    if (!step?.result) throw new Error('fixture changed');
    step.result.details = {
      unreachable: ['ztd.dds.microsoft.com:443', 'www.msftconnecttest.com:80'],
      none: [],
      nested: { logonType: 11, errorCode: 809 },
      logonType: 11,
    };
    const connect = stepArticle(renderer.render(snapshot, 'html', CHECKLIST_INFO, META), 'vpn-connect');
    expect(connect).toContain(
      '<th scope="row">Unreachable endpoints</th><td>ztd.dds.microsoft.com:443, www.msftconnecttest.com:80</td>',
    );
    expect(connect).toContain('<th scope="row">None</th><td>none</td>');
    expect(connect).toContain(
      '<th scope="row">Nested</th><td>Logon type: cached credentials (11); Error code: 809</td>',
    );
    expect(connect).toContain('<th scope="row">Logon type</th><td>cached credentials (11)</td>');
    expect(connect).not.toContain('<pre>{');
  });

  it('shows the technician’s confirmation and note on manual steps', () => {
    const html = renderer.render(makeSnapshot(), 'html', CHECKLIST_INFO, META);
    const icon = stepArticle(html, 'logon-vpn-icon');
    expect(icon).toContain('Confirmed by the technician:</strong> yes, as expected');
    expect(icon).toContain('Note: Icon shown bottom right');
    expect(icon).toContain('2026-11-24 10:20:00 UTC');
  });

  it('groups steps under the procedure’s stages in checklist order', () => {
    const { snapshot } = { snapshot: makeSnapshot() };
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    const order = ['Requirements', 'Connect', 'Logon screen', 'Cumulative update'].map((stage) =>
      html.indexOf(`>${stage}</h2>`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('escapes a hostile VPN name everywhere it appears, so the report cannot run script', () => {
    const hostile = '<script>alert(1)</script>';
    const snapshot = makeSnapshot({
      title: `Laptop ${hostile}`,
      inputs: { domain: 'corp.contoso.com', vpnConnection: hostile },
    });
    const step = snapshot.steps[2];
    if (!step?.result) throw new Error('fixture changed');
    step.result.summary = `Could not connect ${hostile}`;
    step.result.details = { connection: hostile };
    step.result.evidence = [
      {
        probe: 'vpn.connect',
        args: { name: hostile },
        result: { exitCode: 1, stdout: hostile, stderr: '', durationMs: 1, timedOut: false },
      },
    ];
    snapshot.confirmations['logon-vpn-icon'] = { result: 'fail', note: `"><img src=x onerror=alert(1)>` };
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(hostile));
    expect(html.split('&#60;script&#62;alert(1)&#60;/script&#62;').length - 1).toBeGreaterThanOrEqual(5);
  });

  it('shows every step of a fully replayed scenario with its recorded evidence', async () => {
    const { snapshot, scenario } = await replayedSession('win10-1909-ikev2-connects');
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    expect(html).toContain('Replay of a recording');
    for (const info of CHECKLIST_INFO) {
      const article = stepArticle(html, info.id);
      expect(article).toContain(escapeHtml(info.title));
      const result = snapshot.steps.find((s) => s.id === info.id)?.result;
      if (result) {
        expect(article).toContain(`data-status="${result.status}"`);
        expect(article).toContain(escapeHtml(result.summary));
        for (const e of result.evidence) expect(article).toContain(`<code>${escapeHtml(e.probe)}</code>`);
      }
    }
    const dsregcmd = scenario.probes.find((p) => p.probe === 'join.dsregcmd');
    expect(html).toContain(escapeHtml(dsregcmd?.result.stdout.split('\r\n')[9] ?? 'missing'));
  });
});
