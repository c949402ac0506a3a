import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot } from './fake-hvv.js';
import { renderChecklist } from './render-app.js';

function session() {
  return snapshot({}, [result('vpn-connect', 'fail', 'RAS error 809.')]);
}

describe('error alerts', () => {
  it('shows the same failure once however often the technician retries', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(session());
    hvv.exportSession.mockRejectedValue(new Error('The PDF could not be written: disk full.'));
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Report' }));
    for (let i = 0; i < 3; i += 1) await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
  });

  it('does not follow the technician to another screen', async () => {
    const hvv = createFakeHvv();
    hvv.currentSession.mockResolvedValue(session());
    hvv.exportSession.mockRejectedValue(new Error('The PDF could not be written: disk full.'));
    const { user } = await renderChecklist(hvv);
    await user.click(screen.getByRole('button', { name: 'Report' }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByRole('alert')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Checklist' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
