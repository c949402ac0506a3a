/**
 * The catalog key of a Microsoft Learn section title, found by its English text: the engine names
 * its sources in English (common/engine/sources.ts) and the catalogs translate them under
 * `docs.section.*`. A title without a key (a source added later) is shown as the engine wrote it.
 */
import { enLeftovers } from '../../common/i18n/catalogs/en/leftovers.js';

const KEY_BY_TITLE: ReadonlyMap<string, string> = new Map(
  Object.entries(enLeftovers)
    .filter(([key]) => key.startsWith('docs.section.'))
    .map(([key, title]) => [title, key]),
);

export function docSectionKey(title: string): string | null {
  return KEY_BY_TITLE.get(title) ?? null;
}
