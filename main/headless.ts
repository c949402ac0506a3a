/**
 * The exe as the headless `hvv` command: the same `main` as `node bin/hvv.mjs`, no window, output
 * on the console Electron attaches to at start (unless ELECTRON_NO_ATTACH_CONSOLE is set), the exit
 * code handed to whoever started the exe (`hvv.cmd` ends with `exit /b %ERRORLEVEL%`), and PDFs
 * printed by the app's own hidden window (print-pdf.ts).
 */
import { allowAbortListeners } from './process/abort-listeners.js';
import path from 'node:path';
import { app, safeStorage, session } from 'electron';
import { main } from './cli/hvv.js';
import { printToPdf } from './print-pdf.js';
import { installNavigationGuards, installPermissionGuards } from './window.js';

/** Resolves once everything written so far has reached the stream (a Windows console is async). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

export async function runHeadless(argv: readonly string[]): Promise<void> {
  // No window: the GPU process would only slow the start (and a PDF prints without it).
  app.disableHardwareAcceleration();
  app.enableSandbox();
  // Chromium's profile goes to the temp folder: a headless run beside an open window must not
  // share its profile, and one at Shift-F10 leaves nothing in the account that signs in later.
  // The app's own folder is kept aside for the fleet's sign-in: its settings and sealed token cache.
  const appDataDir = app.getPath('userData');
  app.setPath('userData', path.join(app.getPath('temp'), 'Hybrid VPN Validator (headless)'));
  // Closing the hidden PDF window must not quit the app mid-run (Electron's default when every
  // window is closed and nobody listens).
  app.on('window-all-closed', () => undefined);
  app.on('web-contents-created', (_event, contents) =>
    installNavigationGuards(contents, async () => undefined),
  );

  let code = 2;
  try {
    await app.whenReady();
    installPermissionGuards(session.defaultSession);
    session.defaultSession.on('will-download', (event) => event.preventDefault());
    const controller = new AbortController();
    allowAbortListeners(controller.signal);
    process.once('SIGINT', () => controller.abort());
    // The exe's own version: hvv's --version reads package.json beside its sources, which the
    // packaged app only has inside app.asar.
    if (argv[0] === '--version' || argv[0] === '-v') {
      process.stdout.write(`${app.getVersion()}\n`);
      code = 0;
    } else {
      code = await main(
        argv,
        {
          stdout: process.stdout,
          stderr: process.stderr,
          cwd: process.cwd(),
          env: process.env,
          printPdf: printToPdf,
        },
        {
          signal: controller.signal,
          tenant: {
            appDataDir,
            secrets: {
              isAvailable: () => safeStorage.isEncryptionAvailable(),
              encrypt: (plain) => safeStorage.encryptString(plain),
              decrypt: (sealed) => safeStorage.decryptString(sealed),
            },
          },
        },
      );
    }
  } catch (error) {
    process.stderr.write(
      `hvv: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  app.exit(code);
}
