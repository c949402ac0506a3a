/** The report's detail labels and event timeline. ICU MessageFormat. */
import type { Catalog } from '../../source-catalog.js';

export const enReportDetails: Catalog = {};
