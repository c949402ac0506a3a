/**
 * `hvv`, the headless command (contract §4). `main` runs in-process for tests: it never exits the
 * process and never throws; every outcome is an exit code (contract v1.1 §4: 0 ready, 1 not
 * ready, 3 incomplete, 2 unusable input with one line on stderr; a batch exits with the worst).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { runChecklist } from '../../common/engine/run.js';
import { toRunDocument } from '../../common/engine/summary.js';
import { verdictExitCode, worstExitCode } from '../../common/engine/verdict.js';
import { createScenarioExecutor } from '../probes/scenario-runner.js';
import { UsageError, type CliIo } from './io.js';
import { loadScenarios, SCENARIO_SUFFIX } from './load-scenarios.js';
import { terminalSafe, terminalSafeJson, terminalSafeValue } from './terminal-text.js';
import { checkOutputPaths } from './output-paths.js';
import { OUTPUT_WRITERS, writeOutputFile, type CompletedRun } from './outputs.js';
import { renderBatchTable, renderRunTable } from './table.js';
import { redactRuns } from './redact-run.js';
import { liveOptions, runLive, type CliDeps } from './live-run.js';
import { loadConfig, parseLang, parseOnly, str, type Options, type Values } from './run-flags.js';
import { fleetHelp, fleetOptions, runFleet } from './fleet-command.js';
import { importHelp, importOptions, runImport } from './import-command.js';

export type { CliIo } from './io.js';
export type { CliDeps, LiveModule } from './live-run.js';

export const BATCH_FORMAT = 'hvv-run-batch/1';

interface Command {
  name: string;
  usage: string;
  describe: string;
  options: Options;
  help: string[];
  /** Words after the command (`hvv fleet report`); commands without it refuse them. */
  positionals?: boolean;
  run(values: Values, io: CliIo, deps: CliDeps, positionals: readonly string[]): Promise<number>;
}

function useColour(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env?.NO_COLOR;
}

async function finish(runs: CompletedRun[], batch: boolean, values: Values, io: CliIo): Promise<number> {
  for (const writer of OUTPUT_WRITERS) {
    const value = str(values, writer.flag);
    if (value === undefined) continue;
    const written = await writer.write(runs, value, io, values);
    // On stderr, so `--json` on stdout stays one parseable document.
    io.stderr.write(`hvv: ${writer.wrote} written to ${written}\n`);
  }
  // What reaches stdout follows the exports' redaction rule (secrets always, people with --redact).
  const shown = redactRuns(runs, values.redact === true);
  if (values.json === true) {
    const doc = batch
      ? {
          format: BATCH_FORMAT,
          runs: shown.map((r) => ({ file: r.file ? basename(r.file) : null, ...r.doc })),
        }
      : shown[0]?.doc;
    io.stdout.write(`${terminalSafeJson(JSON.stringify(doc, null, 2))}\n`);
  } else if (batch) {
    io.stdout.write(
      renderBatchTable(
        terminalSafeValue(shown.map((r) => ({ file: r.file ? basename(r.file) : r.name, doc: r.doc }))),
        useColour(io),
      ),
    );
  } else if (shown[0]) {
    io.stdout.write(renderRunTable(terminalSafeValue(shown[0].doc), useColour(io)));
  }
  return worstExitCode(runs.map((r) => verdictExitCode(r.doc.verdict)));
}

const sharedOptions: Options = {
  json: { type: 'boolean' },
  config: { type: 'string' },
  only: { type: 'string' },
  ...Object.fromEntries(OUTPUT_WRITERS.map((w) => [w.flag, { type: 'string' as const }])),
  ...Object.fromEntries(
    OUTPUT_WRITERS.flatMap((w) =>
      Object.entries(w.extraOptions ?? {}).map(([name, o]) => [name, { type: o.type }]),
    ),
  ),
};

const runCommand: Command = {
  name: 'run',
  usage: 'hvv run [--scenario <file|folder>]... [--json] [options]',
  describe: 'replay recorded scenarios, or check this device live (Windows)',
  options: { ...sharedOptions, ...liveOptions, scenario: { type: 'string', multiple: true } },
  help: [
    '--scenario <file|folder>  replay a *.scenario.json; repeat it or name a folder to run a batch',
    '--json                    print hvv-run/1 JSON (a batch prints hvv-run-batch/1)',
    ...OUTPUT_WRITERS.flatMap((w) => [
      `--${w.flag} ${w.valueName}`.padEnd(26) + w.describe,
      ...Object.values(w.extraOptions ?? {}).map((o) => o.help),
    ]),
    '--config <endpoints.json> replace the required endpoints ({"endpoints": [{"host", "port", "why"}]})',
    '--only <step,step>        run only these steps (and the steps that depend on them)',
    'Live only (no --scenario):',
    '--connect                 allow rasdial connect/disconnect (changes the device)',
    '--install <file.msu>      install this update package with wusa (changes the device)',
    '--domain <name>           Active Directory domain for the DC check',
    '--vpn <name>              the VPN connection to test',
  ],
  async run(values, io, deps) {
    // Refused before anything runs, with or without --report.
    parseLang(str(values, 'lang'));
    const scenarioArgs = Array.isArray(values.scenario) ? values.scenario.map(String) : [];
    const configArg = str(values, 'config');
    if (scenarioArgs.length === 0) {
      checkOutputPaths(OUTPUT_WRITERS, values, configArg ? [configArg] : [], io.cwd, false);
      const { run } = await runLive(values, io, deps, false);
      return finish([run], false, values, io);
    }
    if (values.connect === true || str(values, 'install') !== undefined) {
      throw new UsageError(
        '--connect and --install apply to live runs; a scenario replays its recorded actions',
      );
    }
    if (str(values, 'vpn') !== undefined || str(values, 'domain') !== undefined) {
      throw new UsageError('--vpn and --domain apply to live runs; a scenario replays its recorded inputs');
    }
    const { scenarios, batch } = await loadScenarios(scenarioArgs, io.cwd);
    const config = await loadConfig(configArg, io);
    const only = parseOnly(str(values, 'only'));
    // Every argument is checked before the first replay or write.
    const inputs = [...scenarios.map((s) => s.file), ...(configArg ? [configArg] : [])];
    checkOutputPaths(OUTPUT_WRITERS, values, inputs, io.cwd, batch);
    const runs: CompletedRun[] = [];
    for (const { file, scenario } of scenarios) {
      const results = await runChecklist({
        executor: createScenarioExecutor(scenario),
        inputs: scenario.inputs,
        confirmations: scenario.confirmations,
        now: new Date(scenario.recordedAt),
        config,
        only,
        signal: deps.signal,
      });
      runs.push({
        name: basename(file)
          .replace(SCENARIO_SUFFIX, '')
          .replace(/\.json$/, ''),
        file,
        scenario,
        results,
        doc: toRunDocument(scenario.title, results, only),
      });
    }
    return finish(runs, batch, values, io);
  },
};

const recordCommand: Command = {
  name: 'record',
  usage: 'hvv record --out <file.scenario.json> [options]',
  describe: 'check this device live (Windows) and save what every probe returned as a scenario',
  options: { ...sharedOptions, ...liveOptions, out: { type: 'string' } },
  help: [
    '--out <file>              where to write the scenario (required)',
    '(and every live option of hvv run)',
  ],
  async run(values, io, deps) {
    const out = str(values, 'out');
    if (!out) throw new UsageError('record needs --out <file.scenario.json>');
    checkOutputPaths(OUTPUT_WRITERS, values, [], io.cwd, false);
    const { run, scenario } = await runLive(values, io, deps, true);
    await writeOutputFile(out, `${JSON.stringify(scenario, null, 2)}\n`, io);
    io.stderr.write(`hvv: scenario written to ${terminalSafe(out)}\n`);
    return finish([run], false, values, io);
  },
};

const fleetCommand: Command = {
  name: 'fleet',
  usage: 'hvv fleet script|report [options]',
  describe: 'the same checks on many devices through Intune Remediations (contract §5)',
  options: fleetOptions,
  help: fleetHelp,
  positionals: true,
  run: (values, io, deps, positionals) => runFleet(positionals, values, io, deps),
};

const importCommand: Command = {
  name: 'import',
  usage: 'hvv import --intune-diagnostics <zip> --out <file.scenario.json>',
  describe: "turn Intune's diagnostics bundle of a device into a recording hvv run can replay",
  options: importOptions,
  help: importHelp,
  run: (values, io) => runImport(values, io),
};

/** Subcommands; adding one (e.g. `hvv report`) is adding one Command here. */
export const COMMANDS: Command[] = [runCommand, recordCommand, fleetCommand, importCommand];

async function version(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
}

function helpText(): string {
  return [
    'hvv — Hybrid VPN Validator, headless',
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.describe}`),
    '  hvv --help | --version',
    '',
    ...COMMANDS.flatMap((c) => [`Options of hvv ${c.name}:`, ...c.help.map((h) => `  ${h}`), '']),
    'Exit codes (the verdict, contract v1.1):',
    '  0  ready       every step passed, warned or does not apply',
    '  1  not ready   a step failed or could not be checked',
    '  3  incomplete  nothing failed, but a step is blocked or waits for the technician',
    '                 (a VPN never tested, a logon screen never confirmed)',
    '  2  unusable input (unreadable file, bad arguments), one line on stderr',
    '  A batch exits with the worst of its runs: 1 over 3 over 0.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  try {
    const [first, ...rest] = argv;
    // No command is unusable input (contract §4): a one-line reason on stderr, exit 2.
    if (first === undefined)
      throw new UsageError('no command given (try hvv run --scenario <file>, or hvv --help)');
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(helpText());
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${await version()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) throw new UsageError(`unknown command "${first}" (try hvv --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(helpText());
      return 0;
    }
    let values: Values;
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...rest],
        options: command.options,
        strict: true,
        allowPositionals: command.positionals === true,
      }));
    } catch (error) {
      throw new UsageError(
        error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments',
      );
    }
    return await command.run(values, io, deps, positionals);
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`hvv: ${terminalSafe(message.replace(/\s*\n\s*/g, ' '))}\n`);
    return 2;
  }
}
