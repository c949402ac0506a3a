/** Panels, forms and dialogs (see ../en/panels.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frPanels: Catalog = {};
