/** Verdict summaries of the network steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frSummariesNetwork: Catalog = {
  'step.vpn-connect.summary.connected': 'Connecté à « {connection} ».',
  'step.vpn-connect.summary.needsCredentials':
    'Ce profil demande des informations d’identification sur l’écran de connexion : testez-le là (« {connection} » s’authentifie avec un nom d’utilisateur et un mot de passe, que rasdial ne peut pas saisir ; erreur {code}).',
  'step.vpn-connect.summary.failed':
    'rasdial n’a pas pu connecter « {connection} » : erreur {code} ({name}) — {meaning}',
};
