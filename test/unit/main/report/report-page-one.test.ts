import { describe, expect, it } from 'vitest';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { CHECKLIST_INFO, replayedSession } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };

async function pageOne(name: string): Promise<{ html: string; summary: string }> {
  const { snapshot } = await replayedSession(name);
  const html = createReportRenderer().render(snapshot, 'html', CHECKLIST_INFO, META);
  const start = html.indexOf('<section class="page-one"');
  const end = html.indexOf('<section class="appendix"');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return { html, summary: html.slice(start, end) };
}

describe('HTML report, page one', () => {
  it('opens with the verdict and the one-line reason, before any step', async () => {
    const { html, summary } = await pageOne('ras-809-timeout');
    expect(summary).toContain('data-verdict="not-ready"');
    expect(summary).toContain('<strong>Not ready</strong> — the VPN does not connect (RAS 809)');
    expect(html.indexOf('data-verdict=')).toBeLessThan(html.indexOf('data-step-id='));
  });

  it('puts the blocking failure first with its numbered fixes, and folds what waits on it', async () => {
    const { summary } = await pageOne('ras-809-timeout');
    const failure = summary.slice(summary.indexOf('data-finding="vpn-connect"'));
    expect(failure).toContain('1. Connect the VPN with rasdial');
    expect(failure).toMatch(/<ol class="fixes"><li>Check UDP 500 and 4500/);
    expect(failure).toContain(
      'Also waiting on this fix: A domain controller answers over the VPN; Hybrid join finds the tenant (service connection point); Disconnect the VPN.',
    );
    // What is unproven for another reason stays a to-do, with who must do it.
    expect(summary).toMatch(
      /data-todo="offnetwork-signin"><td>[^<]+<\/td><td>Technician, at the device<\/td>/,
    );
    expect(summary).not.toContain('data-todo="dc-over-vpn"');
  });

  it('lists failures in procedure order', async () => {
    const { summary } = await pageOne('probe-timeout-and-unreadable-proxy');
    const os = summary.indexOf('data-finding="os-build"');
    const proxy = summary.indexOf('data-finding="proxy"');
    expect(os).toBeGreaterThan(-1);
    expect(proxy).toBeGreaterThan(os);
  });

  it('says what is still incomplete and who must do it when nothing failed', async () => {
    const { summary } = await pageOne('two-connections-no-choice');
    expect(summary).toContain('<strong>Incomplete</strong> — the VPN was never tested');
    expect(summary).not.toContain('Blocking failures');
    expect(summary).toMatch(
      /data-todo="vpn-connect"><td>Connect the VPN with rasdial<\/td><td>Technician<\/td><td>Pick the VPN connection/,
    );
  });

  it('shows a ready device as ready, with every step in the compact table and a sign-off block', async () => {
    const { summary } = await pageOne('win10-1909-ikev2-connects');
    expect(summary).toContain('<strong>Ready</strong> — every step of the procedure passed');
    expect(summary).toContain('Every step');
    for (const label of ['Technician', 'Customer or ticket', 'Date', 'Signature', 'Notes'])
      expect(summary).toContain(`<th scope="row">${label}</th>`);
  });
});

describe('HTML report, sign-off', () => {
  const signOff = {
    technician: 'Ana Lopez',
    reference: 'INC-40213',
    date: '2026-12-01',
    notes: 'Firewall team to open UDP 500/4500.',
  };

  it('prints what the technician typed on page one', async () => {
    const { snapshot } = await replayedSession('ras-809-timeout');
    const html = createReportRenderer().render({ ...snapshot, signOff }, 'html', CHECKLIST_INFO, META);
    const summary = html.slice(html.indexOf('class="page-one"'), html.indexOf('class="appendix"'));
    for (const typed of Object.values(signOff))
      expect(summary).toContain(`<span class="filled">${typed}</span>`);
  });

  it('leaves the technician’s name out of a redacted report, in HTML and JSON', async () => {
    const { snapshot } = await replayedSession('ras-809-timeout');
    const meta = { ...META, redact: true };
    const html = createReportRenderer().render({ ...snapshot, signOff }, 'html', CHECKLIST_INFO, meta);
    const json = createReportRenderer().render({ ...snapshot, signOff }, 'json', CHECKLIST_INFO, meta);
    expect(html).not.toContain('Ana Lopez');
    expect(json).not.toContain('Ana Lopez');
    expect(JSON.parse(json).session.signOff.reference).toBe('INC-40213');
  });
});
