/** The RAS errors' meanings and fixes (`ras.<code>.*`) and the verdict's words (`verdict.*`), translated. */
import type { Catalog } from '../../source-catalog.js';

export const jaRasVerdict: Catalog = {};
