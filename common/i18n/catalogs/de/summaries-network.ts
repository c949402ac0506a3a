/** Verdict summaries of the network steps (keys `step.<id>.summary.*`; see ../../catalogs.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const deSummariesNetwork: Catalog = {
  'step.vpn-connect.summary.connected': 'Verbunden mit „{connection}“.',
  'step.vpn-connect.summary.needsCredentials':
    'Dieses Profil benötigt Anmeldeinformationen am Anmeldebildschirm: Testen Sie es dort („{connection}“ meldet sich mit Benutzername und Kennwort an, die rasdial nicht eingeben kann; Fehler {code}).',
  'step.vpn-connect.summary.failed':
    'rasdial konnte „{connection}“ nicht verbinden: Fehler {code} ({name}) – {meaning}',
  'step.vpn-connect.summary.waitingProfile':
    'Warten auf eine verwendbare VPN-Verbindung pro Computer (siehe „Eine VPN-Verbindung pro Computer ist vorhanden“).',
  'step.vpn-connect.summary.chooseConnection':
    'Es sind mehrere VPN-Verbindungen pro Computer vorhanden ({connections}): Wählen Sie die zu testende aus.',
  'step.vpn-connect.summary.alwaysOnNoName':
    'Die Always On-Verbindung hat keinen Namen, nach dem gesucht werden kann.',
  'step.vpn-connect.summary.alwaysOnWaitingProfile':
    'Warten darauf, dass die Always On-Verbindung „{connection}“ für alle Benutzer vorhanden ist (siehe „Eine VPN-Verbindung pro Computer ist vorhanden“).',
  'step.vpn-connect.summary.alwaysOnConnectedAfter':
    '„{connection}“ hat sich nach {seconds} s selbst verbunden (Always On: kein rasdial erforderlich).',
  'step.vpn-connect.summary.alwaysOnConnected':
    '„{connection}“ ist selbst verbunden (Always On: kein rasdial erforderlich).',
  'step.vpn-connect.summary.alwaysOnNotConnected':
    '„{connection}“ verbindet sich selbst (Always On), war aber nach {seconds} s nicht verbunden.',
  'step.vpn-connect.summary.clientTunnelUp':
    'Der {client}-Tunnel ist aktiv ({adapter}: {described, select, yes {{description}} other {VPN-Adapter}}).',
  'step.vpn-connect.summary.clientTunnelDown':
    'Kein {client}-Tunnel ist aktiv: Stellen Sie die Verbindung mit {client} her, und führen Sie diesen Schritt dann erneut aus.',
  'step.vpn-connect.summary.unnamedClientTunnelUp':
    'Der Tunnel des VPN-Clients ist aktiv ({adapter}: {described, select, yes {{description}} other {VPN-Adapter}}).',
  'step.vpn-connect.summary.unnamedClientTunnelDown':
    'Kein Tunnel des VPN-Clients ist aktiv: Stellen Sie die Verbindung mit dem VPN-Client her, und führen Sie diesen Schritt dann erneut aus.',
  'step.vpn-kind.summary.notRecorded':
    'Diese Aufzeichnung gibt nicht an, welche Art von VPN das Gerät verwendet: Die Checkliste folgt der Prozedur wie beschrieben (eine integrierte Verbindung, die mit rasdial gewählt wird).',
  'step.vpn-kind.summary.none':
    'Kein VPN gefunden: keine Windows-VPN-Verbindung für alle Benutzer, kein Always On-Profil und kein bekannter VPN-Client (Cisco Secure Client/AnyConnect, GlobalProtect, FortiClient, Ivanti/Pulse Secure).',
  'step.vpn-kind.summary.autoDevice':
    'Dieses Gerät verwendet einen integrierten Always On-Gerätetunnel, „{connection}“, der sich selbst verbindet, bevor sich jemand anmeldet: kein rasdial; die App prüft, dass er aktiv ist und ein Domänencontroller darüber antwortet.{othersCount, plural, =0 {} other { Ebenfalls auf diesem Gerät: {others}.}}',
  'step.vpn-kind.summary.autoUser':
    'Dieses Gerät verwendet einen integrierten Always On-Benutzertunnel, „{connection}“, der sich erst nach der Anmeldung eines Benutzers selbst verbindet.{othersCount, plural, =0 {} other { Ebenfalls auf diesem Gerät: {others}.}}',
  'step.vpn-kind.summary.thirdParty':
    'Dieses Gerät verwendet einen Drittanbieterclient, {client}: Sie stellen die Verbindung mit dem Client her; die App prüft seine Einstellung für die Verbindung vor der Anmeldung und den Domänencontroller über seinen Tunnel.{othersCount, plural, =0 {} other { Ebenfalls auf diesem Gerät: {others}.}}',
  'step.vpn-kind.summary.manual':
    'Dieses Gerät verwendet eine integrierte Verbindung pro Computer, „{connection}“, die wie in der Prozedur beschrieben manuell mit rasdial gewählt wird.{othersCount, plural, =0 {} other { Ebenfalls auf diesem Gerät: {others}.}}',
  'step.vpn-profile.summary.thirdParty':
    'Nicht zutreffend: Das VPN ist ein Drittanbieterclient ({client}), keine Windows-VPN-Verbindung.',
  'step.vpn-profile.summary.thirdPartyUnnamed':
    'Nicht zutreffend: Das VPN ist ein Drittanbieterclient (als Win32-App installiert), keine Windows-VPN-Verbindung.',
  'step.vpn-profile.summary.found':
    '{count, plural, one {VPN-Verbindung pro Computer gefunden} other {VPN-Verbindungen pro Computer gefunden}}: {names}.',
  'step.vpn-profile.summary.pluginsOnly':
    'Nur VPN-Profile von Drittanbieter-Plug-Ins ({plugins}): Sie werden erst nach der Anmeldung installiert und können daher keine Verbindung vom Anmeldebildschirm aus herstellen.',
  'step.vpn-profile.summary.noneUsable':
    'Keine verwendbare VPN-Verbindung für alle Benutzer auf diesem Gerät.',
  'step.vpn-profile.summary.none': 'Keine VPN-Verbindung für alle Benutzer auf diesem Gerät.',
  'step.vpn-client-prelogon.summary.kindUnknown':
    'Die Art des VPN konnte nicht gelesen werden, daher wurde keine Einstellung eines VPN-Clients für die Verbindung vor der Anmeldung geprüft.',
  'step.vpn-client-prelogon.summary.notRecorded':
    'Diese Aufzeichnung enthält keine VPN-Art, daher wurde keine Einstellung eines VPN-Clients für die Verbindung vor der Anmeldung geprüft.',
  'step.vpn-client-prelogon.summary.builtIn':
    'Gilt nur für VPN-Clients von Drittanbietern: Dieses Gerät verwendet eine integrierte Windows-VPN-Verbindung.',
  'step.vpn-client-prelogon.summary.noClient':
    'Gilt nur für VPN-Clients von Drittanbietern: Es wurde keiner gefunden.',
  'step.vpn-client-prelogon.summary.enabled': '{client} kann sich vor der Anmeldung verbinden: {evidence}',
  'step.vpn-client-prelogon.summary.disabled':
    '{client} kann sich nicht vor der Anmeldung verbinden: {evidence} Ein Benutzer ohne zwischengespeicherte Anmeldeinformationen kann sich außerhalb des Unternehmensnetzwerks nicht anmelden.',
  'step.vpn-client-prelogon.summary.unknown':
    'Ob sich {client} vor der Anmeldung verbinden kann, konnte nicht gelesen werden: {evidence} Prüfen Sie es auf dem Anmeldebildschirm (Schritt „VPN-Symbol auf dem Anmeldebildschirm“).',
  'step.vpn-certificate.summary.thirdParty':
    'Nicht zutreffend: {client} authentifiziert sich mit seinen eigenen Einstellungen, nicht mit denen einer Windows-VPN-Verbindung.',
  'step.vpn-certificate.summary.thirdPartyUnnamed':
    'Nicht zutreffend: Der Drittanbieterclient authentifiziert sich mit seinen eigenen Einstellungen, nicht mit denen einer Windows-VPN-Verbindung.',
  'step.vpn-certificate.summary.waiting':
    'Warten auf eine verwendbare VPN-Verbindung pro Computer (siehe „Eine VPN-Verbindung pro Computer ist vorhanden“).',
  'step.vpn-certificate.summary.notFound':
    'Keine VPN-Verbindung für alle Benutzer mit dem Namen „{name}“ auf diesem Gerät.',
  'step.vpn-certificate.summary.noCertificateAuth':
    '{connections} authentifiziert sich nicht mit einem Zertifikat.',
  'step.vpn-certificate.summary.pass':
    'Das Computerzertifikat „{subject}“ kann {connections} authentifizieren.',
  'step.vpn-certificate.summary.emptyStoreNotRead':
    'Kein verwendbares Computerzertifikat mit Clientauthentifizierung: Im Zertifikatspeicher des Computers ist kein Zertifikat vorhanden. (Der Zertifikatspeicher des Benutzers wurde nicht gelesen: Die App wird als {account, select, system {SYSTEM} other {{user}, das Setupkonto der OOBE (UMSCHALT+F10)}} ausgeführt.)',
  'step.vpn-certificate.summary.problemsNotRead':
    'Kein verwendbares Computerzertifikat mit Clientauthentifizierung: {problems}. (Der Zertifikatspeicher des Benutzers wurde nicht gelesen: Die App wird als {account, select, system {SYSTEM} other {{user}, das Setupkonto der OOBE (UMSCHALT+F10)}} ausgeführt.)',
  'step.vpn-certificate.summary.userOnly':
    'Nur ein Benutzerzertifikat („{subject}“) ist vorhanden: Benutzerzertifikate werden nicht unterstützt, das VPN benötigt ein Computerzertifikat.',
  'step.vpn-certificate.summary.emptyStore':
    'Kein verwendbares Computerzertifikat mit Clientauthentifizierung: Im Zertifikatspeicher des Computers ist kein Zertifikat vorhanden.',
  'step.vpn-certificate.summary.problems':
    'Kein verwendbares Computerzertifikat mit Clientauthentifizierung: {problems}.',
  'step.dc-over-vpn.summary.waiting': 'Warten auf die VPN-Verbindung (siehe „VPN mit rasdial verbinden“).',
  'step.dc-over-vpn.summary.noDomain':
    'Keine Domäne bekannt: Geben Sie den Namen der Active Directory-Domäne ein.',
  'step.dc-over-vpn.summary.portsClosed':
    'Domänencontroller {dc} für {domain} gefunden{hasAddress, select, yes { unter {address}} other {}}, aber von diesem Gerät aus: {ports}. Für die Anmeldung sind sowohl LDAP (389) als auch Kerberos (88) erforderlich.',
  'step.dc-over-vpn.summary.overLan':
    'Domänencontroller {dc} für {domain} gefunden{hasAddress, select, yes { unter {address}} other {}}, aber Windows leitet den Datenverkehr dorthin über {route} statt über das VPN: Dieser Domänencontroller antwortet über das lokale Netzwerk, was nichts über die Anmeldung über das VPN beweist.',
  'step.dc-over-vpn.summary.noRoute':
    'Domänencontroller {dc} für {domain} gefunden{hasAddress, select, yes { unter {address}} other {}}, aber Windows hat keine Route zu {address}: Die Antwort kam nicht über das VPN.',
  'step.dc-over-vpn.summary.pass':
    'Domänencontroller {dc} für {domain} gefunden{hasAddress, select, yes { unter {address}} other {}}{routed, select, yes { über das VPN ({route})} other {}}{portsAnswer, select, yes {; LDAP (389) und Kerberos (88) antworten} other {}}.',
  'step.dc-over-vpn.summary.notFound':
    'Kein Domänencontroller für {domain} über das VPN gefunden ({reason, select, name {{error}} code {Fehler {error}} other {keine Antwort}}).',
  'step.scp.summary.notRecorded':
    'Diese Aufzeichnung enthält keine Lesevorgänge des Dienstverbindungspunkts.',
  'step.scp.summary.waiting':
    'Warten auf das VPN und einen Domänencontroller, um den Dienstverbindungspunkt zu lesen (siehe „Ein Domänencontroller antwortet über das VPN“).',
  'step.scp.summary.noClientSide':
    'Kein clientseitiger SCP auf diesem Gerät; der SCP in Active Directory kann nur bei aktivem VPN und gefundenem Domänencontroller gelesen werden.',
  'step.scp.summary.none':
    'Kein Dienstverbindungspunkt nennt einen Mandanten: keiner in {domain}{noKeywords, select, yes { (das SCP-Objekt hat keine Schlüsselwörter azureADId/azureADName)} other {}} und keiner auf dem Gerät.',
  'step.scp.summary.disagree':
    'Der clientseitige SCP nennt {clientTenant}, aber der SCP in {domain} nennt {domainTenant}; das Gerät verwendet den clientseitigen.',
  'step.scp.summary.wrongTenant':
    '{where, select, client {Der clientseitige SCP} other {Der SCP in {domain}}} nennt {tenant}, nicht {from, select, signedIn {den angemeldeten Mandanten} other {den Autopilot-Mandanten}} {reference}: Die Hybrideinbindung würde das Gerät im falschen Mandanten registrieren.',
  'step.scp.summary.pass':
    '{where, select, client {Der clientseitige SCP} other {Der SCP in {domain}}} nennt {tenant}{from, select, signedIn {, den angemeldeten Mandanten} autopilot {, den Autopilot-Mandanten} other { (melden Sie sich an, um ihn mit Ihrem Mandanten zu vergleichen)}}.',
  'step.vpn-disconnect.summary.alwaysOn':
    'Nicht zutreffend: „{connection}“ verbindet sich selbst und soll verbunden bleiben; rasdial verwaltet diese Verbindung nicht.',
  'step.vpn-disconnect.summary.alwaysOnUnnamed':
    'Nicht zutreffend: Die Always On-Verbindung verbindet sich selbst und soll verbunden bleiben; rasdial verwaltet diese Verbindung nicht.',
  'step.vpn-disconnect.summary.thirdParty':
    'Nicht zutreffend: rasdial verwaltet {client} nicht. Trennen Sie die Verbindung mit dem Client, bevor Sie sich abmelden, damit der Test am Anmeldebildschirm von einem sauberen Zustand ausgeht.',
  'step.vpn-disconnect.summary.thirdPartyUnnamed':
    'Nicht zutreffend: rasdial verwaltet keinen Drittanbieterclient. Trennen Sie die Verbindung mit dem Client, bevor Sie sich abmelden, damit der Test am Anmeldebildschirm von einem sauberen Zustand ausgeht.',
  'step.vpn-disconnect.summary.notConnected': 'Das VPN wurde nicht durch diese Checkliste verbunden.',
  'step.vpn-disconnect.summary.disconnected': 'Verbindung „{connection}“ getrennt.',
  'step.vpn-disconnect.summary.failed':
    'rasdial konnte die Verbindung „{connection}“ nicht trennen: Fehler {code} ({hex}).',
  'step.proxy.summary.direct': 'WinHTTP verwendet den direkten Zugriff (kein statischer Proxy).',
  'step.proxy.summary.static':
    'Ein statischer WinHTTP-Proxy ist festgelegt ({server}); die Prozedur erwartet WPAD.',
  'step.network-endpoints.summary.pass':
    '{count, plural, one {Der erforderliche Endpunkt ist erreichbar} other {Alle # erforderlichen Endpunkte sind erreichbar}}. Hinweis: UDP 123 zu time.windows.com kann hier nicht getestet werden.',
  'step.network-endpoints.summary.fail':
    '{unreachable, plural, one {# von {count, plural, one {# erforderlichen Endpunkt} other {# erforderlichen Endpunkten}} ist nicht erreichbar} other {# von {count, plural, one {# erforderlichen Endpunkt} other {# erforderlichen Endpunkten}} sind nicht erreichbar}}: {endpoints}.',
  'step.tls-inspection.summary.noHttps':
    'Die Endpunktliste enthält keinen HTTPS-Endpunkt (TCP 443), der gelesen werden kann.',
  'step.tls-inspection.summary.notRecorded':
    'Diese Aufzeichnung enthält keine TLS-Zertifikatketten (erstellt, bevor es den Test tls.chain gab).',
  'step.tls-inspection.summary.noneAnswered':
    'Kein HTTPS-Endpunkt hat geantwortet, daher konnte kein Zertifikat gelesen werden; der Schritt network-endpoints zeigt, was blockiert ist.',
  'step.tls-inspection.summary.pass':
    '{count, plural, one {Der HTTPS-Endpunkt, der geantwortet hat, erhält} other {Alle # HTTPS-Endpunkte, die geantwortet haben, erhalten}} die öffentliche Zertifikatkette von Microsoft ({via, select, proxy {über {proxy}} other {direkt}}).',
  'step.tls-inspection.summary.oneIssuer':
    '{inspected, plural, one {# von {count, plural, one {# HTTPS-Endpunkt} other {# HTTPS-Endpunkten}} erhält} other {# von {count, plural, one {# HTTPS-Endpunkt} other {# HTTPS-Endpunkten}} erhalten}} ein Zertifikat, {intercepted, select, yes {das von einem Proxy mit TLS-Prüfung ausgestellt wurde} other {das nicht aus der öffentlichen Kette von Microsoft stammt}}: {issuer} für {endpoints}.',
  'step.tls-inspection.summary.severalIssuers':
    '{inspected, plural, one {# von {count, plural, one {# HTTPS-Endpunkt} other {# HTTPS-Endpunkten}} erhält} other {# von {count, plural, one {# HTTPS-Endpunkt} other {# HTTPS-Endpunkten}} erhalten}} ein Zertifikat, {intercepted, select, yes {das von einem Proxy mit TLS-Prüfung ausgestellt wurde} other {das nicht aus der öffentlichen Kette von Microsoft stammt}}: {named}.',
  'step.machine-network.summary.notRecorded':
    'Diese Aufzeichnung enthält keine Computersicht (erstellt, bevor es den Test net.machine gab).',
  'step.machine-network.summary.notElevated':
    'Die Sicht des Computers (SYSTEM) wurde nicht geprüft: Die App wird nicht als Administrator ausgeführt. Als {userNamed, select, yes {{user}} other {angemeldeter Benutzer}}: {userProxyKind, select, pac {das Proxyskript {userProxy}} static {der Proxy {userProxy}} other {kein Proxy (direkt)}}.',
  'step.machine-network.summary.taskFailed': 'Die SYSTEM-Sicht konnte nicht gelesen werden: {error}',
  'step.machine-network.summary.taskFailedNoReason': 'Die SYSTEM-Sicht konnte nicht gelesen werden.',
  'step.machine-network.summary.onlyUser':
    '{count, plural, one {# Endpunkt antwortet} other {# Endpunkte antworten}} dem angemeldeten Benutzer, aber nicht SYSTEM, unter dem das Windows-Setup ausgeführt wird: {endpoints}. Als {userNamed, select, yes {{user}} other {angemeldeter Benutzer}}: {userProxyKind, select, pac {das Proxyskript {userProxy}} static {der Proxy {userProxy}} other {kein Proxy (direkt)}}; als SYSTEM (WinHTTP): {systemProxyKind, select, pac {das Proxyskript {systemProxy}} static {der Proxy {systemProxy}} other {kein Proxy (direkt)}}.',
  'step.machine-network.summary.proxyDiffers':
    'Der Proxy unterscheidet sich zwischen den beiden Sichten, obwohl jeder Endpunkt beiden geantwortet hat. Als {userNamed, select, yes {{user}} other {angemeldeter Benutzer}}: {userProxyKind, select, pac {das Proxyskript {userProxy}} static {der Proxy {userProxy}} other {kein Proxy (direkt)}}; als SYSTEM (WinHTTP): {systemProxyKind, select, pac {das Proxyskript {systemProxy}} static {der Proxy {systemProxy}} other {kein Proxy (direkt)}}.',
  'step.machine-network.summary.same':
    'Der angemeldete Benutzer und SYSTEM sehen dasselbe Netzwerk: Jeder Endpunkt, der einem antwortet, antwortet auch dem anderen. Als {userNamed, select, yes {{user}} other {angemeldeter Benutzer}}: {userProxyKind, select, pac {das Proxyskript {userProxy}} static {der Proxy {userProxy}} other {kein Proxy (direkt)}}; als SYSTEM (WinHTTP): {systemProxyKind, select, pac {das Proxyskript {systemProxy}} static {der Proxy {systemProxy}} other {kein Proxy (direkt)}}.',
  'step.vpn-certificate.summary.certificateProblems': '„{subject}“: {problems}',
  'step.vpn-certificate.summary.problemNoClientAuth': 'kein Verwendungszweck Clientauthentifizierung',
  'step.vpn-certificate.summary.problemNoPrivateKey': 'kein privater Schlüssel',
  'step.vpn-certificate.summary.problemDatesUnreadable': 'Gültigkeitsdaten nicht lesbar',
  'step.vpn-certificate.summary.problemNotYetValid': 'nicht gültig vor {date}',
  'step.vpn-certificate.summary.problemExpired': 'abgelaufen am {date}',
  'step.dc-over-vpn.summary.unnamedDc': '(ohne Namen)',
  'step.dc-over-vpn.summary.portState': '{port} {state}',
  'step.dc-over-vpn.summary.portAnswers': 'antwortet',
  'step.dc-over-vpn.summary.portRefused': 'hat die Verbindung abgelehnt',
  'step.dc-over-vpn.summary.portTimedOut': 'hat nicht geantwortet (Zeitüberschreitung)',
  'step.dc-over-vpn.summary.portSocketError': 'Socketfehler {error}',
  'step.dc-over-vpn.summary.portUnreachable': 'war nicht erreichbar',
  'step.dc-over-vpn.summary.routeFacts': '{name} ({facts})',
  'step.dc-over-vpn.summary.routeIfType': 'ifType {type}',
  'step.dc-over-vpn.summary.routeNextHop': 'nächster Hop {hop}',
  'step.dc-over-vpn.summary.routeInterfaceIndex': 'Schnittstelle {index}',
  'step.dc-over-vpn.summary.fixAllowPorts':
    'Lassen Sie TCP {ports} vom Clientadresspool des VPN zu {address} zu (VPN-Server, Firewall und die eigene Firewall des Domänencontrollers).',
  'step.dc-over-vpn.summary.theDomainControllers': 'den Domänencontrollern',
  'step.dc-over-vpn.summary.fixCheckRoutes':
    'Prüfen Sie, ob die VPN-Routen (geteiltes Tunneln) die Subnetze der Domänencontroller enthalten.',
  'step.dc-over-vpn.summary.fixTestByHand':
    'Testen Sie es bei bestehender Verbindung manuell: Test-NetConnection {address} -Port 389, dann -Port 88.',
  'step.network-endpoints.summary.fixOpen': 'Geben Sie {endpoint} frei ({why}).',
  'step.network-endpoints.summary.fixOpenSaid':
    'Geben Sie {endpoint} frei ({why}) – das Gerät meldete: {error}.',
  'step.network-endpoints.summary.timeSync':
    'Stellen Sie außerdem sicher, dass UDP 123 zu time.windows.com offen ist: Windows braucht die richtige Uhrzeit für die Azure AD-Anmeldung und für Zertifikate, und ein TCP-Test kann UDP nicht nachweisen.',
  'step.machine-network.summary.fixRecordAsAdmin':
    'Zeichnen Sie das Gerät erneut als Administrator auf (hvv record --out <file>), oder führen Sie diesen Schritt live auf dem Gerät aus.',
  'step.tls-inspection.summary.fixRecordAgain':
    'Zeichnen Sie das Gerät erneut auf (hvv record --out <file>), oder führen Sie diesen Schritt live auf dem Gerät aus.',
  'step.vpn-connect.summary.fixPickConnection':
    'Wählen Sie die VPN-Verbindung, die das Gerät auf dem Anmeldebildschirm verwendet, und führen Sie diesen Schritt dann erneut aus.',
  'step.vpn-connect.summary.fixOpenClient':
    'Öffnen Sie {client} (das Symbol im Infobereich), verbinden Sie sich mit dem Unternehmensgateway, und warten Sie, bis die Verbindung als hergestellt angezeigt wird.',
  'step.vpn-connect.summary.fixThenRunAgain':
    'Führen Sie diesen Schritt dann erneut aus: Die App sucht den virtuellen Adapter des Clients und prüft den Domänencontroller darüber.',
  'step.scp.summary.fixCorrectClientSide':
    'Korrigieren Sie den clientseitigen SCP auf diesem Gerät: HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD, TenantId = {tenantId} (entfernen Sie den Schlüssel, wenn der SCP in Active Directory richtig ist). Kontrollierte Validierung: {url}',
  'step.scp.summary.fixCheckSignedInTenant':
    'Prüfen Sie, ob sich der Techniker beim Mandanten angemeldet hat, in dem das Gerät registriert ist, und prüfen Sie dann erneut.',
  'step.network-endpoints.summary.whyDeploymentService': 'Autopilot-Bereitstellungsdienst',
  'step.network-endpoints.summary.whyAzureSignIn': 'Azure AD-Anmeldung',
  'step.network-endpoints.summary.whyDeviceAuthentication': 'Azure AD-Geräteauthentifizierung',
  'step.network-endpoints.summary.whyDeviceRegistration': 'Geräteregistrierung für die Hybrideinbindung',
  'step.network-endpoints.summary.whyIntuneEnrollment': 'Intune-Registrierung',
  'step.network-endpoints.summary.whyConnectionIndicator': 'Netzwerkverbindungs-Statusanzeige',
  'step.network-endpoints.summary.whyLabConfiguration': 'von der Laborkonfiguration gefordert',
  'step.tls-inspection.summary.issuerOfProduct': '{product} („{issuer}“)',
  'step.tls-inspection.summary.issuerNamed': '„{issuer}“',
  'step.tls-inspection.summary.issuerFor': '{issuer} für {endpoints}',
  'step.tls-inspection.summary.productAntivirus': 'ein HTTPS-Scanner einer Antivirensoftware',
  'step.tls-inspection.summary.issuerUnnamed': 'ein unbenannter Aussteller',
  'step.tls-inspection.summary.issuerNone': 'kein Zertifikat',
  'step.tls-inspection.summary.fixAskTeam':
    'Bitten Sie das Team, das {issuer} betreibt, {hosts} von der TLS-Überprüfung auszunehmen.',
  'step.machine-network.summary.fixOnlyUserProxy':
    'Nur {userNamed, select, yes {{user}} other {der angemeldete Benutzer}} hat {userProxyKind, select, pac {das Proxyskript {userProxy}} static {den Proxy {userProxy}} other {keinen Proxy (direkt)}}; SYSTEM verwendet die WinHTTP-Einstellung ({systemProxyKind, select, pac {das Proxyskript {systemProxy}} static {den Proxy {systemProxy}} other {kein Proxy (direkt)}}).',
  'step.machine-network.summary.fixTaskScheduler':
    'Prüfen Sie, ob der Dienst „Aufgabenplanung“ ausgeführt wird und geplante Aufgaben nicht durch eine Richtlinie blockiert werden, und führen Sie diesen Schritt dann erneut als Administrator aus.',
  'step.vpn-kind.summary.otherAlwaysOn':
    '„{name}“ (Always On-{tunnel, select, device {Gerätetunnel} other {Benutzertunnel}})',
  'step.vpn-kind.summary.evidenceSblEnabled':
    '<UseStartBeforeLogon>true in {source}, und das Modul „Start Before Login“ ist installiert.',
  'step.vpn-kind.summary.evidenceSblNoModule':
    '<UseStartBeforeLogon>true in {source}, aber das Modul „Start Before Login“ ist nicht installiert.',
  'step.vpn-kind.summary.evidenceSblOff': '<UseStartBeforeLogon> ist in {sources} auf false gesetzt.',
  'step.vpn-kind.summary.evidenceSblNoProfile':
    'Noch keine VPN-Profil-XML-Datei auf dem Gerät (der Client lädt sie bei seiner ersten Verbindung herunter).',
  'step.vpn-kind.summary.evidenceGpNoValue':
    'Kein Prelogon-Wert unter PanSetup: GlobalProtect wurde nicht mit PRELOGON=1 installiert.',
  'step.vpn-kind.summary.evidenceGpValue': 'Prelogon = {value} in {source}.',
  'step.vpn-kind.summary.evidenceFortiNone':
    'Keine Einstellung show_vpn_before_logon auf dem Gerät gefunden (sie kann von FortiClient EMS stammen).',
  'step.vpn-kind.summary.evidenceFortiValue': 'show_vpn_before_logon = {value} in {source}.',
  'step.vpn-kind.summary.evidencePulseMachine':
    'Eine Verbindung mit connection-identity „machine“ in {source}.',
  'step.vpn-kind.summary.evidencePulseUserOnly':
    'Nur Benutzerverbindungen in {source}: Sie verbinden sich vor der Anmeldung nur über den Anmeldeinformationsanbieter, den die App nicht lesen kann.',
  'step.vpn-kind.summary.evidencePulseNone': 'Noch kein Verbindungsspeicher auf dem Gerät.',
  'step.vpn-kind.summary.evidenceEmptyValue': '(leer)',
  'step.vpn-client-prelogon.summary.fixAnyConnectSblModule':
    'Installieren Sie das Modul „Start Before Login“ (das MSI „Cisco Secure Client - Start Before Login“ / „AnyConnect Start Before Login Module“) zusammen mit dem VPN-Client aus derselben Intune-Win32-App.',
  'step.vpn-client-prelogon.summary.fixAnyConnectSblProfile':
    'Aktivieren Sie im VPN-Profil (Profile Editor > Preferences (Part 1)) die Option „Use Start Before Logon“; die Profil-XML enthält dann <UseStartBeforeLogon>true</UseStartBeforeLogon>. Stellen Sie das Profil unter %ProgramData%\\Cisco\\Cisco Secure Client\\VPN\\Profile bereit (AnyConnect 4: %ProgramData%\\Cisco\\Cisco AnyConnect Secure Mobility Client\\Profile).',
  'step.vpn-client-prelogon.summary.fixGlobalProtectInstall':
    'Installieren Sie GlobalProtect mit Pre-Logon: msiexec /i GlobalProtect64.msi PORTAL="<portal>" PRELOGON=1 (dadurch wird Prelogon = 1 unter HKLM\\SOFTWARE\\Palo Alto Networks\\GlobalProtect\\PanSetup geschrieben).',
  'step.vpn-client-prelogon.summary.fixGlobalProtectPortal':
    'Verwenden Sie im Portal die Verbindungsmethode „Pre-logon (Always On)“ oder „Pre-logon then On-demand“ mit einem Computerzertifikat für den Pre-Logon-Tunnel.',
  'step.vpn-client-prelogon.summary.fixFortiClientSettings':
    'Setzen Sie in der FortiClient-Konfiguration (EMS-Profil > VPN oder im XML unter <vpn><options>) <show_vpn_before_logon>1</show_vpn_before_logon> und <use_windows_credentials>1</use_windows_credentials>.',
  'step.vpn-client-prelogon.summary.fixFortiClientMachineTunnel':
    'Für einen Tunnel, der sich ohne Benutzereingriff vor der Anmeldung verbindet, setzen Sie außerdem <on_os_start_connect> auf diesen Tunnel und kennzeichnen ihn mit <machine>1</machine> (automatische Verbindung pro Computer).',
  'step.vpn-client-prelogon.summary.fixPulseConnectionSet':
    'Geben Sie der Verbindung im Verbindungssatz von Ivanti Connect Secure (Users > Ivanti Secure Access Client > Connections) „Connect automatically“ mit Computerauthentifizierung („Machine credentials“ / L2/L3 vor dem Desktop) oder „User authentication with credential provider“ für eine Anmeldekachel.',
  'step.vpn-client-prelogon.summary.fixPulseRedeploy':
    'Stellen Sie den Verbindungssatz erneut bereit: Das Gerät speichert ihn in %ProgramData%\\Pulse Secure\\ConnectionStore\\connstore.dat (connection-identity: „machine“).',
  'step.dc-over-vpn.summary.fixTypeDomain':
    'Geben Sie die Domäne (z. B. corp.contoso.com) auf dem Startbildschirm ein, und führen Sie diesen Schritt dann erneut aus.',
  'step.vpn-certificate.summary.fixConnectionName':
    'Korrigieren Sie den Namen der VPN-Verbindung, oder lassen Sie ihn leer, um die einzige computerweite Verbindung zu verwenden.',
  'step.vpn-connect.summary.fixSignInWithCredentials':
    'Melden Sie sich ab, wählen Sie auf dem Anmeldebildschirm das Symbol für die Netzwerkanmeldung, verbinden Sie dieses VPN mit Benutzername und Kennwort, und prüfen Sie, ob die Anmeldung funktioniert (Schritt „Anmeldung außerhalb des Unternehmensnetzwerks“).',
  'step.vpn-connect.summary.fixDeviceTunnelForNoPerson':
    'Für eine Verbindung, die ohne Benutzereingriff funktioniert (Autopilot, bevor sich ein Benutzer anmeldet), verwenden Sie einen Gerätetunnel mit dem Computerzertifikat.',
  'step.vpn-connect.summary.fixOffCorporateNetwork':
    'Prüfen Sie, ob sich das Gerät außerhalb des Unternehmensnetzwerks befindet (Always On verbindet sich nicht in einem vertrauenswürdigen Netzwerk) und Internetzugang hat.',
  'step.vpn-connect.summary.fixDeviceTunnelNeeds':
    'Ein Gerätetunnel benötigt ein Computerzertifikat mit Clientauthentifizierung und einen über UDP 500 und 4500 erreichbaren IKEv2-VPN-Server: Suchen Sie in Ereignisanzeige > Anwendung nach RasClient-Ereignissen 20227 (Fehler, mit Fehlercode).',
  'step.scp.summary.fixDecideTenant':
    'Entscheiden Sie, welcher Mandant der richtige ist. Ein clientseitiger SCP ist für einen gezielten Rollout gedacht: Entfernen Sie HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD (oder die zugehörige Gruppenrichtlinieneinstellung / Intune-Einstellung), sobald der SCP in Active Directory konfiguriert ist.',
  'step.scp.summary.fixCorrectInDirectory':
    'Korrigieren Sie den SCP in Active Directory: Microsoft Entra Connect > Geräteoptionen konfigurieren > Hybrid-Azure AD-Einbindung konfigurieren, mit dem Mandanten, in dem die Geräte registriert sind.',
};
