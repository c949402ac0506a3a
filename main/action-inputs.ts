/**
 * Main decides which VPN connection rasdial dials and which package wusa installs, not the
 * renderer (issue 14). A compromised or buggy renderer could otherwise send any name, or a UNC path
 * (`\\attacker\share\kb.msu`), through setInputs or startSession. Main accepts:
 * - a VPN connection that the last `vpn.connections` listing named (read by main itself), or that
 *   the open recording names in replay;
 * - an update package that the technician chose in main's own file dialog, or that the open
 *   recording names in replay;
 * - whatever the session already holds (main stored it after these checks, or read it from disk).
 * Anything else is refused with a reason the renderer shows.
 */
import type { Inputs } from '../common/model.js';
import type { Scenario } from '../common/model.js';

export class InputRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputRefused';
  }
}

export interface ActionInputGuard {
  /** Names the device's `vpn.connections` listed, as read by main (replaces the previous list). */
  listedVpnConnections(names: readonly string[]): void;
  /** A path the technician chose in main's own open dialog. */
  pickedUpdatePackage(path: string): void;
  /** The recording now open: its names and package count as chosen, for replay only. */
  openedRecording(scenario: Scenario | null): void;
  /**
   * Checks inputs from the renderer against what main knows; `current` is what the session holds.
   * `relist` asks the device again when a name is not in the last listing (it may have changed).
   */
  check(inputs: Inputs, current: Inputs | null, relist?: () => Promise<readonly string[]>): Promise<Inputs>;
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/** What a recording names: its inputs, the names and paths its action probes were asked for. */
function namedByRecording(scenario: Scenario): { vpn: Set<string>; packages: Set<string> } {
  const vpn = new Set<string>();
  const packages = new Set<string>();
  if (scenario.inputs.vpnConnection) vpn.add(scenario.inputs.vpnConnection);
  if (scenario.inputs.updatePackage) packages.add(scenario.inputs.updatePackage);
  for (const entry of scenario.probes) {
    const { name, path } = entry.args as { name?: unknown; path?: unknown };
    if ((entry.probe === 'vpn.connect' || entry.probe === 'vpn.disconnect') && typeof name === 'string')
      vpn.add(name);
    if (entry.probe === 'update.install' && typeof path === 'string') packages.add(path);
  }
  return { vpn, packages };
}

export function createActionInputGuard(): ActionInputGuard {
  let listed = new Set<string>();
  const picked = new Set<string>();
  let recording: { vpn: Set<string>; packages: Set<string> } | null = null;

  return {
    listedVpnConnections(names) {
      listed = new Set(names);
    },
    pickedUpdatePackage(path) {
      picked.add(path);
    },
    openedRecording(scenario) {
      recording = scenario ? namedByRecording(scenario) : null;
    },
    async check(inputs, current, relist) {
      const vpn = inputs.vpnConnection ?? null;
      if (vpn !== null && !sameText(vpn, current?.vpnConnection) && !recording?.vpn.has(vpn)) {
        if (!listed.has(vpn) && relist) listed = new Set(await relist());
        if (!listed.has(vpn)) {
          throw new InputRefused(
            `"${vpn}" is not a VPN connection this device lists for all users. Choose one from the list.`,
          );
        }
      }
      const path = inputs.updatePackage ?? null;
      if (
        path !== null &&
        !sameText(path, current?.updatePackage) &&
        !picked.has(path) &&
        !recording?.packages.has(path)
      ) {
        throw new InputRefused(
          'Choose the update package with "Choose file…": the app installs only a package picked in its own file dialog.',
        );
      }
      return inputs;
    },
  };
}
