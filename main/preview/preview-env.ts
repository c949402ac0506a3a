/**
 * ShellEnv for the browser preview: what Electron does in the desktop app, done the way a
 * terminal session can — never opening a browser or a native dialog on the user's behalf.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmitEvent } from '../../common/ipc/contract.js';
import type { ShellEnv } from '../shell-env.js';

export const PDF_UNAVAILABLE_MESSAGE =
  'PDF export needs the desktop app; export HTML and print it from your browser.';

export interface PreviewEnvOptions {
  dataDir: string;
  appVersion: string;
  emit: EmitEvent;
  /** What "Open recorded scenario…" opens (`--scenario`); null when none was given. */
  scenarioPath: string | null;
  log(line: string): void;
}

export function exportsDir(dataDir: string): string {
  return join(dataDir, 'exports');
}

export function createPreviewEnv(options: PreviewEnvOptions): ShellEnv {
  const { log } = options;
  return {
    userDataDir: options.dataDir,
    appVersion: options.appVersion,
    platform: process.platform,
    emit: options.emit,
    // A page could ask for any allow-listed URL; printing it leaves the choice with the person.
    async openExternal(url) {
      log(`The app asked to open: ${url}`);
    },
    async showOpenDialog(title) {
      if (options.scenarioPath === null) {
        log(
          `"${title}": no file to open — start the preview with --scenario <file>, or drop the file on the page.`,
        );
        return null;
      }
      log(`"${title}": opening ${options.scenarioPath}`);
      return options.scenarioPath;
    },
    async showSaveDialog(_title, defaultName) {
      const dir = exportsDir(options.dataDir);
      await mkdir(dir, { recursive: true });
      const path = join(dir, defaultName);
      log(`Export saved to ${path}`);
      return path;
    },
    async printToPdf() {
      throw new Error(PDF_UNAVAILABLE_MESSAGE);
    },
    // No OS keychain behind a preview; the tenant services then keep nothing at rest.
    secrets: {
      isAvailable: () => false,
      encrypt() {
        throw new Error('Secure storage is not available in the browser preview.');
      },
      decrypt() {
        throw new Error('Secure storage is not available in the browser preview.');
      },
    },
  };
}
