/**
 * Issue 19: the panels a technician reads on the way through a validation speak French once French
 * is chosen — the manual confirmation, the evidence behind a result and the sign-off form. The
 * French words are written out here (not read from the catalogs), so an English panel fails.
 */
import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { useLanguage } from './layout-languages.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('In French, the manual confirmation, the evidence and the sign-off form are in French', async ({
  page,
}) => {
  app = await openApp(page, {
    openDialogAnswers: [scenarioPath('browser/manual-steps-unconfirmed-cached-logon.scenario.json')],
  });
  await useLanguage(page, 'fr');
  await page.getByRole('button', { name: 'Ouvrir un scénario enregistré…' }).click();
  const runAll = page.getByRole('button', { name: 'Exécuter toutes les vérifications' });
  await runAll.click();
  await expect(runAll).toBeEnabled({ timeout: 30_000 });
  const stage = (name: string) =>
    page
      .getByRole('navigation', { name: 'Étapes de la liste de contrôle' })
      .getByRole('button', { name: new RegExp(`^${name},`) });

  // The manual confirmation: its field, its buttons and what it says once answered.
  await stage('Écran de connexion').click();
  const icon = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: /Marquer comme réussie/ }) });
  await icon.getByRole('textbox', { name: 'Remarque (facultatif)' }).fill('Icône VPN visible');
  await expect(icon.getByRole('button', { name: /Marquer comme en échec/ })).toBeVisible();
  await icon.getByRole('button', { name: /Marquer comme réussie/ }).click();
  await expect(icon).toContainText('Vous avez marqué cette étape comme réussie le ');
  await expect(icon).toContainText('avec la remarque\u00a0: «\u00a0Icône VPN visible\u00a0»');
  await expect(icon).not.toContainText('You marked');
  await screenshot(page, 'panels-fr-1-manual-confirm');

  // The evidence behind a check: labels in French, the probe's id and output as Windows wrote them.
  await stage('Prérequis').click();
  // Pinned by its heading: once opened, the button no longer says "Afficher".
  const headingId = await page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: /Afficher les preuves/ }) })
    .first()
    .getAttribute('aria-labelledby');
  const checked = page.locator(`article[aria-labelledby="${headingId ?? ''}"]`);
  await checked.getByRole('button', { name: /Afficher les preuves/ }).click();
  const evidence = checked.getByRole('region', { name: /^Preuve\s: / }).first();
  await expect(evidence).toBeVisible();
  for (const label of ['Sonde', 'Arguments', 'Code de sortie', 'Durée']) {
    await expect(evidence.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) })).toBeVisible();
  }
  // French decimals: "1,2 s", not "1.2 s".
  await expect(evidence.getByRole('definition').filter({ hasText: /^\d+,\d\ss$/ })).toBeVisible();
  for (const english of ['Probe', 'Exit code', 'Took', 'Run it by hand in PowerShell']) {
    await expect(evidence).not.toContainText(english);
  }
  await screenshot(page, 'panels-fr-2-evidence');

  // The sign-off form on the report screen.
  await page.getByRole('button', { name: 'Rapport', exact: true }).click();
  const form = page.getByRole('region', { name: 'Validation finale' });
  await form.getByLabel('Nom du technicien').fill('Camille Martin');
  await form.getByLabel('Référence client ou ticket').fill('INC-40213');
  await form.getByLabel('Remarques').fill('RAS');
  await form.getByRole('button', { name: 'Enregistrer la validation finale' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'Enregistrée avec la session\u00a0: elle figure sur le rapport.',
  );
  await expect(form).not.toContainText('Technician name');
  await screenshot(page, 'panels-fr-3-sign-off');
});
