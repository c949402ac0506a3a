/** Panels, forms and dialogs: sign-in, sign-off, manual confirmation, evidence, timeline, errors. ICU MessageFormat. */
import type { Catalog } from '../../source-catalog.js';

export const enPanels: Catalog = {};
