/** The Fleet screen's words for each verdict, from the catalogs (`fleet.*` in catalogs/<lang>/screens.ts). */
import type { FleetView } from '../../common/fleet/fleet-view.js';
import type { MessageParams } from '../../common/i18n/translate.js';

export type FleetVerdict = keyof FleetView['counts'];

/** A screen word by key in the technician's language (react-i18next's `t`). */
export type Say = (key: string, params?: MessageParams) => string;

export const FLEET_ORDER: readonly FleetVerdict[] = ['not-ready', 'unknown', 'incomplete', 'ready'];

export const FLEET_SYMBOL: Record<FleetVerdict, string> = {
  'not-ready': '✘',
  unknown: '?',
  incomplete: '⊘',
  ready: '✔',
};

export const fleetLabel = (verdict: FleetVerdict, say: Say): string => say(`fleet.label.${verdict}`);
export const fleetMeaning = (verdict: FleetVerdict, say: Say): string => say(`fleet.meaning.${verdict}`);

/**
 * The fleet's answer in one sentence: how many devices are ready, and what to fix first.
 * `title` gives a cause's step title in the technician's language.
 */
export function fleetAnswer(
  view: FleetView,
  say: Say,
  title: (cause: FleetView['causes'][number]) => string = (c) => c.title,
): { verdict: FleetVerdict; headline: string; next: string } {
  const total = view.devices.length;
  const { ready } = view.counts;
  const notReady = view.counts['not-ready'];
  const top = view.causes[0];
  if (total === 0) {
    return { verdict: 'unknown', headline: say('fleet.answer.empty'), next: say('fleet.answer.emptyNext') };
  }
  const verdict: FleetVerdict =
    notReady > 0
      ? 'not-ready'
      : view.counts.unknown > 0
        ? 'unknown'
        : view.counts.incomplete > 0
          ? 'incomplete'
          : 'ready';
  const headline = say('fleet.answer.headline', { ready, total });
  const next = top
    ? say('fleet.answer.fixFirst', { title: title(top), count: top.devices })
    : view.counts.unknown > 0
      ? say('fleet.answer.noAnswer', { count: view.counts.unknown })
      : say('fleet.answer.allPassed');
  return { verdict, headline, next };
}

export function deviceCount(n: number, say: Say): string {
  return say('fleet.devices', { count: n });
}
