/** Verdict summaries of the network steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const frSummariesNetwork: Catalog = {
  'step.vpn-connect.summary.connected': 'Connecté à « {connection} ».',
  'step.vpn-connect.summary.needsCredentials':
    'Ce profil demande des informations d’identification sur l’écran de connexion : testez-le là (« {connection} » s’authentifie avec un nom d’utilisateur et un mot de passe, que rasdial ne peut pas saisir ; erreur {code}).',
  'step.vpn-connect.summary.failed':
    'rasdial n’a pas pu connecter « {connection} » : erreur {code} ({name}) — {meaning}',
  'step.vpn-connect.summary.waitingProfile':
    'En attente d’une connexion VPN par ordinateur utilisable (voir « Une connexion VPN par ordinateur existe »).',
  'step.vpn-connect.summary.chooseConnection':
    'Plusieurs connexions VPN par ordinateur existent ({connections}) : choisissez celle à tester.',
  'step.vpn-connect.summary.alwaysOnNoName': 'La connexion Always On n’a pas de nom à rechercher.',
  'step.vpn-connect.summary.alwaysOnWaitingProfile':
    'En attente que la connexion Always On « {connection} » existe pour tous les utilisateurs (voir « Une connexion VPN par ordinateur existe »).',
  'step.vpn-connect.summary.alwaysOnConnectedAfter':
    '« {connection} » s’est connectée d’elle-même au bout de {seconds} s (Always On : rasdial n’est pas nécessaire).',
  'step.vpn-connect.summary.alwaysOnConnected':
    '« {connection} » est connectée d’elle-même (Always On : rasdial n’est pas nécessaire).',
  'step.vpn-connect.summary.alwaysOnNotConnected':
    '« {connection} » se connecte d’elle-même (Always On), mais n’était pas connectée au bout de {seconds} s.',
  'step.vpn-connect.summary.clientTunnelUp':
    'Le tunnel {client} est actif ({adapter} : {described, select, yes {{description}} other {carte VPN}}).',
  'step.vpn-connect.summary.clientTunnelDown':
    'Aucun tunnel {client} n’est actif : connectez-vous avec {client}, puis réexécutez cette étape.',
  'step.vpn-connect.summary.unnamedClientTunnelUp':
    'Le tunnel du client VPN est actif ({adapter} : {described, select, yes {{description}} other {carte VPN}}).',
  'step.vpn-connect.summary.unnamedClientTunnelDown':
    'Aucun tunnel du client VPN n’est actif : connectez-vous avec le client VPN, puis réexécutez cette étape.',
  'step.vpn-kind.summary.notRecorded':
    'Cet enregistrement n’indique pas le type de VPN utilisé par l’appareil : la liste de vérification suit la procédure telle qu’elle est écrite (une connexion intégrée établie avec rasdial).',
  'step.vpn-kind.summary.none':
    'Aucun VPN trouvé : aucune connexion VPN Windows pour tous les utilisateurs, aucun profil Always On et aucun client VPN connu (Cisco Secure Client/AnyConnect, GlobalProtect, FortiClient, Ivanti/Pulse Secure).',
  'step.vpn-kind.summary.autoDevice':
    'Cet appareil utilise un tunnel d’appareil Always On intégré, « {connection} », qui se connecte de lui-même avant toute ouverture de session : pas de rasdial, l’application vérifie qu’il est actif et qu’un contrôleur de domaine répond à travers lui.{othersCount, plural, =0 {} other { Également sur cet appareil : {others}.}}',
  'step.vpn-kind.summary.autoUser':
    'Cet appareil utilise un tunnel utilisateur Always On intégré, « {connection} », qui ne se connecte de lui-même qu’après l’ouverture de session d’un utilisateur.{othersCount, plural, =0 {} other { Également sur cet appareil : {others}.}}',
  'step.vpn-kind.summary.thirdParty':
    'Cet appareil utilise un client tiers, {client} : vous vous connectez avec le client, l’application vérifie son paramètre de pré-connexion et le contrôleur de domaine à travers son tunnel.{othersCount, plural, =0 {} other { Également sur cet appareil : {others}.}}',
  'step.vpn-kind.summary.manual':
    'Cet appareil utilise une connexion par ordinateur intégrée, « {connection} », établie manuellement avec rasdial, comme le décrit la procédure.{othersCount, plural, =0 {} other { Également sur cet appareil : {others}.}}',
  'step.vpn-profile.summary.thirdParty':
    'Non applicable : le VPN est un client tiers ({client}), et non une connexion VPN Windows.',
  'step.vpn-profile.summary.thirdPartyUnnamed':
    'Non applicable : le VPN est un client tiers (installé en tant qu’application Win32), et non une connexion VPN Windows.',
  'step.vpn-profile.summary.found':
    '{count, plural, one {Connexion VPN par ordinateur trouvée} other {Connexions VPN par ordinateur trouvées}} : {names}.',
  'step.vpn-profile.summary.pluginsOnly':
    'Uniquement des profils VPN de plug-in tiers ({plugins}) : ils s’installent après l’ouverture de session et ne peuvent donc pas se connecter depuis l’écran de connexion.',
  'step.vpn-profile.summary.noneUsable':
    'Aucune connexion VPN pour tous les utilisateurs utilisable sur cet appareil.',
  'step.vpn-profile.summary.none': 'Aucune connexion VPN pour tous les utilisateurs sur cet appareil.',
  'step.vpn-client-prelogon.summary.kindUnknown':
    'Le type de VPN n’a pas pu être lu : aucun paramètre de pré-connexion de client VPN n’a été vérifié.',
  'step.vpn-client-prelogon.summary.notRecorded':
    'Cet enregistrement ne contient pas le type de VPN : aucun paramètre de pré-connexion de client VPN n’a été vérifié.',
  'step.vpn-client-prelogon.summary.builtIn':
    'S’applique uniquement aux clients VPN tiers : cet appareil utilise une connexion VPN Windows intégrée.',
  'step.vpn-client-prelogon.summary.noClient':
    'S’applique uniquement aux clients VPN tiers : aucun n’a été trouvé.',
  'step.vpn-client-prelogon.summary.enabled':
    '{client} peut se connecter avant l’ouverture de session : {evidence}',
  'step.vpn-client-prelogon.summary.disabled':
    '{client} ne peut pas se connecter avant l’ouverture de session : {evidence} Un utilisateur sans informations d’identification mises en cache ne pourra pas ouvrir de session hors du réseau d’entreprise.',
  'step.vpn-client-prelogon.summary.unknown':
    'Impossible de déterminer si {client} peut se connecter avant l’ouverture de session : {evidence} Vérifiez-le sur l’écran de connexion (l’étape « Icône VPN sur l’écran de connexion »).',
  'step.vpn-certificate.summary.thirdParty':
    'Non applicable : {client} s’authentifie avec ses propres paramètres, et non avec ceux d’une connexion VPN Windows.',
  'step.vpn-certificate.summary.thirdPartyUnnamed':
    'Non applicable : le client tiers s’authentifie avec ses propres paramètres, et non avec ceux d’une connexion VPN Windows.',
  'step.vpn-certificate.summary.waiting':
    'En attente d’une connexion VPN par ordinateur utilisable (voir « Une connexion VPN par ordinateur existe »).',
  'step.vpn-certificate.summary.notFound':
    'Aucune connexion VPN pour tous les utilisateurs nommée « {name} » sur cet appareil.',
  'step.vpn-certificate.summary.noCertificateAuth': '{connections} ne s’authentifie pas avec un certificat.',
  'step.vpn-certificate.summary.pass':
    'Le certificat d’ordinateur « {subject} » peut authentifier {connections}.',
  'step.vpn-certificate.summary.emptyStoreNotRead':
    'Aucun certificat d’ordinateur utilisable avec Authentification du client : le magasin de l’ordinateur ne contient aucun certificat. (Le magasin de certificats de l’utilisateur n’a pas été lu : l’application s’exécute en tant que {account, select, system {SYSTEM} other {{user}, le compte d’installation de l’OOBE (Maj+F10)}}.)',
  'step.vpn-certificate.summary.problemsNotRead':
    'Aucun certificat d’ordinateur utilisable avec Authentification du client : {problems}. (Le magasin de certificats de l’utilisateur n’a pas été lu : l’application s’exécute en tant que {account, select, system {SYSTEM} other {{user}, le compte d’installation de l’OOBE (Maj+F10)}}.)',
  'step.vpn-certificate.summary.userOnly':
    'Seul un certificat utilisateur (« {subject} ») est présent : les certificats utilisateur ne sont pas pris en charge, le VPN a besoin d’un certificat d’ordinateur.',
  'step.vpn-certificate.summary.emptyStore':
    'Aucun certificat d’ordinateur utilisable avec Authentification du client : le magasin de l’ordinateur ne contient aucun certificat.',
  'step.vpn-certificate.summary.problems':
    'Aucun certificat d’ordinateur utilisable avec Authentification du client : {problems}.',
  'step.dc-over-vpn.summary.waiting':
    'En attente de la connexion du VPN (voir « Connecter le VPN avec rasdial »).',
  'step.dc-over-vpn.summary.noDomain':
    'Aucun domaine n’est connu : saisissez le nom du domaine Active Directory.',
  'step.dc-over-vpn.summary.portsClosed':
    'Contrôleur de domaine {dc} trouvé pour {domain}{hasAddress, select, yes { à l’adresse {address}} other {}}, mais depuis cet appareil {ports} : l’ouverture de session nécessite à la fois LDAP (389) et Kerberos (88).',
  'step.dc-over-vpn.summary.overLan':
    'Contrôleur de domaine {dc} trouvé pour {domain}{hasAddress, select, yes { à l’adresse {address}} other {}}, mais Windows l’atteint via {route}, et non via le VPN : ce contrôleur de domaine répond sur le réseau local, ce qui ne prouve rien sur l’ouverture de session via le VPN.',
  'step.dc-over-vpn.summary.noRoute':
    'Contrôleur de domaine {dc} trouvé pour {domain}{hasAddress, select, yes { à l’adresse {address}} other {}}, mais Windows n’a aucune route vers {address} : la réponse n’est pas passée par le VPN.',
  'step.dc-over-vpn.summary.pass':
    'Contrôleur de domaine {dc} trouvé pour {domain}{hasAddress, select, yes { à l’adresse {address}} other {}}{routed, select, yes { via le VPN ({route})} other {}}{portsAnswer, select, yes { ; LDAP (389) et Kerberos (88) répondent} other {}}.',
  'step.dc-over-vpn.summary.notFound':
    'Aucun contrôleur de domaine trouvé pour {domain} via le VPN ({reason, select, name {{error}} code {erreur {error}} other {aucune réponse}}).',
  'step.scp.summary.notRecorded':
    'Cet enregistrement ne contient aucune lecture du point de connexion de service.',
  'step.scp.summary.waiting':
    'En attente du VPN et d’un contrôleur de domaine pour lire le point de connexion de service (voir « Un contrôleur de domaine répond via le VPN »).',
  'step.scp.summary.noClientSide':
    'Aucun SCP côté client sur cet appareil ; le SCP dans Active Directory ne peut être lu qu’avec le VPN connecté et un contrôleur de domaine trouvé.',
  'step.scp.summary.none':
    'Aucun point de connexion de service ne désigne de locataire : aucun dans {domain}{noKeywords, select, yes { (l’objet SCP n’a pas de mots clés azureADId/azureADName)} other {}} et aucun sur l’appareil.',
  'step.scp.summary.disagree':
    'Le SCP côté client désigne {clientTenant}, mais le SCP dans {domain} désigne {domainTenant} ; l’appareil utilise celui côté client.',
  'step.scp.summary.wrongTenant':
    '{where, select, client {Le SCP côté client} other {Le SCP dans {domain}}} désigne {tenant}, et non {from, select, signedIn {le locataire connecté} other {le locataire Autopilot}} {reference} : la jonction hybride inscrirait l’appareil dans le mauvais locataire.',
  'step.scp.summary.pass':
    '{where, select, client {Le SCP côté client} other {Le SCP dans {domain}}} désigne {tenant}{from, select, signedIn {, qui est le locataire connecté} autopilot {, qui est le locataire Autopilot} other { (connectez-vous pour le comparer à votre locataire)}}.',
  'step.vpn-disconnect.summary.alwaysOn':
    'Non applicable : « {connection} » se connecte d’elle-même et doit rester active ; rasdial ne la gère pas.',
  'step.vpn-disconnect.summary.alwaysOnUnnamed':
    'Non applicable : la connexion Always On se connecte d’elle-même et doit rester active ; rasdial ne la gère pas.',
  'step.vpn-disconnect.summary.thirdParty':
    'Non applicable : rasdial ne gère pas {client}. Déconnectez-vous avec le client avant de fermer la session, pour que le test sur l’écran de connexion parte d’un état propre.',
  'step.vpn-disconnect.summary.thirdPartyUnnamed':
    'Non applicable : rasdial ne gère pas un client tiers. Déconnectez-vous avec le client avant de fermer la session, pour que le test sur l’écran de connexion parte d’un état propre.',
  'step.vpn-disconnect.summary.notConnected': 'Le VPN n’a pas été connecté par cette liste de vérification.',
  'step.vpn-disconnect.summary.disconnected': '« {connection} » déconnectée.',
  'step.vpn-disconnect.summary.failed':
    'rasdial n’a pas pu déconnecter « {connection} » : erreur {code} ({hex}).',
  'step.proxy.summary.direct': 'WinHTTP utilise l’accès direct (pas de proxy statique).',
  'step.proxy.summary.static': 'Un proxy WinHTTP statique est défini ({server}) ; la procédure attend WPAD.',
  'step.network-endpoints.summary.pass':
    '{count, plural, one {Le point de terminaison requis est accessible} other {Les # points de terminaison requis sont tous accessibles}}. Rappel : UDP 123 vers time.windows.com ne peut pas être testé ici.',
  'step.network-endpoints.summary.fail':
    '{unreachable, plural, one {# point de terminaison requis sur {count, plural, other {#}} est inaccessible} other {# points de terminaison requis sur {count, plural, other {#}} sont inaccessibles}} : {endpoints}.',
  'step.tls-inspection.summary.noHttps':
    'La liste des points de terminaison ne contient aucun point de terminaison HTTPS (TCP 443) à lire.',
  'step.tls-inspection.summary.notRecorded':
    'Cet enregistrement ne contient aucune chaîne de certificats TLS (effectué avant l’existence de la sonde tls.chain).',
  'step.tls-inspection.summary.noneAnswered':
    'Aucun point de terminaison HTTPS n’a répondu, aucun certificat n’a donc pu être lu ; l’étape network-endpoints indique ce qui est bloqué.',
  'step.tls-inspection.summary.pass':
    '{count, plural, one {Le point de terminaison HTTPS qui a répondu reçoit} other {Les # points de terminaison HTTPS qui ont répondu reçoivent tous}} la chaîne de certificats publique de Microsoft ({via, select, proxy {via {proxy}} other {en direct}}).',
  'step.tls-inspection.summary.oneIssuer':
    '{inspected, plural, one {# point de terminaison HTTPS sur {count, plural, other {#}} reçoit} other {# points de terminaison HTTPS sur {count, plural, other {#}} reçoivent}} un certificat {intercepted, select, yes {émis par un proxy qui inspecte TLS} other {qui ne provient pas de la chaîne publique de Microsoft}} : {issuer} pour {endpoints}.',
  'step.tls-inspection.summary.severalIssuers':
    '{inspected, plural, one {# point de terminaison HTTPS sur {count, plural, other {#}} reçoit} other {# points de terminaison HTTPS sur {count, plural, other {#}} reçoivent}} un certificat {intercepted, select, yes {émis par un proxy qui inspecte TLS} other {qui ne provient pas de la chaîne publique de Microsoft}} : {named}.',
  'step.machine-network.summary.notRecorded':
    'Cet enregistrement ne contient aucune vue de l’ordinateur (effectué avant l’existence de la sonde net.machine).',
  'step.machine-network.summary.notElevated':
    'La vue de l’ordinateur (SYSTEM) n’a pas été vérifiée : l’application ne s’exécute pas en tant qu’administrateur. En tant que {userNamed, select, yes {{user}} other {l’utilisateur connecté}} : {userProxyKind, select, pac {le script de proxy {userProxy}} static {le proxy {userProxy}} other {aucun proxy (accès direct)}}.',
  'step.machine-network.summary.taskFailed': 'La vue SYSTEM n’a pas pu être lue : {error}',
  'step.machine-network.summary.taskFailedNoReason': 'La vue SYSTEM n’a pas pu être lue.',
  'step.machine-network.summary.onlyUser':
    '{count, plural, one {# point de terminaison répond} other {# points de terminaison répondent}} à l’utilisateur connecté mais pas à SYSTEM, le compte sous lequel s’exécute l’installation de Windows : {endpoints}. En tant que {userNamed, select, yes {{user}} other {l’utilisateur connecté}} : {userProxyKind, select, pac {le script de proxy {userProxy}} static {le proxy {userProxy}} other {aucun proxy (accès direct)}} ; en tant que SYSTEM (WinHTTP) : {systemProxyKind, select, pac {le script de proxy {systemProxy}} static {le proxy {systemProxy}} other {aucun proxy (accès direct)}}.',
  'step.machine-network.summary.proxyDiffers':
    'Le proxy diffère entre les deux vues, bien que chaque point de terminaison ait répondu aux deux. En tant que {userNamed, select, yes {{user}} other {l’utilisateur connecté}} : {userProxyKind, select, pac {le script de proxy {userProxy}} static {le proxy {userProxy}} other {aucun proxy (accès direct)}} ; en tant que SYSTEM (WinHTTP) : {systemProxyKind, select, pac {le script de proxy {systemProxy}} static {le proxy {systemProxy}} other {aucun proxy (accès direct)}}.',
  'step.machine-network.summary.same':
    'L’utilisateur connecté et SYSTEM voient le même réseau : chaque point de terminaison qui répond à l’un répond à l’autre. En tant que {userNamed, select, yes {{user}} other {l’utilisateur connecté}} : {userProxyKind, select, pac {le script de proxy {userProxy}} static {le proxy {userProxy}} other {aucun proxy (accès direct)}} ; en tant que SYSTEM (WinHTTP) : {systemProxyKind, select, pac {le script de proxy {systemProxy}} static {le proxy {systemProxy}} other {aucun proxy (accès direct)}}.',
  'step.vpn-certificate.summary.certificateProblems': '« {subject} » : {problems}',
  'step.vpn-certificate.summary.problemNoClientAuth': 'pas d’utilisation Authentification du client',
  'step.vpn-certificate.summary.problemNoPrivateKey': 'pas de clé privée',
  'step.vpn-certificate.summary.problemDatesUnreadable': 'dates de validité illisibles',
  'step.vpn-certificate.summary.problemNotYetValid': 'non valide avant le {date}',
  'step.vpn-certificate.summary.problemExpired': 'expiré le {date}',
  'step.dc-over-vpn.summary.unnamedDc': '(sans nom)',
  'step.dc-over-vpn.summary.portState': '{port} {state}',
  'step.dc-over-vpn.summary.portAnswers': 'répond',
  'step.dc-over-vpn.summary.portRefused': 'a refusé la connexion',
  'step.dc-over-vpn.summary.portTimedOut': 'n’a pas répondu (délai dépassé)',
  'step.dc-over-vpn.summary.portSocketError': 'erreur de socket {error}',
  'step.dc-over-vpn.summary.portUnreachable': 'n’a pas pu être joint',
  'step.dc-over-vpn.summary.routeFacts': '{name} ({facts})',
  'step.dc-over-vpn.summary.routeIfType': 'ifType {type}',
  'step.dc-over-vpn.summary.routeNextHop': 'tronçon suivant {hop}',
  'step.dc-over-vpn.summary.routeInterfaceIndex': 'interface {index}',
  'step.dc-over-vpn.summary.fixAllowPorts':
    'Autorisez TCP {ports} depuis le pool d’adresses clientes du VPN vers {address} (serveur VPN, pare-feu et pare-feu propre au contrôleur de domaine).',
  'step.dc-over-vpn.summary.theDomainControllers': 'les contrôleurs de domaine',
  'step.dc-over-vpn.summary.fixCheckRoutes':
    'Vérifiez que les itinéraires du VPN (tunneling fractionné) incluent les sous-réseaux des contrôleurs de domaine.',
  'step.dc-over-vpn.summary.fixTestByHand':
    'Testez-le manuellement pendant la connexion : Test-NetConnection {address} -Port 389, puis -Port 88.',
  'step.network-endpoints.summary.fixOpen': 'Ouvrez {endpoint} ({why}).',
  'step.network-endpoints.summary.fixOpenSaid': 'Ouvrez {endpoint} ({why}) — l’appareil a répondu : {error}.',
  'step.network-endpoints.summary.timeSync':
    'Vérifiez aussi que UDP 123 vers time.windows.com est ouvert : Windows a besoin de l’heure exacte pour la connexion Azure AD et les certificats, et un test TCP ne peut pas prouver UDP.',
  'step.machine-network.summary.fixRecordAsAdmin':
    'Enregistrez à nouveau l’appareil en tant qu’administrateur (hvv record --out <file>), ou exécutez cette étape en direct sur l’appareil.',
  'step.tls-inspection.summary.fixRecordAgain':
    'Enregistrez à nouveau l’appareil (hvv record --out <file>), ou exécutez cette étape en direct sur l’appareil.',
  'step.vpn-connect.summary.fixPickConnection':
    'Choisissez la connexion VPN que l’appareil utilise sur l’écran de connexion, puis exécutez à nouveau cette étape.',
  'step.vpn-connect.summary.fixOpenClient':
    'Ouvrez {client} (son icône dans la zone de notification), connectez-vous à la passerelle de l’entreprise et attendez qu’il indique être connecté.',
  'step.vpn-connect.summary.fixThenRunAgain':
    'Exécutez ensuite à nouveau cette étape : l’application recherche la carte virtuelle du client et vérifie le contrôleur de domaine à travers elle.',
  'step.scp.summary.fixCorrectClientSide':
    'Corrigez le SCP côté client sur cet appareil : HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD, TenantId = {tenantId} (supprimez la clé si le SCP dans Active Directory est correct). Validation contrôlée : {url}',
  'step.scp.summary.fixCheckSignedInTenant':
    'Vérifiez que le technicien s’est connecté au locataire dans lequel l’appareil est inscrit, puis vérifiez à nouveau.',
  'step.network-endpoints.summary.whyDeploymentService': 'service de déploiement Autopilot',
  'step.network-endpoints.summary.whyAzureSignIn': 'connexion Azure AD',
  'step.network-endpoints.summary.whyDeviceAuthentication': 'authentification des appareils Azure AD',
  'step.network-endpoints.summary.whyDeviceRegistration':
    'inscription des appareils pour la jointure hybride',
  'step.network-endpoints.summary.whyIntuneEnrollment': 'inscription Intune',
  'step.network-endpoints.summary.whyConnectionIndicator': 'indicateur d’état de la connexion réseau',
  'step.network-endpoints.summary.whyLabConfiguration': 'exigé par la configuration du labo',
  'step.tls-inspection.summary.issuerOfProduct': '{product} (« {issuer} »)',
  'step.tls-inspection.summary.issuerNamed': '« {issuer} »',
  'step.tls-inspection.summary.issuerFor': '{issuer} pour {endpoints}',
  'step.tls-inspection.summary.productAntivirus': 'un analyseur HTTPS d’antivirus',
  'step.tls-inspection.summary.issuerUnnamed': 'un émetteur sans nom',
  'step.tls-inspection.summary.issuerNone': 'aucun certificat',
  'step.tls-inspection.summary.fixAskTeam':
    'Demandez à l’équipe qui gère {issuer} d’exempter {hosts} de l’inspection TLS.',
  'step.machine-network.summary.fixOnlyUserProxy':
    'Seul {userNamed, select, yes {{user}} other {l’utilisateur connecté}} a {userProxyKind, select, pac {le script de proxy {userProxy}} static {le proxy {userProxy}} other {aucun proxy (accès direct)}} ; SYSTEM utilise le paramètre WinHTTP ({systemProxyKind, select, pac {le script de proxy {systemProxy}} static {le proxy {systemProxy}} other {aucun proxy (accès direct)}}).',
  'step.machine-network.summary.fixTaskScheduler':
    'Vérifiez que le service Planificateur de tâches s’exécute et que les tâches planifiées ne sont pas bloquées par une stratégie, puis relancez cette étape en tant qu’administrateur.',
  'step.vpn-kind.summary.otherAlwaysOn':
    '« {name} » (tunnel {tunnel, select, device {d’appareil} other {utilisateur}} Always On)',
  'step.vpn-kind.summary.evidenceSblEnabled':
    '<UseStartBeforeLogon>true dans {source}, et le module Start Before Login est installé.',
  'step.vpn-kind.summary.evidenceSblNoModule':
    '<UseStartBeforeLogon>true dans {source}, mais le module Start Before Login n’est pas installé.',
  'step.vpn-kind.summary.evidenceSblOff': '<UseStartBeforeLogon> vaut false dans {sources}.',
  'step.vpn-kind.summary.evidenceSblNoProfile':
    'Aucun fichier XML de profil VPN sur l’appareil pour l’instant (le client le télécharge à sa première connexion).',
  'step.vpn-kind.summary.evidenceGpNoValue':
    'Aucune valeur Prelogon sous PanSetup : GlobalProtect n’a pas été installé avec PRELOGON=1.',
  'step.vpn-kind.summary.evidenceGpValue': 'Prelogon = {value} dans {source}.',
  'step.vpn-kind.summary.evidenceFortiNone':
    'Aucun paramètre show_vpn_before_logon trouvé sur l’appareil (il peut provenir de FortiClient EMS).',
  'step.vpn-kind.summary.evidenceFortiValue': 'show_vpn_before_logon = {value} dans {source}.',
  'step.vpn-kind.summary.evidencePulseMachine':
    'Une connexion avec connection-identity « machine » dans {source}.',
  'step.vpn-kind.summary.evidencePulseUserOnly':
    'Uniquement des connexions utilisateur dans {source} : elles ne se connectent avant l’ouverture de session qu’avec le fournisseur d’informations d’identification, que l’application ne peut pas lire.',
  'step.vpn-kind.summary.evidencePulseNone': 'Aucun magasin de connexions sur l’appareil pour l’instant.',
  'step.vpn-kind.summary.evidenceEmptyValue': '(vide)',
  'step.vpn-client-prelogon.summary.fixAnyConnectSblModule':
    'Installez le module Start Before Login (le MSI « Cisco Secure Client - Start Before Login » / « AnyConnect Start Before Login Module ») avec le client VPN, depuis la même application Win32 Intune.',
  'step.vpn-client-prelogon.summary.fixAnyConnectSblProfile':
    'Dans le profil VPN (Profile Editor > Preferences (Part 1)), cochez « Use Start Before Logon » ; le XML du profil contient alors <UseStartBeforeLogon>true</UseStartBeforeLogon>. Déployez le profil dans %ProgramData%\\Cisco\\Cisco Secure Client\\VPN\\Profile (AnyConnect 4 : %ProgramData%\\Cisco\\Cisco AnyConnect Secure Mobility Client\\Profile).',
  'step.vpn-client-prelogon.summary.fixGlobalProtectInstall':
    'Installez GlobalProtect avec la pré-connexion : msiexec /i GlobalProtect64.msi PORTAL="<portal>" PRELOGON=1 (cela écrit Prelogon = 1 sous HKLM\\SOFTWARE\\Palo Alto Networks\\GlobalProtect\\PanSetup).',
  'step.vpn-client-prelogon.summary.fixGlobalProtectPortal':
    'Sur le portail, utilisez la méthode de connexion « Pre-logon (Always On) » ou « Pre-logon then On-demand » avec un certificat d’ordinateur pour le tunnel de pré-connexion.',
  'step.vpn-client-prelogon.summary.fixFortiClientSettings':
    'Dans la configuration de FortiClient (profil EMS > VPN, ou le XML <vpn><options>), définissez <show_vpn_before_logon>1</show_vpn_before_logon> et <use_windows_credentials>1</use_windows_credentials>.',
  'step.vpn-client-prelogon.summary.fixFortiClientMachineTunnel':
    'Pour un tunnel qui se connecte avant l’ouverture de session sans intervention, définissez aussi <on_os_start_connect> sur ce tunnel et marquez-le <machine>1</machine> (connexion automatique par ordinateur).',
  'step.vpn-client-prelogon.summary.fixPulseConnectionSet':
    'Dans le jeu de connexions d’Ivanti Connect Secure (Users > Ivanti Secure Access Client > Connections), configurez la connexion avec « Connect automatically » et l’authentification de l’ordinateur (« Machine credentials » / pré-bureau L2/L3), ou « User authentication with credential provider » pour une vignette d’ouverture de session.',
  'step.vpn-client-prelogon.summary.fixPulseRedeploy':
    'Redéployez le jeu de connexions : l’appareil le conserve dans %ProgramData%\\Pulse Secure\\ConnectionStore\\connstore.dat (connection-identity : « machine »).',
  'step.dc-over-vpn.summary.fixTypeDomain':
    'Saisissez le domaine (par exemple corp.contoso.com) dans l’écran de démarrage, puis exécutez à nouveau cette étape.',
  'step.vpn-certificate.summary.fixConnectionName':
    'Corrigez le nom de la connexion VPN, ou laissez-le vide pour utiliser la seule connexion par ordinateur.',
  'step.vpn-connect.summary.fixSignInWithCredentials':
    'Déconnectez-vous, choisissez l’icône de connexion réseau sur l’écran d’ouverture de session, connectez ce VPN avec un nom d’utilisateur et un mot de passe, et vérifiez que l’ouverture de session fonctionne (l’étape « Ouverture de session hors du réseau d’entreprise »).',
  'step.vpn-connect.summary.fixDeviceTunnelForNoPerson':
    'Pour une connexion qui fonctionne sans intervention (Autopilot avant toute ouverture de session), utilisez un tunnel d’appareil avec le certificat d’ordinateur.',
  'step.vpn-connect.summary.fixOffCorporateNetwork':
    'Vérifiez que l’appareil est hors du réseau d’entreprise (Always On ne se connecte pas sur un réseau approuvé) et qu’il a accès à Internet.',
  'step.vpn-connect.summary.fixDeviceTunnelNeeds':
    'Un tunnel d’appareil a besoin d’un certificat d’ordinateur avec Authentification du client et d’un serveur VPN IKEv2 joignable sur UDP 500 et 4500 : recherchez les événements RasClient 20227 (échec, avec son code d’erreur) dans Observateur d’événements > Application.',
  'step.scp.summary.fixDecideTenant':
    'Déterminez quel locataire est le bon. Un SCP côté client est destiné à un déploiement ciblé : supprimez HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD (ou sa préférence de stratégie de groupe / son paramètre Intune) une fois le SCP configuré dans Active Directory.',
  'step.scp.summary.fixCorrectInDirectory':
    'Corrigez le SCP dans Active Directory : Microsoft Entra Connect > Configurer les options de l’appareil > Configurer la jonction Azure AD hybride, avec le locataire dans lequel les appareils sont inscrits.',
};
