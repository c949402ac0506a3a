/** Everything declared in code (../../source-catalog.ts), translated: step texts, RAS errors, verdict words. */
import type { Catalog } from '../../source-catalog.js';
import { deRasVerdict } from './ras-verdict.js';
import { deSteps } from './steps.js';

export const deDeclared: Catalog = { ...deSteps, ...deRasVerdict };
