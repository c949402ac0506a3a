#!/usr/bin/env node
// `hvv` starts the bundle the build made (dist/cli/hvv.mjs: plain JavaScript, no compile at
// start). Only where it has not been built yet — a checkout before `npm install`/`npm run build`,
// or HVV_FROM_SOURCE=1 while editing main/cli — does it compile the TypeScript sources with tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/hvv.mjs', import.meta.url);
if (process.env.HVV_FROM_SOURCE !== '1' && existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../main/cli/entry.ts');
}
