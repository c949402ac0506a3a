import type { Catalog } from '../../source-catalog.js';
export const jaUi: Catalog = {};
