/** Everything declared in code (../../source-catalog.ts), translated: step texts, RAS errors, verdict words. */
import type { Catalog } from '../../source-catalog.js';
import { jaRasVerdict } from './ras-verdict.js';
import { jaSteps } from './steps.js';

export const jaDeclared: Catalog = { ...jaSteps, ...jaRasVerdict };
