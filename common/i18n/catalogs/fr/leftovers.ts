/** Microsoft Learn section titles (see ../en/leftovers.ts), as Microsoft’s French pages name them. */
import type { Catalog } from '../../source-catalog.js';

export const frLeftovers: Catalog = {
  'docs.section.vpnRequirements':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Configuration requise',
  'docs.section.hybridRequirements':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride › Configuration requise',
  'docs.section.vpnValidation':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Validation',
  'docs.section.networkRequirements': 'Configuration réseau requise pour Windows Autopilot',
  'docs.section.registerDevices':
    'Jonction Azure AD hybride pilotée par l’utilisateur avec Windows Autopilot › Inscrire des appareils en tant qu’appareils Autopilot',
  'docs.section.profileDownloadedEarly':
    'FAQ de résolution des problèmes de Windows Autopilot › Profil téléchargé avant d’avoir été attribué ou modifié',
  'docs.section.serviceConnectionPoint':
    'Configurer la jonction Microsoft Entra hybride › Point de connexion de service',
  'docs.section.skipConnectivityCheck':
    'Mode piloté par l’utilisateur pour la jonction Azure AD hybride avec prise en charge du VPN › Ignorer la vérification de la connectivité du domaine',
};
