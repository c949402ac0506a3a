/** The report's detail labels and event timeline (see ../en/report-details.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frReportDetails: Catalog = {};
