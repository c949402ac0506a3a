import { describe, expect, it } from 'vitest';
import { createReportRenderer } from '../../../../main/report/renderer.js';
import { catalogFor } from '../../../../common/i18n/catalogs.js';
import { stepKey } from '../../../../common/i18n/source-catalog.js';
import { CHECKLIST_INFO, replayedSession } from './replayed-session.js';

const META = { appVersion: '0.1.0', generatedAt: '2026-11-24T12:00:00.000Z' };

async function report(language?: 'en' | 'fr' | 'de' | 'ja'): Promise<string> {
  const { snapshot } = await replayedSession('ras-809-timeout');
  return createReportRenderer().render(snapshot, 'html', CHECKLIST_INFO, {
    ...META,
    ...(language ? { language } : {}),
  });
}

describe('the HTML report in the language chosen at export', () => {
  it('is written in French, with lang="fr", French headings, statuses and dates', async () => {
    const html = await report('fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Annexe : toutes les étapes en détail, avec leurs preuves');
    expect(html).toContain('Échecs bloquants, dans l’ordre de la procédure');
    expect(html).toContain('✘ Échec');
    expect(html).toContain('rapport généré le 24 nov. 2026');
    expect(html).not.toContain('Blocking failures');
  });

  it('titles each step with the French catalog’s title', async () => {
    const title = catalogFor('fr')[stepKey('vpn-connect', 'title')];
    expect(title, 'common/i18n/catalogs/fr/steps.ts has no title for vpn-connect yet').toBeDefined();
    const html = await report('fr');
    expect(html).toContain(`1. ${title}`);
    expect(html).toContain(`<h3>${title} <span class="muted">(vpn-connect)</span></h3>`);
  });

  it('is in German and Japanese too, and in English when no language is given', async () => {
    expect(await report('de')).toContain('<html lang="de">');
    expect(await report('de')).toContain('Anhang: alle Schritte vollständig, mit Nachweisen');
    expect(await report('ja')).toContain('付録: すべての手順の詳細と証跡');
    const english = await report();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('report generated 2026-11-24 12:00:00 UTC');
    expect(english).toBe(await report('en'));
  });

  it('says why a probe has no result in the report’s language, the runner’s own text kept verbatim below', async () => {
    const html = await report('fr');
    const said = catalogFor('fr')['evidenceFailure.not-recorded'] ?? '(missing)';
    // The recording has no tls.chain answers: the kind in French, then the runner's English for support.
    expect(html).toMatch(
      new RegExp(
        `<p>${said}</p><p>[^<]+</p><pre class="failure">the scenario has no recorded result for probe tls\\.chain`,
      ),
    );
  });

  it('keeps the JSON report language-neutral', async () => {
    const { snapshot } = await replayedSession('ras-809-timeout');
    const renderer = createReportRenderer();
    const french = renderer.render(snapshot, 'json', CHECKLIST_INFO, { ...META, language: 'fr' });
    expect(french).toBe(renderer.render(snapshot, 'json', CHECKLIST_INFO, META));
  });
});
