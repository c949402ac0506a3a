/**
 * Issue 17b: the two new steps reach the HTML report and hvv-run/1 with nothing added for them,
 * replayed from their golden recordings through the real engine.
 */
import { describe, expect, it } from 'vitest';
import { toRunDocument } from '../../../../common/engine/summary.js';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { CHECKLIST_INFO, replayedSession } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };
const renderer = createReportRenderer();

describe('network view steps in the report and hvv-run/1', () => {
  it('carries the Zscaler warning with its issuer and fix', async () => {
    const { snapshot } = await replayedSession('tls-inspected-zscaler');
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    expect(html).toContain('Microsoft endpoints are not TLS-inspected');
    expect(html).toContain('Zscaler Intermediate Root CA (zscalerthree.net)');
    expect(html).toContain('Ask the team that runs Zscaler');
    const run = toRunDocument(
      snapshot.title,
      snapshot.steps.flatMap((s) => (s.result ? [s.result] : [])),
    );
    expect(run.steps.find((s) => s.id === 'tls-inspection')).toMatchObject({
      status: 'warn',
      details: { products: ['Zscaler'] },
    });
  });

  it('carries the user-only proxy failure, and the verdict names machine-network', async () => {
    const { snapshot } = await replayedSession('proxy-only-for-user');
    const html = renderer.render(snapshot, 'html', CHECKLIST_INFO, META);
    expect(html).toContain('The device (SYSTEM) sees the same network as the technician');
    expect(html).toContain('netsh winhttp import proxy source=ie');
    const run = toRunDocument(
      snapshot.title,
      snapshot.steps.flatMap((s) => (s.result ? [s.result] : [])),
    );
    expect(run.steps.find((s) => s.id === 'machine-network')?.status).toBe('fail');
    expect(run.verdict).toBe('not-ready');
    expect(run.verdictReasons).toContain('machine-network');
  });
});
