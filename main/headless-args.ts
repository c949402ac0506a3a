/**
 * Whether the exe was started as the headless `hvv` command, decided from its own arguments.
 * VS Code's `code.cmd` runs its CLI through ELECTRON_RUN_AS_NODE, which needs the RunAsNode fuse;
 * this app keeps that fuse off (anyone could then run arbitrary scripts with its signature), so the
 * main process dispatches instead: a first argument naming an hvv command means no window.
 */
import { COMMANDS } from './cli/hvv.js';

/** Words and flags that mean "the headless command" when they come first. */
export const HEADLESS_FIRST_ARGS: readonly string[] = [
  ...COMMANDS.map((command) => command.name),
  'help',
  '--help',
  '-h',
  '--version',
  '-v',
];

/**
 * The arguments for hvv's `main`, or null to open the window. `argv` is process.argv: the exe,
 * then (when started as `electron .` in development, `defaultApp`) the app folder, then the user's
 * arguments. Anything else first — nothing, `--resume <id>` from RunOnce, a Chromium switch, a
 * file dropped on the exe — opens the window as before.
 */
export function headlessArgs(argv: readonly string[], defaultApp: boolean): string[] | null {
  const user = argv.slice(defaultApp ? 2 : 1);
  const first = user[0];
  if (first === undefined || !HEADLESS_FIRST_ARGS.includes(first)) return null;
  return user;
}
