/** Screens', dialogs' and reports' words moved out of code for issue 19 (h19c). */
import type { Catalog } from '../../source-catalog.js';

export const deScreens: Catalog = {};
