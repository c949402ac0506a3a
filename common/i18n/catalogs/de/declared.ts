import type { Catalog } from '../../source-catalog.js';
export const deDeclared: Catalog = {};
