#!/usr/bin/env node
// The headless command runs the TypeScript sources through tsx's loader, so `npx hvv` works from a
// clone without a build step.
import { setMaxListeners } from 'node:events';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/hvv.ts');

const controller = new globalThis.AbortController();
// A checklist run shares this signal across up to 8 concurrent steps, each waiting on a probe that
// also listens to it: more than Node's default of 10 listeners, by design, not a leak.
setMaxListeners(64, controller.signal);
process.once('SIGINT', () => controller.abort());

const code = await main(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
  { signal: controller.signal },
);
process.exitCode = code;
