/** Everything declared in code (../../source-catalog.ts), translated: step texts, RAS errors, verdict words. */
import type { Catalog } from '../../source-catalog.js';
import { frRasVerdict } from './ras-verdict.js';
import { frSteps } from './steps.js';

export const frDeclared: Catalog = { ...frSteps, ...frRasVerdict };
