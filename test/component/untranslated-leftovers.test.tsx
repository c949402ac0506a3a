/**
 * The last English a technician read in another language (issue 19): why live checks are
 * unavailable, and why a probe has no result, are said from the catalogs by id; what the device
 * or the runner said stays verbatim, in <code>.
 */
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n/i18n.js';
import { EvidenceList } from '../../renderer/steps/evidence.js';
import { catalogFor } from '../../common/i18n/catalogs.js';
import { createFakeHvv } from './fake-hvv.js';
import { renderApp } from './render-app.js';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('why live checks are unavailable', () => {
  it('says the reason by its id in French, quoting what PowerShell said as it said it', async () => {
    const hvv = createFakeHvv();
    hvv.appInfo.mockResolvedValue({
      version: '0.1.0',
      platform: 'win32',
      live: {
        available: false,
        reason: 'PowerShell refused to run the app’s scripts (English, for the CLI)',
        reasonId: 'refused',
        reasonDetail: 'exit code 1; PowerShell said: Impossible de charger le fichier run-probe.ps1.',
      },
    });
    await renderApp(hvv);
    await i18n.changeLanguage('fr');
    const banner = (await screen.findByText(catalogFor('fr')['start.liveUnavailable'] ?? '?')).closest('p');
    expect(banner).toHaveTextContent('PowerShell a refusé d’exécuter les scripts de l’application');
    expect(banner).not.toHaveTextContent('English, for the CLI');
    expect(within(banner as HTMLElement).getByText(/^exit code 1; PowerShell said/).tagName).toBe('CODE');
  });

  it('shows main’s English reason when main sent no id', async () => {
    const hvv = createFakeHvv();
    hvv.appInfo.mockResolvedValue({
      version: '0.1.0',
      platform: 'linux',
      live: { available: false, reason: 'an older main says this' },
    });
    await renderApp(hvv);
    const banner = (await screen.findByText(/Live checks are not available on this computer/)).closest('p');
    expect(banner).toHaveTextContent(
      'Live checks are not available on this computer: an older main says this.',
    );
  });
});

describe('evidence of a probe with no result', () => {
  const missing = {
    probe: 'tls.chain',
    args: { host: 'login.live.com', port: 443 },
    result: null,
    failure:
      'the scenario has no recorded result for probe tls.chain with {"host":"login.live.com","port":443}',
  };

  it('says the kind in German and keeps the runner’s text verbatim in code', async () => {
    await i18n.changeLanguage('de');
    const { container } = render(<EvidenceList evidence={[{ ...missing, failureKind: 'not-recorded' }]} />);
    expect(screen.getByText(/Diese Aufzeichnung enthält kein Ergebnis für diese Abfrage\./)).toBeVisible();
    expect(container.querySelector('code.failure')).toHaveTextContent(missing.failure);
  });

  it('names each argument as a code token, its value as recorded', () => {
    const { container } = render(<EvidenceList evidence={[{ ...missing, failureKind: 'not-recorded' }]} />);
    const names = [...container.querySelectorAll('dd code:not(.failure)')].map((c) => c.textContent);
    expect(names).toEqual(['tls.chain', 'host', 'port']);
    expect(container).toHaveTextContent('host = login.live.com, port = 443');
  });

  it('still shows an older recording’s failure, without a kind, under a generic sentence', () => {
    render(<EvidenceList evidence={[missing]} />);
    expect(screen.getByText(/The probe gave no result\./)).toBeVisible();
    expect(screen.getByText(missing.failure).tagName).toBe('CODE');
  });
});
