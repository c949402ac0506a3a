/** Verdict summaries of the device steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frSummariesDevice: Catalog = {
  'step.join-state.summary.pass': 'Joint à Azure AD hybride (domaine {domain}).',
  'step.join-state.summary.pending':
    'Joint à {domain}, mais pas encore à Azure AD : l’inscription hybride est en attente.',
  'step.join-state.summary.azureOnly':
    'Joint à Azure AD uniquement : l’appareil n’est pas joint au domaine local.',
  'step.join-state.summary.notJoined': 'L’appareil n’est pas joint au domaine.',
};
