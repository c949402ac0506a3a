/**
 * Builds the renderer once before the browser tests, so every test serves the very bundle the
 * app ships. Playwright config: `globalSetup: './test/browser/global-setup.ts'`.
 */
import { build } from 'vite';

export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
