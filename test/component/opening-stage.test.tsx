/** The stage a validation opens on (found confusing in a screenshot review). */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHvv, result, snapshot } from './fake-hvv.js';
import { renderApp } from './render-app.js';

describe('the stage a validation opens on', () => {
  it('opens an OOBE update validation on the Cumulative update stage', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('radio', { name: 'Install the cumulative update during OOBE' }));
    await user.click(screen.getByRole('button', { name: 'Choose update package…' }));
    await screen.findByDisplayValue('E:\\windows10.0-kb5031356-x64.msu');
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Cumulative update' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Cumulative update,/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('opens an off-network sign-in validation on the Off-network sign-in stage', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('radio', { name: 'Sign in off the corporate network' }));
    await user.click(screen.getByRole('button', { name: 'Start validation' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Off-network sign-in' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Off-network sign-in,/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('opens an on-network validation on Requirements', async () => {
    const hvv = createFakeHvv();
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('button', { name: 'Start validation' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Requirements' })).toBeVisible();
  });

  it('opens a replayed recording on the first stage with something that did not pass', async () => {
    const hvv = createFakeHvv();
    hvv.openScenarioDialog.mockResolvedValue(
      snapshot({ mode: 'replay', recordedAt: '2026-11-24T10:15:00Z' }, [
        result('os-build', 'pass', 'Build is fine.'),
        result('vpn-profile', 'pass', 'Found "Contoso VPN".'),
        result('vpn-connect', 'fail', 'RAS error 809.'),
      ]),
    );
    const { user } = await renderApp(hvv);
    await user.click(screen.getByRole('button', { name: 'Open recorded scenario…' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Connect' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Connect, Failed' })).toHaveAttribute('aria-current', 'true');
  });
});
