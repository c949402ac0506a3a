/** Steps every walk-through repeats, in the technician's words. */
import { expect, type Page } from '@playwright/test';

export const STAGES_ON_SCREEN = [
  'Requirements',
  'Tenant',
  'VPN profile',
  'Connect',
  'Logon screen',
  'Off-network sign-in',
  'Cumulative update',
] as const;

export async function openRecordedScenario(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open recorded scenario…' }).click();
  await expect(page.getByRole('button', { name: 'Run all checks' })).toBeVisible();
}

/**
 * Clicks "Run all checks" and waits until Run is offered again: the button stays disabled from the
 * click until main has finished the run, so this cannot pass before the run has even started.
 */
export async function runAllChecks(page: Page): Promise<void> {
  const run = page.getByRole('button', { name: 'Run all checks' });
  await run.click();
  await expect(run).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Cancel running checks' })).toHaveCount(0);
}

export function stageButton(page: Page, stage: string) {
  return page
    .getByRole('navigation', { name: 'Checklist stages' })
    .getByRole('button', { name: new RegExp(`^${stage},`) });
}

export function stepCard(page: Page, title: string | RegExp) {
  return page.getByRole('article', { name: title });
}
