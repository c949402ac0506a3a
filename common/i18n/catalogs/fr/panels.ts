/** Panels, forms and dialogs (see ../en/panels.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frPanels: Catalog = {
  'errors.noBridge':
    'Le pont de l’application (window.hvv) est absent : ouvrez l’interface depuis l’application, et non dans un navigateur.',
  'errors.unknown': 'Une erreur s’est produite, sans que l’application en indique la cause.',

  'fleetScreen.back': 'Retour à l’accueil',
  'fleetScreen.title': 'État de préparation du parc',
  'fleetScreen.tagline':
    'Les mêmes vérifications sur de nombreux appareils, à partir de ce que les corrections Intune ont collecté avec le script de détection ({command}).',
  'fleetScreen.openFirst': 'Ouvrir ce qu’Intune a collecté',
  'fleetScreen.openAnother': 'Ouvrir un autre parc',
  'fleetScreen.fromExport': 'À partir d’une exportation',
  'fleetScreen.exportWhere':
    'Centre d’administration Microsoft Intune › Appareils › Scripts et corrections › votre correction › État de l’appareil › Exporter (CSV), ou pages d’état d’exécution Graph enregistrées (JSON, un fichier ou un dossier).',
  'fleetScreen.openFile': 'Ouvrir le fichier exporté…',
  'fleetScreen.openFolder': 'Ouvrir un dossier…',
  'fleetScreen.fromIntune': 'Directement depuis Intune',
  'fleetScreen.listExplain':
    'Liste les corrections de votre locataire, puis lit les résultats de celle choisie.',
  'fleetScreen.list': 'Lister les corrections',
  'fleetScreen.listing': 'Liste des corrections en cours…',
  'fleetScreen.noRemediation':
    'Aucune correction dans ce locataire. Chargez d’abord le script de détection ({command}).',
  'fleetScreen.remediation': 'Correction',
  'fleetScreen.read': 'Lire les résultats',
  'fleetScreen.cancel': 'Annuler',
  'fleetScreen.reading': 'Lecture des résultats depuis Microsoft Graph…',
  'fleetScreen.progress':
    '{devices, plural, one {# appareil} other {# appareils}} pour l’instant ({pages, plural, one {# page} other {# pages}})',

  'stageInputs.replayInputs':
    'Ce sont les paramètres de l’enregistrement ; une relecture ne peut pas les modifier.',
  'stageInputs.replayTenant':
    'Une relecture répond aux vérifications du locataire à partir de l’enregistrement : la connexion ne s’applique qu’aux validations en direct.',
  'stageInputs.saveDomain': 'Enregistrer le domaine',
  'stageInputs.package': 'Package de mise à jour :',
  'stageInputs.noPackage':
    'aucun choisi — l’étape d’installation est ignorée tant que vous n’en avez pas choisi un',

  'manualConfirm.fullStop': '.',

  'timeline.heading': 'Ce que cet appareil a journalisé',
  'timeline.since': 'Événements depuis le {since}',
  'timeline.sinceBoot': 'Événements depuis le dernier démarrage de Windows',
  'timeline.empty': 'Aucun événement VPN, de jonction ou de connexion n’a été journalisé sur cette période.',
  'timeline.unreadable': 'Lecture impossible : {logs}.',
  'timeline.problems': 'Certains événements n’ont pas pu être lus :',
  'timeline.eventId': 'événement {id}',
  'timeline.verdict.supports': 'Les événements concordent',
  'timeline.verdict.contradicts': 'Les événements contredisent une réussite',
  'timeline.verdict.unknown': 'Les événements ne confirment ni ne contredisent',
  'timeline.source.vpn': 'VPN',
  'timeline.source.join': 'Jonction hybride',
  'timeline.source.autopilot': 'Autopilot',
  'timeline.source.sign-in': 'Connexion',
  'timeline.connection': '« {name} »',
  'timeline.event.vpn.20221': 'Numérotation VPN démarrée',
  'timeline.event.vpn.20222': 'Connexion VPN au serveur en cours',
  'timeline.event.vpn.20223': 'Tunnel VPN configuré',
  'timeline.event.vpn.20224': 'Liaison VPN établie',
  'timeline.event.vpn.20225': 'VPN connecté',
  'timeline.event.vpn.20226': 'VPN déconnecté',
  'timeline.event.vpn.20227': 'Échec de la connexion VPN',
  'timeline.event.join.304': 'Échec de la jonction hybride à la phase de jonction',
  'timeline.event.join.305': 'Échec de la jonction hybride à l’authentification',
  'timeline.event.join.306': 'Inscription de la jonction hybride réussie',
  'timeline.event.join.307': 'Jonction hybride : aucun service d’inscription trouvé dans Active Directory',
  'timeline.event.join.334': 'Prévérification de la jonction hybride : aucun contrôleur de domaine trouvé',
  'timeline.event.join.335': 'Prévérification de la jonction hybride : l’appareil est déjà joint',
  'timeline.event.sign-in': 'Utilisateur connecté ({logonType})',
  'timeline.event.sign-in.cached':
    'Utilisateur connecté avec des informations d’identification mises en cache',
  'timeline.logonType.2': 'interactive',
  'timeline.logonType.10': 'interactive à distance',
  'timeline.logonType.11': 'informations d’identification mises en cache',
  'timeline.event.autopilot.error': 'Erreur Autopilot (événement {id})',
  'timeline.event.autopilot.other': 'Événement Autopilot {id}',
  'timeline.code.logonType': 'type d’ouverture de session {code}',
  'timeline.code.reason': 'motif {code}',
  'timeline.code.rasError': 'erreur RAS {code}',

  'vpnKind.label': 'Type de VPN détecté',
  'vpnKind.kind.built-in-manual': 'Connexion Windows intégrée, établie manuellement (rasdial)',
  'vpnKind.kind.built-in-auto': 'Connexion Windows intégrée qui se connecte d’elle-même (Always On)',
  'vpnKind.kind.third-party': 'Client VPN tiers',
  'vpnKind.kind.none': 'Aucun VPN trouvé',
  'vpnKind.kindWhat': '{kind} : {what}',
  'vpnKind.connection': '« {name} »',
  'vpnKind.connectionTunnel':
    '« {name} » ({tunnel, select, device {tunnel d’appareil} user {tunnel utilisateur} other {tunnel {tunnel}}})',
  'vpnKind.prelogon.enabled': 'peut se connecter avant l’ouverture de session',
  'vpnKind.prelogon.disabled': 'ne peut pas se connecter avant l’ouverture de session',
  'vpnKind.prelogon.unknown': 'paramètre de pré-connexion illisible',
  'vpnKind.stepTitle': '« {title} »',
  'vpnKind.notApplicable': 'Ne s’applique pas à ce type : {steps}.',
  'vpnKind.instructions.vpn-connect.built-in-auto':
    'Ce VPN se connecte de lui-même (Always On) : l’application n’exécute pas rasdial ; elle attend jusqu’à {seconds, plural, one {# seconde} other {# secondes}} que la connexion soit établie.',
  'vpnKind.instructions.vpn-connect.third-party':
    'Ce VPN est un client tiers : connectez-vous vous-même avec le client, puis appuyez sur le bouton ; l’application recherche le tunnel du client (sans rasdial).',
  'vpnKind.instructions.vpn-disconnect.built-in-auto':
    'Ne s’applique pas : une connexion Always On est faite pour rester active, et rasdial ne la gère pas.',
  'vpnKind.instructions.vpn-disconnect.third-party':
    'Ne s’applique pas : rasdial ne gère pas un client tiers ; déconnectez-vous avec le client avant de fermer la session.',

  'liveUnavailable.because': '{unavailable} : {reason}',
  'liveUnavailable.detail': 'Détails : {detail}',
  'liveUnavailable.reason.not-windows': 'Les vérifications en direct nécessitent Windows avec PowerShell.',
  'liveUnavailable.reason.no-answer': 'PowerShell a démarré, mais n’a pas répondu à temps.',
  'liveUnavailable.reason.restricted':
    'PowerShell est restreint par AppLocker/WDAC sur cet appareil : il exécute les scripts de l’application en mode ConstrainedLanguage, si bien qu’aucune vérification en direct ne peut s’exécuter. Exécutez l’application signée installée dans Program Files, ou demandez à votre administrateur d’autoriser le certificat d’éditeur de l’application dans la stratégie AppLocker/WDAC ; en attendant, enregistrez cet appareil à partir d’une application autorisée ou vérifiez-le manuellement.',
  'liveUnavailable.reason.refused':
    'PowerShell a refusé d’exécuter les scripts de l’application : la stratégie d’exécution (généralement AllSigned ou RemoteSigned, définie par une stratégie de groupe que -ExecutionPolicy Bypass ne peut pas contourner) ne les accepte pas. Utilisez la version signée de l’application, ou demandez à votre administrateur d’approuver son certificat d’éditeur.',
  'liveUnavailable.reason.failed':
    'Impossible de démarrer PowerShell, ou PowerShell n’a pas pu exécuter la vérification de l’application.',
  'liveUnavailable.reason.preview':
    'L’aperçu dans le navigateur rejoue uniquement des enregistrements ; utilisez l’application de bureau sur l’appareil pour les vérifications en direct.',

  'evidenceFailure.not-recorded': 'Cet enregistrement ne contient aucun résultat pour cette sonde.',
  'evidenceFailure.unavailable': 'La sonde n’a pas pu s’exécuter sur cet appareil.',
  'evidenceFailure.cancelled': 'La sonde a été annulée avant la fin.',
  'evidenceFailure.not-allowed': 'L’exécution enregistrée n’était pas autorisée à effectuer cette action.',
  'evidenceFailure.restricted':
    'La stratégie de l’appareil (AppLocker/WDAC ou la stratégie d’exécution) a empêché le script de la sonde de s’exécuter.',
  'evidenceFailure.other': 'La sonde n’a donné aucun résultat.',
};
