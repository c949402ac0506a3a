/** The step texts (keys `step.<id>.*` of ../../source-catalog.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frSteps: Catalog = {};
