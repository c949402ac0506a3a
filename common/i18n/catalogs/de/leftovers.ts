/** Microsoft Learn section titles (see ../en/leftovers.ts), as Microsoft’s German pages name them. */
import type { Catalog } from '../../source-catalog.js';

export const deLeftovers: Catalog = {
  'docs.section.vpnRequirements':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Anforderungen',
  'docs.section.hybridRequirements':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung › Anforderungen',
  'docs.section.vpnValidation':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'docs.section.networkRequirements': 'Netzwerkanforderungen für Windows Autopilot',
  'docs.section.registerDevices':
    'Benutzergesteuerte Hybrid-Azure AD-Einbindung mit Windows Autopilot › Geräte als Autopilot-Geräte registrieren',
  'docs.section.profileDownloadedEarly':
    'Windows Autopilot: Häufig gestellte Fragen zur Problembehandlung › Profil vor der Zuweisung oder Änderung heruntergeladen',
  'docs.section.serviceConnectionPoint':
    'Konfigurieren der Microsoft Entra-Hybrideinbindung › Dienstverbindungspunkt',
  'docs.section.skipConnectivityCheck':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung der Domänenkonnektivität überspringen',
};
