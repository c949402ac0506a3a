/**
 * The kind of VPN in the HTML report (issue 16a): the vpn-kind step says in words which kind it
 * found and which client, and the steps that do not apply to that kind say so.
 */
import { describe, expect, it } from 'vitest';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { CHECKLIST_INFO, replayedSession } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };
const renderer = createReportRenderer();

function stepArticle(html: string, id: string): string {
  const start = html.indexOf(`data-step-id="${id}"`);
  expect(start, `step ${id} is in the report`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('HTML report: the kind of VPN', () => {
  it('names a third-party client, its version and its pre-logon setting', async () => {
    const { snapshot } = await replayedSession('globalprotect-prelogon');
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    const kind = stepArticle(html, 'vpn-kind');
    expect(kind).toContain('third-party VPN client');
    expect(kind).toMatch(/Palo Alto Networks GlobalProtect 6\.2\.4 \(pre-logon: enabled\)/);
    expect(stepArticle(html, 'vpn-disconnect')).toMatch(/Does not apply/);
  });

  it('names an Always On device tunnel that connected by itself', async () => {
    const { snapshot } = await replayedSession('aovpn-device-tunnel-connected');
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    expect(stepArticle(html, 'vpn-kind')).toContain(
      'built-in connection that connects by itself (Always On)',
    );
    expect(stepArticle(html, 'vpn-connect')).toContain('itself (Always On)');
  });
});
