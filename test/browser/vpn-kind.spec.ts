import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A FortiClient device: the checklist says which kind of VPN it found, skips what does not apply, and fails on pre-logon', async ({
  page,
}) => {
  app = await openApp(page, { openDialogAnswers: [scenarioPath('forticlient-no-prelogon.scenario.json')] });
  await openRecordedScenario(page);
  await runAllChecks(page);

  await stageButton(page, 'VPN profile').click();
  const kind = stepCard(page, 'Which kind of VPN this device uses');
  const found = kind.getByRole('region', { name: 'Kind of VPN found' });
  await expect(found).toContainText(
    'Third-party VPN client: Fortinet FortiClient 7.2.4.0972 — cannot connect before sign-in',
  );
  await expect(found).toContainText('Does not apply to this kind: “A per-machine VPN connection exists”');
  await expect(stepCard(page, 'A per-machine VPN connection exists')).toContainText('Does not apply');
  const prelogon = stepCard(page, 'The VPN client can connect before sign-in');
  await expect(prelogon).toContainText('show_vpn_before_logon = 0');
  await expect(prelogon).toContainText('<show_vpn_before_logon>1</show_vpn_before_logon>');
  await kind.scrollIntoViewIfNeeded();
  await screenshot(page, 'vpn-kind-1-forticlient-vpn-profile-stage');

  await stageButton(page, 'Connect').click();
  await expect(stepCard(page, 'Disconnect the VPN')).toContainText(
    'rasdial does not manage Fortinet FortiClient',
  );
  await screenshot(page, 'vpn-kind-2-forticlient-connect-stage');
});

test('An Always On device tunnel: connected by itself, no rasdial', async ({ page }) => {
  app = await openApp(page, {
    openDialogAnswers: [scenarioPath('aovpn-device-tunnel-connected.scenario.json')],
  });
  await openRecordedScenario(page);
  await runAllChecks(page);

  await stageButton(page, 'VPN profile').click();
  await expect(
    stepCard(page, 'Which kind of VPN this device uses').getByRole('region', { name: 'Kind of VPN found' }),
  ).toContainText('connects by itself (Always On): "Contoso Device Tunnel" (device tunnel)');
  await stageButton(page, 'Connect').click();
  await expect(
    page.getByText('"Contoso Device Tunnel" is connected by itself (Always On: no rasdial needed).'),
  ).toBeVisible();
  const connect = stepCard(page, 'Connect the VPN with rasdial');
  await expect(connect).toContainText(
    'This VPN connects by itself (Always On): the app does not run rasdial',
  );
  await expect(connect).not.toContainText('RASDIAL.EXE');
  await screenshot(page, 'vpn-kind-3-aovpn-connect-stage');
});
