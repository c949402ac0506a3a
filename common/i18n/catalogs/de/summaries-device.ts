/** Verdict summaries of the device steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const deSummariesDevice: Catalog = {
  'step.join-state.summary.pass': 'Hybrid in Azure AD eingebunden (Domäne {domain}).',
  'step.join-state.summary.pending':
    'In {domain} eingebunden, aber noch nicht in Azure AD: Die Hybridregistrierung steht aus.',
  'step.join-state.summary.azureOnly':
    'Nur in Azure AD eingebunden: Das Gerät ist nicht in die lokale Domäne eingebunden.',
  'step.join-state.summary.notJoined': 'Das Gerät ist nicht in die Domäne eingebunden.',
};
