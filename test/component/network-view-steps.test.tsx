/**
 * Issue 17b: the machine-network and tls-inspection steps reach the checklist from their real
 * declarations (toStepInfo of the real CHECKLIST, as main sends them), in STEP_IDS order, with their
 * verdicts and the fixes a technician follows.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKLIST, toStepInfo } from '../../common/engine/checklist.js';
import type { StepResult } from '../../common/model.js';
import { createFakeHvv, snapshot } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

const REAL_INFO = CHECKLIST.map(toStepInfo);
const titleOf = (id: string) => REAL_INFO.find((s) => s.id === id)?.title ?? id;

const machine: StepResult = {
  id: 'machine-network',
  stage: 'Requirements',
  status: 'fail',
  summary:
    '7 endpoints answer the signed-in user but not SYSTEM, which Windows setup runs as: ztd.dds.microsoft.com:443, …',
  details: {},
  remediation: [
    'Only CORP\\ben.okafor has the proxy proxy.corp.contoso.com:8080; SYSTEM uses the WinHTTP setting (no proxy (direct)).',
  ],
  evidence: [],
};
const tls: StepResult = {
  id: 'tls-inspection',
  stage: 'Requirements',
  status: 'warn',
  summary:
    '3 of 7 HTTPS endpoints are served a certificate issued by a TLS-inspecting proxy: Zscaler (“Zscaler Intermediate Root CA (zscalerthree.net)”) for login.microsoftonline.com:443.',
  details: {},
  remediation: ['Ask the team that runs Zscaler to exempt login.microsoftonline.com from TLS inspection.'],
  evidence: [],
};

describe('network view steps in the checklist', () => {
  it('shows machine-network after proxy and tls-inspection after network-endpoints, with verdicts and fixes', async () => {
    const hvv = createFakeHvv();
    hvv.stepChecklist.mockResolvedValue(REAL_INFO);
    const base = snapshot({}, []);
    hvv.currentSession.mockResolvedValue({
      ...base,
      steps: REAL_INFO.map((info) => {
        const r = [machine, tls].find((x) => x.id === info.id) ?? null;
        return { id: info.id, phase: r ? 'done' : 'idle', result: r, runningSince: null };
      }),
    });
    await renderChecklist(hvv);

    const cards = screen.getAllByRole('article');
    const at = (id: string) => cards.indexOf(screen.getByRole('article', { name: titleOf(id) }));
    expect(at('machine-network')).toBeGreaterThan(at('proxy'));
    expect(at('machine-network')).toBeLessThan(at('network-endpoints'));
    expect(at('tls-inspection')).toBeGreaterThan(at('network-endpoints'));

    const machineCard = screen.getByRole('article', { name: titleOf('machine-network') });
    expect(within(machineCard).getByText('Failed')).toBeVisible();
    expect(within(machineCard).getByText(/answer the signed-in user but not SYSTEM/)).toBeVisible();
    expect(within(machineCard).getByText(/Only CORP\\ben.okafor has the proxy/)).toBeVisible();

    const tlsCard = screen.getByRole('article', { name: titleOf('tls-inspection') });
    expect(within(tlsCard).getByText('Warning')).toBeVisible();
    expect(within(tlsCard).getByText(/Zscaler Intermediate Root CA/)).toBeVisible();
    expect(within(tlsCard).getByText(/exempt login.microsoftonline.com from TLS inspection/)).toBeVisible();
    // The whole checklist (24 steps) renders in jsdom: slower than the 9-step fake checklist.
  }, 30_000);
});
