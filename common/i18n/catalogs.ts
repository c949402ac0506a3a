/**
 * Every language's catalog as plain data, for the i18next instances renderer and main create
 * (renderer/i18n/i18n.ts, main/i18n/i18n.ts). English = what code declares (./source-catalog.ts)
 * + the screens' and reports' words (./catalogs/en/*.ts); the others translate exactly those keys,
 * file by file (CATALOG_FILES), so the completeness test can name the file to fix.
 */
import type { Language } from './languages.js';
import { sourceCatalog, type Catalog } from './source-catalog.js';
import { enUi } from './catalogs/en/ui.js';
import { enScreens } from './catalogs/en/screens.js';
import { enPanels } from './catalogs/en/panels.js';
import { enReportDetails } from './catalogs/en/report-details.js';
import { frUi } from './catalogs/fr/ui.js';
import { frSteps } from './catalogs/fr/steps.js';
import { frRasVerdict } from './catalogs/fr/ras-verdict.js';
import { frScreens } from './catalogs/fr/screens.js';
import { deUi } from './catalogs/de/ui.js';
import { deSteps } from './catalogs/de/steps.js';
import { deRasVerdict } from './catalogs/de/ras-verdict.js';
import { deScreens } from './catalogs/de/screens.js';
import { jaUi } from './catalogs/ja/ui.js';
import { jaSteps } from './catalogs/ja/steps.js';
import { jaRasVerdict } from './catalogs/ja/ras-verdict.js';
import { jaScreens } from './catalogs/ja/screens.js';
import { frSummariesDevice } from './catalogs/fr/summaries-device.js';
import { frSummariesNetwork } from './catalogs/fr/summaries-network.js';
import { frPanels } from './catalogs/fr/panels.js';
import { frReportDetails } from './catalogs/fr/report-details.js';
import { deSummariesDevice } from './catalogs/de/summaries-device.js';
import { deSummariesNetwork } from './catalogs/de/summaries-network.js';
import { dePanels } from './catalogs/de/panels.js';
import { deReportDetails } from './catalogs/de/report-details.js';
import { jaSummariesDevice } from './catalogs/ja/summaries-device.js';
import { jaSummariesNetwork } from './catalogs/ja/summaries-network.js';
import { jaPanels } from './catalogs/ja/panels.js';
import { jaReportDetails } from './catalogs/ja/report-details.js';

export type { Catalog };

export type TranslatedLanguage = Exclude<Language, 'en'>;

/** One catalog file per language: `common/i18n/catalogs/<lang>/<file>.ts`. */
export interface CatalogFile {
  file: string;
  /** The keys and English every translation of this file must have. */
  english: () => Catalog;
  translations: Record<TranslatedLanguage, Catalog>;
}

const declaredWhere = (keep: (key: string) => boolean) => (): Catalog =>
  Object.fromEntries(Object.entries(sourceCatalog()).filter(([key]) => keep(key)));

/** `step.<id>.summary.<name>`: a verdict summary (common/engine/say.ts), else null. */
const summaryStep = (key: string): string | null => /^step\.([a-z0-9-]+)\.summary\./.exec(key)?.[1] ?? null;

/**
 * Summaries are split in two files by what the step looks at, so each stays a size a translator
 * reviews in one sitting: the device and tenant (and the engine's own sentences, `engine.*`) here,
 * the VPN and the network in summaries-network.
 */
export const DEVICE_STEPS: ReadonlySet<string> = new Set([
  'os-build',
  'join-state',
  'mdm-enrollment',
  'autopilot-registration',
  'autopilot-profile',
  'tenant-profile',
  'profile-drift',
  'update-install',
  'offnetwork-signin',
  'logon-vpn-icon',
]);

export const CATALOG_FILES: readonly CatalogFile[] = [
  { file: 'ui', english: () => enUi, translations: { fr: frUi, de: deUi, ja: jaUi } },
  {
    file: 'steps',
    english: declaredWhere((key) => key.startsWith('step.') && summaryStep(key) === null),
    translations: { fr: frSteps, de: deSteps, ja: jaSteps },
  },
  {
    file: 'summaries-device',
    english: declaredWhere((key) => {
      const step = summaryStep(key);
      return key.startsWith('engine.') || (step !== null && DEVICE_STEPS.has(step));
    }),
    translations: { fr: frSummariesDevice, de: deSummariesDevice, ja: jaSummariesDevice },
  },
  {
    file: 'summaries-network',
    english: declaredWhere((key) => {
      const step = summaryStep(key);
      return step !== null && !DEVICE_STEPS.has(step);
    }),
    translations: { fr: frSummariesNetwork, de: deSummariesNetwork, ja: jaSummariesNetwork },
  },
  {
    file: 'ras-verdict',
    english: declaredWhere((key) => !key.startsWith('step.') && !key.startsWith('engine.')),
    translations: { fr: frRasVerdict, de: deRasVerdict, ja: jaRasVerdict },
  },
  // Words moved out of renderer and report code after the first catalogs were handed to translators.
  {
    file: 'screens',
    english: () => enScreens,
    translations: { fr: frScreens, de: deScreens, ja: jaScreens },
  },
  {
    file: 'panels',
    english: () => enPanels,
    translations: { fr: frPanels, de: dePanels, ja: jaPanels },
  },
  {
    file: 'report-details',
    english: () => enReportDetails,
    translations: { fr: frReportDetails, de: deReportDetails, ja: jaReportDetails },
  },
];

/** The English screens' and reports' words (the rest of English lives beside the code that uses it). */
export const ENGLISH_UI: Catalog = { ...enUi, ...enScreens, ...enPanels, ...enReportDetails };

export function catalogFor(language: Language): Catalog {
  if (language === 'en') return { ...sourceCatalog(), ...ENGLISH_UI };
  return Object.assign({}, ...CATALOG_FILES.map((f) => f.translations[language])) as Catalog;
}
