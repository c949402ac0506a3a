/**
 * `npm run preview`: the real app (built renderer + the real main-process services, replaying
 * recordings only) in your own browser, for machines without the Electron binary.
 *
 *   npm run preview -- [--scenario <file>] [--port <n>] [--data-dir <dir>] [--no-build]
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { REPO_ROOT, startPreview } from '../main/preview/start-preview.js';

const USAGE = `Usage: npm run preview -- [--scenario <file>] [--port <n>] [--data-dir <dir>] [--no-build]`;

function parse(): { scenario: string | null; port: number; dataDir: string; build: boolean } {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535.\n${USAGE}`);
    process.exit(2);
  }
  return {
    scenario: values.scenario ?? null,
    port,
    dataDir: values['data-dir'] ?? join(homedir(), '.hybrid-vpn-validator-preview'),
    build: !values['no-build'],
  };
}

async function main(): Promise<void> {
  const args = parse();
  if (args.build) {
    console.log('Building the app screens…');
    await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  const preview = await startPreview({
    dataDir: args.dataDir,
    port: args.port,
    scenarioPath: args.scenario,
  });
  console.log(`
Hybrid VPN Validator preview (replays recordings only) is running.

  Open this link in your browser:  ${preview.url}
  (it works for this run only; only this computer can reach it)

  Replay a recording: "Open recorded scenario…" ${
    args.scenario ? `opens ${args.scenario}` : 'needs --scenario <file>'
  }, or drop a .scenario.json file on the page.
  Your validations are kept in ${preview.dataDir}; exports go to its exports folder.

Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the preview…');
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
