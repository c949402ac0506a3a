/** The Fleet screen's words for each verdict (kept here for the i18n pass). */
import type { FleetView } from '../../common/fleet/fleet-view.js';

export type FleetVerdict = keyof FleetView['counts'];

export const FLEET_ORDER: readonly FleetVerdict[] = ['not-ready', 'unknown', 'incomplete', 'ready'];

export const FLEET_LABEL: Record<FleetVerdict, string> = {
  'not-ready': 'Not ready',
  unknown: 'Unknown',
  incomplete: 'Incomplete',
  ready: 'Ready',
};

export const FLEET_SYMBOL: Record<FleetVerdict, string> = {
  'not-ready': '✘',
  unknown: '?',
  incomplete: '⊘',
  ready: '✔',
};

export const FLEET_MEANING: Record<FleetVerdict, string> = {
  'not-ready': 'a remote check failed or could not run: fix before sending the device out',
  unknown: 'no usable answer from the device: see the reason on its row',
  incomplete: 'a check could not be proven either way',
  ready: 'every remote check passed; the on-site steps remain',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The fleet's answer in one sentence: how many devices are ready, and what to fix first. */
export function fleetAnswer(view: FleetView): { verdict: FleetVerdict; headline: string; next: string } {
  const total = view.devices.length;
  const { ready } = view.counts;
  const notReady = view.counts['not-ready'];
  const top = view.causes[0];
  if (total === 0) {
    return {
      verdict: 'unknown',
      headline: 'No devices in this export',
      next: 'Check that the remediation has run on devices.',
    };
  }
  const verdict: FleetVerdict =
    notReady > 0
      ? 'not-ready'
      : view.counts.unknown > 0
        ? 'unknown'
        : view.counts.incomplete > 0
          ? 'incomplete'
          : 'ready';
  const headline = `${ready} of ${plural(total, 'device', 'devices')} ready`;
  const next = top
    ? `Fix first: ${top.title} (${plural(top.devices, 'device', 'devices')}).`
    : view.counts.unknown > 0
      ? `No check failed; ${plural(view.counts.unknown, 'device gave', 'devices gave')} no usable answer (see why below).`
      : 'No device failed a remote check. The on-site steps remain for every device.';
  return { verdict, headline, next };
}

export function deviceCount(n: number): string {
  return plural(n, 'device', 'devices');
}
