#!/usr/bin/env node
// The headless command runs the TypeScript sources through tsx's loader, so `npx hvv` works from a
// clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/hvv.ts');
const { allowAbortListeners } = await import('../main/process/abort-listeners.ts');

const controller = new globalThis.AbortController();
allowAbortListeners(controller.signal);
process.once('SIGINT', () => controller.abort());

const code = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
  { signal: controller.signal },
);
process.exitCode = code;
