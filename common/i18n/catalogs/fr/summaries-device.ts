/**
 * Verdict summaries of the device and tenant steps (keys `step.<id>.summary.*`) and the engine's
 * own sentences (`engine.*`; see ../../catalogs.ts), translated.
 */
import type { Catalog } from '../../source-catalog.js';

/** Sentences the tenant rules say for each tenant step (common/engine/rules/tenant.ts). */
const signIn = (step: string): Catalog => ({
  [`step.${step}.summary.signIn`]: 'Connectez-vous pour vérifier le locataire.',
  [`step.${step}.summary.signInNotRecorded`]:
    'Connectez-vous pour vérifier le locataire. Cet enregistrement ne contient aucune donnée du locataire.',
  [`step.${step}.summary.signInBecause`]: 'Connectez-vous pour vérifier le locataire. {reason}',
});

const profileRead = (step: string): Catalog => ({
  [`step.${step}.summary.profileForbidden`]:
    'Impossible de lire le profil de déploiement : autorisation manquante.',
  [`step.${step}.summary.profileFailed`]: 'Impossible de lire le profil de déploiement\u00a0: {reason}',
  [`step.${step}.summary.profileFailedSilently`]:
    'Impossible de lire le profil de déploiement : la lecture a échoué.',
  [`step.${step}.summary.registrationNotPassed`]:
    'La vérification de l’inscription Autopilot n’a pas réussi : le profil attribué ne peut donc pas être lu.',
  [`step.${step}.summary.profileNotUnderstood`]:
    'Le profil de déploiement renvoyé par Graph n’a pas été compris : {reason}.',
});

const REGISTERED = 'Inscrit dans Autopilot{tagged, select, yes { (balise de groupe {groupTag})} other {}}';

export const frSummariesDevice: Catalog = {
  'step.os-build.summary.supported': 'La build {build} prend en charge la jonction hybride avec VPN.',
  'step.os-build.summary.hasUpdate':
    'La build {build} inclut KB4530684 ou une mise à jour cumulative ultérieure.',
  'step.os-build.summary.missingUpdate':
    'La build {build} est antérieure à {minimum} : installez KB4530684 ou une mise à jour cumulative ultérieure.',
  'step.os-build.summary.tooOld':
    'La build {build} est trop ancienne : la jonction hybride avec VPN nécessite Windows 10 1903/1909 avec KB4530684, ou Windows 10 2004 et versions ultérieures.',
  'step.os-build.summary.notDecimal':
    'La valeur {name} de os.version n’a pas été comprise : {raw} n’est pas un nombre décimal.',
  'step.os-build.summary.noBuild': 'os.version n’a pas renvoyé de CurrentBuild lisible.',
  'step.os-build.summary.noUbr': 'os.version a renvoyé la build {build} sans son UBR.',

  'step.join-state.summary.pass': 'Joint à Azure AD hybride (domaine {domain}).',
  'step.join-state.summary.pending':
    'Joint à {domain}, mais pas encore à Azure AD : l’inscription hybride est en attente.',
  'step.join-state.summary.azureOnly':
    'Joint à Azure AD uniquement : l’appareil n’est pas joint au domaine local.',
  'step.join-state.summary.notJoined': 'L’appareil n’est pas joint au domaine.',

  'step.mdm-enrollment.summary.enrolled': 'Inscrit dans Intune.',
  'step.mdm-enrollment.summary.enrolledBy': 'Inscrit dans Intune par {upn}.',
  'step.mdm-enrollment.summary.otherProviders':
    'Aucune inscription Intune (seules inscriptions trouvées : {providers}).',
  'step.mdm-enrollment.summary.notEnrolled': 'L’appareil n’est inscrit auprès d’aucun service MDM.',

  'step.autopilot-profile.summary.azureAdOnly':
    'Le profil Autopilot effectue une jonction Azure AD uniquement, pas une jonction Azure AD hybride.',
  'step.autopilot-profile.summary.skipOn':
    'Profil de jonction Azure AD hybride avec « Ignorer la vérification de la connectivité du domaine » activé.',
  'step.autopilot-profile.summary.skipOff':
    'Profil de jonction hybride sans « Ignorer la vérification de la connectivité du domaine » : l’installation a besoin d’un contrôleur de domaine, que le VPN ne peut pas fournir pendant l’OOBE.',
  'step.autopilot-profile.summary.registryOnly':
    'Le Registre indique une jonction hybride, mais aucun fichier de profil mis en cache ne se trouve sur l’appareil : « Ignorer la vérification de la connectivité du domaine » ne peut donc pas être confirmé.',
  'step.autopilot-profile.summary.noProfile': 'Aucun profil Autopilot n’a été téléchargé sur cet appareil.',
  'step.autopilot-profile.summary.unknownJoinMethodCached':
    'Le profil Autopilot mis en cache contient CloudAssignedDomainJoinMethod = {value}, qui n’est pas une méthode de jonction connue.',
  'step.autopilot-profile.summary.unknownJoinMethodRegistry':
    'La clé de Registre Autopilot contient CloudAssignedDomainJoinMethod = {value}, qui n’est pas une méthode de jonction connue.',

  ...signIn('autopilot-registration'),
  'step.autopilot-registration.summary.serialNotRecorded':
    'Le numéro de série de l’appareil ne figure pas dans cet enregistrement : le locataire ne peut donc pas être vérifié.',
  'step.autopilot-registration.summary.registrationForbidden':
    'Impossible de lire l’inscription Autopilot : autorisation manquante.',
  'step.autopilot-registration.summary.registrationFailed':
    'Impossible de lire l’inscription Autopilot : {reason}',
  'step.autopilot-registration.summary.registrationFailedSilently':
    'Impossible de lire l’inscription Autopilot : la lecture a échoué.',
  'step.autopilot-registration.summary.assignedInSync': `${REGISTERED}\u00a0: profil attribué et synchronisé.`,
  'step.autopilot-registration.summary.assignedOutOfSync': `${REGISTERED}\u00a0: profil attribué, mais pas encore synchronisé avec le service Autopilot.`,
  'step.autopilot-registration.summary.assignedUnknownSyncState': `${REGISTERED}\u00a0: profil attribué, état de synchronisation inconnu.`,
  'step.autopilot-registration.summary.pending': `${REGISTERED}\u00a0: attribution du profil en attente.`,
  'step.autopilot-registration.summary.notAssigned': `${REGISTERED}\u00a0: aucun profil de déploiement attribué.`,
  'step.autopilot-registration.summary.failed': `${REGISTERED}\u00a0: échec de l’attribution du profil.`,
  'step.autopilot-registration.summary.unknown': `${REGISTERED}\u00a0: état de l’attribution du profil inconnu.`,
  'step.autopilot-registration.summary.otherState': `${REGISTERED}\u00a0: état de l’attribution du profil «\u00a0{state}\u00a0».`,
  'step.autopilot-registration.summary.noSerial':
    'Le microprogramme ne signale aucun numéro de série utilisable, or Autopilot identifie les appareils par ce numéro.',
  'step.autopilot-registration.summary.notRegistered':
    'Aucune inscription Autopilot ne porte le numéro de série {serial}.',
  'step.autopilot-registration.summary.duplicates':
    '{count, plural, one {# inscription Autopilot porte} other {# inscriptions Autopilot portent}} le numéro de série {serial} ; Autopilot ne peut pas déterminer laquelle correspond à cet appareil.',
  'step.autopilot-registration.summary.registrationNotUnderstood':
    'La liste des appareils Autopilot renvoyée par Graph n’a pas été comprise : {reason}.',

  ...signIn('tenant-profile'),
  ...profileRead('tenant-profile'),
  'step.tenant-profile.summary.noProfile': 'Aucun profil de déploiement n’est attribué à cet appareil.',
  'step.tenant-profile.summary.azureAdOnly':
    '« {profile} » effectue une jonction Azure AD uniquement, pas une jonction Azure AD hybride.',
  'step.tenant-profile.summary.unnamedAzureAdOnly':
    'Le profil attribué effectue une jonction Azure AD uniquement, pas une jonction Azure AD hybride.',
  'step.tenant-profile.summary.otherJoin':
    '« {profile} » effectue une jonction de type {joinType}, pas une jonction Azure AD hybride.',
  'step.tenant-profile.summary.unnamedOtherJoin':
    'Le profil attribué effectue une jonction de type {joinType}, pas une jonction Azure AD hybride.',
  'step.tenant-profile.summary.skipOn':
    '« {profile} » est un profil de jonction Azure AD hybride avec « Ignorer la vérification de la connectivité AD » activé.',
  'step.tenant-profile.summary.unnamedSkipOn':
    'Le profil attribué est un profil de jonction Azure AD hybride avec « Ignorer la vérification de la connectivité AD » activé.',
  'step.tenant-profile.summary.skipOff':
    '« {profile} » est un profil de jonction Azure AD hybride sans « Ignorer la vérification de la connectivité AD » : l’installation a besoin d’un contrôleur de domaine, que le VPN ne peut pas fournir pendant l’OOBE.',
  'step.tenant-profile.summary.unnamedSkipOff':
    'Le profil attribué est un profil de jonction Azure AD hybride sans « Ignorer la vérification de la connectivité AD » : l’installation a besoin d’un contrôleur de domaine, que le VPN ne peut pas fournir pendant l’OOBE.',

  ...signIn('profile-drift'),
  ...profileRead('profile-drift'),
  'step.profile-drift.summary.noneAssigned':
    'Aucun profil n’est attribué dans Intune : il n’y a donc rien à comparer (voir l’étape du profil attribué).',
  'step.profile-drift.summary.noneCached':
    'Aucun profil Autopilot n’est encore mis en cache sur l’appareil ; il téléchargera le profil attribué pendant l’OOBE.',
  'step.profile-drift.summary.matches':
    'Le profil mis en cache correspond à « {profile} », tel qu’Intune l’attribue actuellement.',
  'step.profile-drift.summary.matchesUnnamed':
    'Le profil mis en cache correspond au profil attribué, tel qu’Intune l’attribue actuellement.',
  'step.profile-drift.summary.outOfDate': 'L’appareil détient un profil obsolète ({differences}).',

  'step.logon-vpn-icon.summary.ask':
    'Déconnectez-vous et cherchez l’icône VPN sur l’écran de connexion, puis confirmez.',
  'step.logon-vpn-icon.summary.askWithEvents':
    'Déconnectez-vous et cherchez l’icône VPN sur l’écran de connexion, puis confirmez. {events}',
  'step.logon-vpn-icon.summary.notSeen': 'Le technicien n’a pas vu l’icône VPN sur l’écran de connexion.',
  'step.logon-vpn-icon.summary.notSeenNote':
    'Le technicien n’a pas vu l’icône VPN sur l’écran de connexion. Remarque : {note}',
  'step.logon-vpn-icon.summary.contradicted':
    'Le technicien a vu l’icône VPN sur l’écran de connexion, mais d’après les événements de l’appareil : {contradiction}.',
  'step.logon-vpn-icon.summary.contradictedNote':
    'Le technicien a vu l’icône VPN sur l’écran de connexion, mais d’après les événements de l’appareil : {contradiction}. Remarque : {note}',
  'step.logon-vpn-icon.summary.seen': 'Le technicien a vu l’icône VPN sur l’écran de connexion.',
  'step.logon-vpn-icon.summary.seenWithEvents':
    'Le technicien a vu l’icône VPN sur l’écran de connexion. {events}',
  'step.logon-vpn-icon.summary.seenNote':
    'Le technicien a vu l’icône VPN sur l’écran de connexion. Remarque : {note}',
  'step.logon-vpn-icon.summary.seenWithEventsNote':
    'Le technicien a vu l’icône VPN sur l’écran de connexion. {events} Remarque : {note}',

  'step.offnetwork-signin.summary.notHereSystem':
    'Non vérifié ici : l’application s’exécute en tant que SYSTEM ; la connexion qu’elle voit est donc celle de ce compte, et non celle d’un utilisateur. Vérifiez la connexion hors du réseau d’entreprise après l’installation, avec l’application lancée par l’utilisateur qui s’est connecté.',
  'step.offnetwork-signin.summary.notHereOobe':
    'Non vérifié ici : l’application s’exécute en tant que {account}, le compte d’installation de l’OOBE (Maj+F10) ; la connexion qu’elle voit est donc celle de ce compte, et non celle d’un utilisateur. Vérifiez la connexion hors du réseau d’entreprise après l’installation, avec l’application lancée par l’utilisateur qui s’est connecté.',
  'step.offnetwork-signin.summary.ask':
    'Connectez-vous hors du réseau d’entreprise via le VPN avec un compte sans informations d’identification mises en cache, puis confirmez.',
  'step.offnetwork-signin.summary.askWithEvents':
    'Connectez-vous hors du réseau d’entreprise via le VPN avec un compte sans informations d’identification mises en cache, puis confirmez. {events}',
  'step.offnetwork-signin.summary.reportedFailed':
    'Le technicien signale que la connexion hors du réseau d’entreprise n’a pas fonctionné.',
  'step.offnetwork-signin.summary.mismatchUnreadable':
    'Vérification impossible : l’application s’exécute en tant que {processUser} (type d’ouverture de session {processLogonType}), mais {interactiveUser} s’est connecté à la console d’une manière que l’application n’a pas pu lire ; la preuve de connexion doit être celle de l’utilisateur lui-même.',
  'step.offnetwork-signin.summary.mismatchCached':
    'Vérification impossible : l’application s’exécute en tant que {processUser} (type d’ouverture de session {processLogonType}), mais {interactiveUser} s’est connecté à la console avec des informations d’identification mises en cache (type d’ouverture de session 11) ; la preuve de connexion doit être celle de l’utilisateur lui-même.',
  'step.offnetwork-signin.summary.mismatchType':
    'Vérification impossible : l’application s’exécute en tant que {processUser} (type d’ouverture de session {processLogonType}), mais {interactiveUser} s’est connecté à la console avec le type d’ouverture de session {interactiveLogonType} ; la preuve de connexion doit être celle de l’utilisateur lui-même.',
  'step.offnetwork-signin.summary.cached':
    'Cette session a utilisé des informations d’identification mises en cache (type d’ouverture de session 11) : le domaine n’a jamais vu la connexion, le VPN n’est donc pas prouvé.',
  'step.offnetwork-signin.summary.localAccount':
    'La session a été authentifiée par l’ordinateur lui-même ({logonServer}) : il s’agit d’un compte local, pas d’une connexion au domaine.',
  'step.offnetwork-signin.summary.contradicted':
    'Le technicien confirme la connexion hors du réseau d’entreprise, mais d’après les événements de l’appareil : {contradiction}.',
  'step.offnetwork-signin.summary.signedIn': 'Connecté hors du réseau d’entreprise via le VPN.',
  'step.offnetwork-signin.summary.signedInWithEvents':
    'Connecté hors du réseau d’entreprise via le VPN. {events}',
  'step.offnetwork-signin.summary.signedInBy':
    'Connecté hors du réseau d’entreprise via le VPN ; authentifié par {logonServer}.',
  'step.offnetwork-signin.summary.signedInByWithEvents':
    'Connecté hors du réseau d’entreprise via le VPN ; authentifié par {logonServer}. {events}',
  'step.offnetwork-signin.summary.confirmed':
    'Le technicien confirme que la connexion hors du réseau d’entreprise via le VPN a fonctionné.',
  'step.offnetwork-signin.summary.confirmedWithEvents':
    'Le technicien confirme que la connexion hors du réseau d’entreprise via le VPN a fonctionné. {events}',
  'step.offnetwork-signin.summary.logonTypeNotUnderstood':
    'Le LogonType de logon.session n’a pas été compris : {raw} n’est pas un numéro de type d’ouverture de session.',

  'step.update-install.summary.noPackage': 'Aucun package de mise à jour n’a été choisi.',
  'step.update-install.summary.installed': 'La mise à jour est installée.',
  'step.update-install.summary.restart':
    'La mise à jour est installée ; redémarrez pour terminer (code de sortie {code}).',
  'step.update-install.summary.alreadyInstalled': 'La mise à jour est déjà installée.',
  'step.update-install.summary.notApplicable':
    'La mise à jour ne s’applique pas à cet appareil ({code}) : version de Windows ou architecture incorrecte, ou mise à jour déjà remplacée.',
  'step.update-install.summary.needsElevation':
    'La mise à jour n’a pas été installée : l’application ne s’exécute pas en tant qu’administrateur ({code}).',
  'step.update-install.summary.serviceDisabled':
    'La mise à jour n’a pas été installée : le service Windows Update est désactivé ({code}).',
  'step.update-install.summary.failed': 'wusa.exe a échoué avec le code {code}.',

  'engine.cancelled': 'Annulé par le technicien.',
  'engine.couldNotCheck': 'Vérification impossible : {reason}',
  'engine.failedUnexpectedly': 'La vérification a échoué de manière inattendue : {reason}',
  'engine.actionNotAllowed':
    'Non exécuté : les actions modifient l’appareil ; exécutez avec --connect/--install.',
  'engine.remediation.runAgainWhenReady': 'Relancez l’étape lorsque vous êtes prêt.',
  'engine.remediation.recordAgain':
    'Enregistrez à nouveau l’appareil avec toutes les sondes (hvv record --out <file>), ou exécutez cette étape en direct sur l’appareil.',
  'engine.remediation.restrictedSignedApp':
    'Exécutez l’application signée installée dans Program Files, ou demandez au service informatique d’autoriser le certificat de son éditeur dans la stratégie AppLocker/WDAC ou dans la stratégie d’exécution.',
  'engine.remediation.restrictedMeanwhile':
    'D’ici là, enregistrez cet appareil avec une copie de l’application approuvée par la stratégie, ou vérifiez-le manuellement.',
  'engine.remediation.checkPowerShell':
    'Vérifiez que PowerShell s’exécute sur cet appareil (powershell.exe -NoProfile -Command $PSVersionTable), puis relancez l’étape.',
  'engine.remediation.checkError':
    'Relancez l’étape ; si l’échec persiste, exécutez manuellement dans PowerShell la commande affichée dans les preuves et conservez sa sortie pour le support.',
  'engine.probeTimedOut': 'La sonde {probe} a expiré après {duration}.',
  'engine.exitCodeNotUnderstood':
    'Le code de sortie de {probe} n’a pas été compris : {raw} n’est pas un code de sortie 32 bits.',
  'engine.probeFailed': 'La sonde {probe} a échoué avec le code de sortie {code}.',
  'engine.probeFailedSaid': 'La sonde {probe} a échoué avec le code de sortie {code} : {output}',
  'engine.outputNotUnderstood': 'La sortie de {probe} n’a pas été comprise : {reason}.',
  'engine.locale': 'fr',
  'engine.rasUnknownMeaning':
    'La connexion VPN a échoué avec l’erreur {code}, que cette application ne sait pas décrire.',
  'engine.rasUnknownLookUp':
    'Recherchez l’erreur {code} dans la liste « Codes d’erreur du service Routage et accès distant » de Microsoft.',
  'engine.eventsAgree':
    'Les événements de l’appareil concordent : le VPN s’est connecté à {vpnAt}, avant l’ouverture de session à {signInAt}.',
  'engine.eventsAgreeNamed':
    'Les événements de l’appareil concordent : le VPN « {connection} » s’est connecté à {vpnAt}, avant l’ouverture de session à {signInAt}.',
  'engine.eventsContradict': 'Les événements de l’appareil contredisent ceci : {contradiction}.',
  'engine.eventsSecurityUnreadable':
    'Les événements d’ouverture de session n’ont pas pu être lus (le journal Sécurité exige un administrateur) : les événements ne confirment ni ne contredisent ceci.',
  'engine.eventsVpnUnreadable':
    'Les événements VPN n’ont pas pu être lus : les événements ne confirment ni ne contredisent ceci.',
  'engine.eventsThirdParty':
    'Le VPN de cet appareil est un client tiers, qui n’écrit aucun événement RasClient : aucun événement VPN n’est attendu avant l’ouverture de session, donc les événements ne confirment ni ne contredisent ceci.',
  'engine.eventsNoSignIn':
    'Aucune ouverture de session utilisateur n’a été journalisée dans la période lue : les événements ne confirment ni ne contredisent ceci.',
  'engine.contradictionCached':
    'la dernière ouverture de session ({signInAt}) a utilisé des informations d’identification mises en cache (type d’ouverture de session 11), le domaine ne l’a donc jamais vue',
  'engine.contradictionNoVpn':
    'aucune connexion VPN n’était établie avant la dernière ouverture de session ({signInAt})',
  'step.profile-drift.summary.difference': '{setting} : appareil {device}, Intune {tenant}',
  'step.profile-drift.summary.differenceFix':
    '« {setting} » est défini sur {device} dans le profil téléchargé par l’appareil et sur {tenant} dans le profil qu’Intune attribue maintenant : l’appareil exécutera l’installation avec {device} tant qu’il n’aura pas téléchargé le profil à nouveau.',
  'step.profile-drift.summary.settingJoinAs': 'Joindre à Azure AD en tant que',
  'step.profile-drift.summary.settingSkipConnectivity': 'Ignorer la vérification de la connectivité AD',
  'step.profile-drift.summary.settingUserType': 'Type de compte d’utilisateur',
  'step.profile-drift.summary.settingDeploymentMode': 'Mode de déploiement',
  'step.profile-drift.summary.settingPrivacy': 'Paramètres de confidentialité',
  'step.profile-drift.summary.settingLicenseTerms': 'Termes du contrat de licence logiciel Microsoft',
  'step.profile-drift.summary.settingKeyboard': 'Configurer automatiquement le clavier',
  'step.profile-drift.summary.settingHideChangeAccount': 'Masquer les options de modification de compte',
  'step.profile-drift.summary.settingNameTemplate': 'Modèle de nom d’appareil',
  'step.profile-drift.summary.settingLanguage': 'Langue (Région)',
  'step.profile-drift.summary.valueHybridJoined': 'joint à Azure AD Hybride',
  'step.profile-drift.summary.valueAzureJoined': 'joint à Azure AD',
  'step.profile-drift.summary.valueOn': 'activé',
  'step.profile-drift.summary.valueOff': 'désactivé',
  'step.profile-drift.summary.valueStandard': 'standard',
  'step.profile-drift.summary.valueAdministrator': 'administrateur',
  'step.profile-drift.summary.valueShared': 'partagé (déploiement automatique)',
  'step.profile-drift.summary.valueSingleUser': 'utilisateur unique',
  'step.profile-drift.summary.valueHidden': 'masqué',
  'step.profile-drift.summary.valueShown': 'affiché',
  'step.profile-drift.summary.valueNone': '(aucun)',
  'step.update-install.summary.fixRestart':
    'Redémarrez maintenant : shutdown.exe /r /t 0, puis exécutez à nouveau « {step} ».',
  'step.update-install.summary.fixWrongPackage':
    'Vérifiez la version de Windows (winver) et l’architecture (x64/ARM64), puis téléchargez la mise à jour cumulative correspondante.',
  'step.update-install.summary.fixSuperseded':
    'Si une mise à jour cumulative ultérieure est déjà installée, celle-ci est remplacée : aucune action n’est nécessaire ; vérifiez « {step} ».',
  'step.update-install.summary.fixUpdateCatalog': 'Catalogue Microsoft Update : {url}',
  'step.update-install.summary.fixElevate':
    'Fermez l’application, cliquez dessus avec le bouton droit et choisissez « Exécuter en tant qu’administrateur » (pendant l’OOBE, Maj+F10 s’exécute déjà en tant qu’administrateur), puis exécutez à nouveau cette étape.',
  'step.update-install.summary.fixStandardUser':
    'Un utilisateur standard ne peut pas installer de mises à jour : demandez un compte administrateur ou laissez le service informatique déployer la mise à jour.',
  'step.update-install.summary.fixStartService':
    'Démarrez le service depuis une invite de commandes administrateur : sc.exe config wuauserv start= demand, puis net start wuauserv ; exécutez ensuite à nouveau cette étape.',
  'step.update-install.summary.fixServicePolicy':
    'Si une stratégie de groupe désactive le service sur les appareils gérés, demandez au service informatique de fournir la mise à jour par son propre déploiement.',
  'step.autopilot-profile.summary.fixRegister':
    'Inscrivez l’appareil dans Autopilot (hachage matériel) et attribuez à son groupe un profil de déploiement joint à Azure AD Hybride.',
  'step.autopilot-profile.summary.fixDownload':
    'Connectez l’appareil à Internet pendant l’OOBE pour qu’il télécharge le profil, puis vérifiez à nouveau.',
  'step.autopilot-profile.summary.fixProfilesDoc': 'Profils Autopilot : {url}',
  'engine.remediation.recordWithThisVersion':
    'Enregistrez à nouveau l’appareil avec cette version de l’application, ou exécutez la vérification en direct sur l’appareil.',
  'engine.remediation.fixRegistrationFirst':
    'Corrigez d’abord l’étape « L’appareil est inscrit dans Autopilot ».',
  'engine.probeNotRecorded':
    'Vérification impossible : cet enregistrement ne contient aucun résultat pour {probe}.',
  'engine.probeUnavailable':
    'Vérification impossible : la sonde {probe} n’a pas pu s’exécuter sur cet appareil.',
  'engine.probeRestricted':
    'Vérification impossible : une stratégie (AppLocker/WDAC ou la stratégie d’exécution) a empêché la sonde {probe} de s’exécuter.',
  'engine.commandPrintedNothing': '{command} n’a rien affiché',
  'engine.commandPrintedNothingExitZero': '{command} n’a rien affiché et s’est terminé avec le code 0',
  'engine.commandOutputNotUnderstood': 'Sortie de {command} non comprise : « {output} »',
  'engine.proxyDirectAndServer': '{command} indique à la fois un accès direct et un proxy : « {output} »',
  'engine.remediation.grantConsent':
    'Demandez à un administrateur d’accorder le consentement administrateur pour l’autorisation Microsoft Graph DeviceManagementServiceConfig.Read.All à l’inscription d’application.',
  'engine.remediation.intuneRole':
    'Le compte connecté a aussi besoin d’un rôle Intune capable de lire les appareils Windows Autopilot (par exemple Opérateur en lecture seule).',
  'engine.remediation.graphRetry':
    'Relancez les vérifications du locataire dans quelques minutes ; si l’échec persiste, conservez le request-id pour le support Microsoft.',
  'step.autopilot-registration.summary.fixSerialInFirmware':
    'Demandez au fabricant de définir le numéro de série dans le microprogramme (BIOS/UEFI), puis inscrivez l’appareil.',
  'step.autopilot-registration.summary.fixDeleteStale':
    'Dans Intune > Appareils > Windows > Inscription Windows > Appareils, recherchez le numéro de série et supprimez les inscriptions obsolètes.',
  'step.autopilot-registration.summary.fixKeepMatching':
    'Conservez celle dont le fabricant et le modèle correspondent à cet appareil, puis vérifiez à nouveau.',
  'step.autopilot-registration.summary.fixAddToGroup':
    'Ajoutez l’appareil (ou sa balise de groupe) au groupe Azure AD ciblé par le profil de déploiement joint à Azure AD hybride.',
  'step.autopilot-registration.summary.fixWaitAssigned':
    'Attendez que l’appareil affiche l’état de profil « Affecté » dans Intune, puis vérifiez à nouveau.',
  'step.autopilot-registration.summary.fixHybridAutopilot':
    'Autopilot hybride : https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.autopilot-registration.summary.fixAssignmentDelay':
    'L’affectation du profil peut prendre plusieurs minutes après l’importation d’un appareil ou un changement de son groupe ; vérifiez à nouveau plus tard.',
  'step.autopilot-registration.summary.fixSync':
    'Dans Intune > Appareils > Windows > Inscription Windows > Appareils, sélectionnez Synchroniser pour accélérer le processus.',
  'step.os-build.summary.fixReinstallSupported':
    'Réinstallez ou mettez à niveau l’appareil vers une version prise en charge de Windows 10/11 (2004 ou ultérieure) avant de l’inscrire.',
  'step.os-build.summary.fixMinimumBuild':
    'Minimum pour 1903/1909 : build 18362.535 / 18363.535 (https://support.microsoft.com/help/4530684).',
  'step.tenant-profile.summary.fixAssignHybridProfile':
    'Affectez un profil de déploiement joint à Azure AD hybride à un groupe qui contient cet appareil, avec « Ignorer la vérification de la connectivité AD » défini sur Oui.',
  'step.tenant-profile.summary.fixAssignHybridJoinType':
    'Affectez au groupe de cet appareil un profil de déploiement dont « Joindre à Azure AD en tant que » vaut « Joint à Azure AD hybride », avec « Ignorer la vérification de la connectivité AD » défini sur Oui.',
  'step.tenant-profile.summary.fixResetDevice':
    'Réinitialisez l’appareil (ou relancez l’OOBE) pour qu’il télécharge le nouveau profil.',
  'step.offnetwork-signin.summary.fixStartAsUser':
    'Démarrez l’application en tant que {user} sans « Exécuter en tant qu’administrateur », puis exécutez à nouveau cette étape.',
};
