/** Verdict summaries of the network steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const deSummariesNetwork: Catalog = {
  'step.vpn-connect.summary.connected': 'Verbunden mit „{connection}“.',
  'step.vpn-connect.summary.needsCredentials':
    'Dieses Profil benötigt Anmeldeinformationen am Anmeldebildschirm: Testen Sie es dort („{connection}“ meldet sich mit Benutzername und Kennwort an, die rasdial nicht eingeben kann; Fehler {code}).',
  'step.vpn-connect.summary.failed':
    'rasdial konnte „{connection}“ nicht verbinden: Fehler {code} ({name}) – {meaning}',
};
