import { expect, test } from '@playwright/test';
import { openApp, scenarioPath, screenshot, type AppHandle } from './harness.js';
import { openRecordedScenario, runAllChecks, stageButton, stepCard } from './walkthrough-helpers.js';

let app: AppHandle | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('A support engineer opening a recording sees the technician’s confirmations judged at once, and lands on the stage that failed', async ({
  page,
}) => {
  app = await openApp(page, {
    openDialogAnswers: [scenarioPath('cached-credentials-signin.scenario.json')],
  });
  await openRecordedScenario(page);

  // Before Run: the recorded answers are already verdicts, decided by the engine from the recording.
  await expect(stageButton(page, 'Logon screen')).toHaveAccessibleName('Logon screen, Passed');
  await expect(stageButton(page, 'Off-network sign-in')).toHaveAccessibleName('Off-network sign-in, Failed');
  await expect(stageButton(page, 'Off-network sign-in')).toHaveAttribute('aria-current', 'true');
  const signin = stepCard(page, 'Sign in off the corporate network through the VPN');
  await expect(signin).toContainText(/cached credentials \(logon type 11\)/);
  await expect(page.getByText('Waiting for you')).toHaveCount(0);
  await screenshot(page, 'review-1-recording-opened-with-confirmations');

  // Run still replays every recorded check: nothing was used up by judging the confirmations.
  await runAllChecks(page);
  await expect(stageButton(page, 'Connect')).toHaveAccessibleName('Connect, Passed');
  await expect(stageButton(page, 'Off-network sign-in')).toHaveAccessibleName('Off-network sign-in, Failed');
});

test('Without a tenant app registration, the Tenant stage says where sign-in would be set up instead of offering buttons that fail', async ({
  page,
}) => {
  app = await openApp(page, { liveDevice: scenarioPath('browser/ikev2-passes-with-identity.scenario.json') });
  const startPanel = page.getByRole('region', { name: 'Tenant checks (Intune)' });
  await expect(startPanel).toContainText('Tenant sign-in is not set up on this computer');
  await expect(startPanel.getByRole('button', { name: /Sign in/ })).toHaveCount(0);
  await screenshot(page, 'review-2-start-sign-in-not-set-up');

  await page.getByRole('button', { name: 'Start validation' }).click();
  await runAllChecks(page);
  await stageButton(page, 'Tenant').click();
  const registration = stepCard(page, 'Device is registered in Autopilot with a profile assigned');
  await expect(registration.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
  // The fix points to where sign-in really is, never to a "top right" that does not exist.
  await expect(registration).toContainText(
    'Sign in under Tenant checks on the Start screen or in the Tenant stage',
  );
  await expect(registration).not.toContainText('top right');
  // One explanation for the stage (both tenant checks wait on the same sign-in), and no dead buttons.
  const panels = page.getByRole('region', { name: 'Tenant checks (Intune)' });
  await expect(panels).toHaveCount(1);
  // At the top of the Tenant stage, where the steps' fix sends the technician.
  await expect(
    page.getByRole('region', { name: 'Tenant' }).getByRole('region', { name: 'Tenant checks (Intune)' }),
  ).toContainText('Tenant sign-in is not set up on this computer');
  await expect(page.getByRole('button', { name: /^Sign in with/ })).toHaveCount(0);
  await screenshot(page, 'review-3-tenant-stage-sign-in-not-set-up');
});
