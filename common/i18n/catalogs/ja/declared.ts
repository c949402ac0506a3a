import type { Catalog } from '../../source-catalog.js';
export const jaDeclared: Catalog = {};
