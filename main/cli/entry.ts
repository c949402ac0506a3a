/**
 * The `hvv` process: argv, the real streams, Ctrl+C and the exit code around `main`. Built to
 * dist/cli/hvv.mjs (scripts/build-cli.mjs) and started by bin/hvv.mjs; Electron's headless mode
 * (main/headless.ts) calls `main` itself with its own streams and PDF printer.
 */
import { allowAbortListeners } from '../process/abort-listeners.js';
import { main } from './hvv.js';

const controller = new AbortController();
allowAbortListeners(controller.signal);
process.once('SIGINT', () => controller.abort());

process.exitCode = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
  { signal: controller.signal },
);
