/** The RAS errors' meanings and fixes (`ras.<code>.*`) and the verdict's words (`verdict.*`), translated. */
import type { Catalog } from '../../source-catalog.js';

export const deRasVerdict: Catalog = {
  'ras.601.meaning': 'Das Porthandle ist ungültig: Die RAS-Verbindungsverwaltung hat den VPN-Port verloren.',
  'ras.601.fix.0':
    'Starten Sie das Gerät (oder den Dienst „Remotezugriffs-Verbindungsverwaltung“, RasMan) neu und versuchen Sie es erneut.',
  'ras.601.fix.1':
    'Öffnen Sie Ereignisanzeige > Windows-Protokolle > Anwendung und filtern Sie nach der Quelle RasClient (Ereignisse 20227 und 20226), um den genauen Grund zu sehen.',
  'ras.602.meaning':
    'Der Port ist bereits geöffnet: Eine andere Verbindung verwendet den VPN-Port, oder ein vorheriger Versuch läuft noch.',
  'ras.602.fix.0':
    'Trennen Sie alle anderen VPN-Verbindungen (rasdial /disconnect) und warten Sie, bis der vorherige Versuch abgeschlossen ist.',
  'ras.602.fix.1':
    'Starten Sie den Dienst „Remotezugriffs-Verbindungsverwaltung“ (RasMan) neu, wenn der Port belegt bleibt.',
  'ras.603.meaning':
    'Der Puffer des Aufrufers ist zu klein: ein interner RAS-API-Fehler, meist wegen eines beschädigten oder zu großen Profils.',
  'ras.603.fix.0':
    'Stellen Sie das VPN-Profil erneut über Intune bereit (oder mit Add-VpnConnection -AllUserConnection), damit es vor der Anmeldung für alle Benutzer vorhanden ist.',
  'ras.603.fix.1': 'Installieren Sie das neueste kumulative Update.',
  'ras.619.meaning':
    'Es konnte keine Verbindung mit dem Remotecomputer hergestellt werden, daher wurde der Port für diese Verbindung geschlossen (oft wird GRE- oder IPsec-Datenverkehr blockiert, oder der Server hat den Tunnel getrennt).',
  'ras.619.fix.0':
    'Prüfen Sie, ob eine Firewall zwischen Gerät und VPN-Server das Tunnelprotokoll zulässt (IKEv2: UDP 500/4500; SSTP: TCP 443; PPTP: TCP 1723 + GRE).',
  'ras.623.meaning':
    'Der Telefonbucheintrag für diese Verbindung wurde nicht gefunden: In diesem Kontext gibt es kein VPN-Profil mit diesem Namen.',
  'ras.623.fix.0':
    'Prüfen Sie den Verbindungsnamen mit Get-VpnConnection -AllUserConnection (Namen müssen exakt übereinstimmen, einschließlich Leerzeichen).',
  'ras.623.fix.1':
    'Ein Profil, das nur für den angemeldeten Benutzer existiert, ist vor der Anmeldung nicht verwendbar: Stellen Sie das VPN-Profil erneut über Intune bereit (oder mit Add-VpnConnection -AllUserConnection), damit es vor der Anmeldung für alle Benutzer vorhanden ist.',
  'ras.628.meaning': 'Die Verbindung wurde vom Remotecomputer beendet, bevor sie hergestellt werden konnte.',
  'ras.628.fix.0': 'Prüfen Sie die Protokolle des VPN-Servers auf den abgelehnten Versuch.',
  'ras.628.fix.1':
    'Vergleichen Sie die Authentifizierung des Profils (Get-VpnConnection -AllUserConnection: AuthenticationMethod, EapConfigXml) mit dem, was der VPN-Server bzw. die NPS-Netzwerkrichtlinie zulässt.',
  'ras.629.meaning': 'Die Verbindung wurde vom Remotecomputer geschlossen.',
  'ras.629.fix.0':
    'Prüfen Sie in den Protokollen des VPN-Servers und in seiner Netzwerkrichtlinie, warum die Sitzung geschlossen wurde.',
  'ras.633.meaning':
    'Das Modem (oder ein anderes Verbindungsgerät) wird bereits verwendet oder ist nicht richtig konfiguriert: Der WAN Miniport für den Tunnel ist belegt oder fehlt.',
  'ras.633.fix.0':
    'Trennen Sie andere VPN-Verbindungen und starten Sie dann den Dienst „Remotezugriffs-Verbindungsverwaltung“ (RasMan) neu.',
  'ras.633.fix.1':
    'Prüfen Sie im Geräte-Manager, ob die WAN Miniport-Adapter vorhanden sind und funktionieren.',
  'ras.651.meaning':
    'Das Modem (oder ein anderes Verbindungsgerät) hat einen Fehler gemeldet: Der WAN Miniport für den Tunneltyp ist fehlgeschlagen.',
  'ras.651.fix.0':
    'Prüfen Sie unter Geräte-Manager > Netzwerkadapter, ob die WAN Miniport-Adapter (IKEv2, SSTP, L2TP) vorhanden sind und funktionieren; installieren Sie sie andernfalls neu.',
  'ras.678.meaning': 'Der Remotecomputer hat nicht geantwortet.',
  'ras.678.fix.0':
    'Prüfen Sie, ob der Name des VPN-Servers im Profil aufgelöst wird und von diesem Netzwerk aus erreichbar ist (Resolve-DnsName, Test-NetConnection -Port 443).',
  'ras.678.fix.1': 'Prüfen Sie, ob der VPN-Server läuft und auf den Tunneltyp des Profils lauscht.',
  'ras.691.meaning':
    'Die Remoteverbindung wurde verweigert, weil die Kombination aus Benutzername und Kennwort nicht erkannt wurde oder das gewählte Authentifizierungsprotokoll auf dem RAS-Server nicht zulässig ist.',
  'ras.691.fix.0':
    'Vor der Anmeldung gibt es keine Benutzeranmeldeinformationen, daher muss sich das Profil mit dem Computerzertifikat (Gerätetunnel) oder einer Methode authentifizieren, die auf dem Anmeldebildschirm funktioniert.',
  'ras.691.fix.2': 'Prüfen Sie im NPS-/RADIUS-Protokoll den Ursachencode der abgelehnten Anforderung.',
  'ras.703.meaning':
    'Die Verbindung benötigt Angaben von Ihnen, aber die Anwendung lässt keine Benutzerinteraktion zu: rasdial kann keine Abfrage nach Anmeldeinformationen oder Zertifikat beantworten.',
  'ras.703.fix.0':
    'Das Profil fragt nach Anmeldeinformationen (EAP-Benutzername/-Kennwort oder Zertifikatauswahl); vor der Anmeldung kann niemand darauf antworten.',
  'ras.703.fix.1':
    'Verwenden Sie die Authentifizierung per Computerzertifikat, oder aktivieren Sie „Windows-Anmeldeinformationen verwenden“, damit der Anmeldebildschirm sie bereitstellt.',
  'ras.703.fix.2':
    'Um ein Profil mit Benutzeranmeldeinformationen zu testen, verbinden Sie einmal über das Netzwerksymbol, um die Anmeldeinformationen zu speichern, und versuchen Sie es dann erneut.',
  'ras.718.meaning':
    'Die Verbindung wurde beendet, weil der Remotecomputer nicht rechtzeitig geantwortet hat (Zeitüberschreitung bei der PPP-Aushandlung).',
  'ras.718.fix.0': 'Prüfen Sie, ob der VPN-Server freie Ports und zu vergebende IP-Adressen hat.',
  'ras.718.fix.1': 'Prüfen Sie, ob der NPS-/RADIUS-Server dem VPN-Server rechtzeitig antwortet.',
  'ras.720.meaning':
    'Es konnte keine Verbindung mit dem Remotecomputer hergestellt werden: Es konnten keine PPP-Steuerungsprotokolle ausgehandelt werden, meist weil der Server keine IP-Adresse zuweisen kann.',
  'ras.720.fix.0':
    'Prüfen Sie, ob der VPN-Server einen funktionierenden IPv4-Adresspool (statischer Pool oder DHCP) hat und IPv4 für den Remotezugriff aktiviert ist.',
  'ras.720.fix.1':
    'Installieren Sie auf dem Gerät die WAN Miniport (IP)-Adapter neu, wenn andere Geräte problemlos eine Verbindung herstellen.',
  'ras.732.meaning':
    'Ihr Computer und der Remotecomputer konnten sich nicht auf PPP-Steuerungsprotokolle einigen.',
  'ras.732.fix.0': 'Gleichen Sie Tunneltyp und Protokolleinstellungen des Profils an den VPN-Server an.',
  'ras.734.meaning':
    'Das PPP-Verbindungssteuerungsprotokoll wurde beendet: Authentifizierungs- oder Verschlüsselungseinstellungen passen nicht zum Server.',
  'ras.734.fix.1':
    'Gleichen Sie die EncryptionLevel des Profils an den Server an (Set-VpnConnection -EncryptionLevel).',
  'ras.741.meaning': 'Der lokale Computer unterstützt den erforderlichen Datenverschlüsselungstyp nicht.',
  'ras.741.fix.0':
    'Gleichen Sie die EncryptionLevel des Profils an den Server an (auf beiden Seiten Required oder Maximum).',
  'ras.766.meaning':
    'Es wurde kein Zertifikat gefunden. L2TP/IPsec-Verbindungen benötigen ein Computerzertifikat.',
  'ras.766.fix.0':
    'Stellen Sie sicher, dass das Gerät unter Lokaler Computer > Eigene Zertifikate ein Computerzertifikat mit Clientauthentifizierung (1.3.6.1.5.5.7.3.2) und privatem Schlüssel hat, ausgestellt von einer Zertifizierungsstelle, der der VPN-Server vertraut (Intune-PKCS-/SCEP-Profil, der Gerätegruppe zugewiesen).',
  'ras.766.fix.1':
    'Oder stellen Sie das Profil auf einen vorinstallierten Schlüssel um, falls der Server dafür konfiguriert ist.',
  'ras.768.meaning':
    'Der Verbindungsversuch ist fehlgeschlagen, weil die Daten nicht verschlüsselt werden konnten.',
  'ras.768.fix.0': 'Gleichen Sie EncryptionLevel und IPsec-Einstellungen des Profils an den Server an.',
  'ras.787.meaning':
    'Der L2TP-Verbindungsversuch ist fehlgeschlagen, weil die Sicherheitsschicht den Remotecomputer nicht authentifizieren konnte.',
  'ras.787.fix.0':
    'Prüfen Sie, ob das Gerät der Zertifizierungsstelle vertraut, die das Zertifikat des VPN-Servers ausgestellt hat (Lokaler Computer > Vertrauenswürdige Stammzertifizierungsstellen).',
  'ras.787.fix.1':
    'Prüfen Sie bei einem vorinstallierten Schlüssel, ob er mit dem des Servers übereinstimmt.',
  'ras.788.meaning':
    'Der L2TP-Verbindungsversuch ist fehlgeschlagen, weil die Sicherheitsschicht keine kompatiblen Parameter mit dem Remotecomputer aushandeln konnte.',
  'ras.788.fix.0':
    'Gleichen Sie die IPsec-Einstellungen für Verschlüsselung und Integrität von Gerät und VPN-Server an.',
  'ras.789.meaning':
    'Der L2TP-Verbindungsversuch ist fehlgeschlagen, weil in der Sicherheitsschicht bei der ersten Aushandlung mit dem Remotecomputer ein Verarbeitungsfehler aufgetreten ist (oft ein falscher vorinstallierter Schlüssel oder ein falsches Zertifikat).',
  'ras.789.fix.0':
    'Prüfen Sie, ob der vorinstallierte Schlüssel oder das vom Profil verwendete Computerzertifikat den Erwartungen des Servers entspricht.',
  'ras.789.fix.1':
    'Prüfen Sie, ob die Dienste „IKE- und AuthIP IPsec-Schlüsselerstellungsmodule“ (IKEEXT) und „IPsec-Richtlinien-Agent“ (PolicyAgent) ausgeführt werden.',
  'ras.791.meaning':
    'Der L2TP-Verbindungsversuch ist fehlgeschlagen, weil keine Sicherheitsrichtlinie für die Verbindung gefunden wurde.',
  'ras.791.fix.0': 'Prüfen Sie, ob der Dienst „IPsec-Richtlinien-Agent“ (PolicyAgent) ausgeführt wird.',
  'ras.791.fix.1':
    'Prüfen Sie, ob die Authentifizierung des Profils (Zertifikat oder vorinstallierter Schlüssel) festgelegt ist: Vergleichen Sie die Authentifizierung des Profils (Get-VpnConnection -AllUserConnection: AuthenticationMethod, EapConfigXml) mit dem, was der VPN-Server bzw. die NPS-Netzwerkrichtlinie zulässt.',
  'ras.792.meaning':
    'Der L2TP-Verbindungsversuch ist fehlgeschlagen, weil bei der Aushandlung der Sicherheitsschlüssel eine Zeitüberschreitung aufgetreten ist.',
  'ras.792.fix.0': 'Prüfen Sie, ob UDP 500 und 4500 durchgehend bis zum Server gelangen.',
  'ras.792.fix.1':
    'Hinter NAT: Setzen Sie HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 (DWORD) und starten Sie neu.',
  'ras.793.meaning':
    'Der L2TP-Verbindungsversuch ist fehlgeschlagen, weil bei der Sicherheitsaushandlung ein Fehler aufgetreten ist.',
  'ras.793.fix.1':
    'Prüfen Sie, ob Computerzertifikat bzw. vorinstallierter Schlüssel und IPsec-Einstellungen zum Server passen.',
  'ras.798.meaning':
    'Es wurde kein Zertifikat gefunden, das mit diesem Extensible Authentication Protocol verwendet werden kann.',
  'ras.798.fix.1':
    'Bei EAP mit Benutzerzertifikat muss das Benutzerzertifikat unter Aktueller Benutzer > Eigene Zertifikate vorhanden sein; es ist vor der Anmeldung nicht verwendbar.',
  'ras.798.fix.2':
    'Prüfen Sie, ob der Zertifikatfilter im EAP-XML (Ausstellerhash, EKU) zum tatsächlich bereitgestellten Zertifikat passt.',
  'ras.800.meaning':
    'Die VPN-Verbindung kann nicht hergestellt werden. Der VPN-Server ist möglicherweise nicht erreichbar, oder die Sicherheitsparameter für diese Verbindung sind nicht richtig konfiguriert.',
  'ras.800.fix.1':
    'Setzen Sie den TunnelType des Profils statt auf Automatic auf den vom Server verwendeten Typ (Set-VpnConnection -TunnelType).',
  'ras.800.fix.2':
    'Prüfen Sie, ob eine Firewall das Tunnelprotokoll zulässt (IKEv2: UDP 500/4500; SSTP: TCP 443).',
  'ras.801.meaning':
    'Die Verbindung ist so konfiguriert, dass die Identität des Zugriffsservers überprüft wird, aber Windows kann die vom Server gesendete digitale Signatur nicht überprüfen.',
  'ras.801.fix.0':
    'Stellen Sie die Stammzertifizierungsstelle des VPN-/NPS-Serverzertifikats unter „Vertrauenswürdige Stammzertifizierungsstellen“ auf dem Gerät bereit.',
  'ras.801.fix.1':
    'Prüfen Sie, ob ServerValidation im EAP-XML diesen Stamm nennt und die Servernamen zum Zertifikat passen.',
  'ras.806.meaning':
    'Eine Verbindung zwischen Gerät und VPN-Server wurde gestartet, konnte aber nicht abgeschlossen werden: Eine Firewall oder ein Router dazwischen blockiert GRE (Protokoll 47).',
  'ras.806.fix.0':
    'Lassen Sie GRE (IP-Protokoll 47) durch die Firewalls zu, oder verwenden Sie IKEv2 oder SSTP statt PPTP.',
  'ras.807.meaning':
    'Die Netzwerkverbindung zwischen Gerät und VPN-Server wurde unterbrochen (Latenz, Netzwerkwechsel oder ausgelasteter Server).',
  'ras.807.fix.0': 'Versuchen Sie es in einem stabilen Netzwerk erneut.',
  'ras.807.fix.1': 'Prüfen Sie die Kapazität des VPN-Servers und seine Protokolle.',
  'ras.808.meaning':
    'Der VPN-Server hat die Verbindung abgelehnt (keine freien Ports, oder eine Richtlinie auf dem Server hat sie abgewiesen).',
  'ras.808.fix.0':
    'Prüfen Sie, ob der VPN-Server freie Ports für den Tunneltyp hat, und suchen Sie in seinen Protokollen nach der Ablehnung.',
  'ras.809.meaning':
    'Die Netzwerkverbindung zwischen Gerät und VPN-Server konnte nicht hergestellt werden, weil der Remoteserver nicht antwortet: Eine Firewall, NAT oder ein Router dazwischen lässt den VPN-Datenverkehr nicht zu.',
  'ras.809.fix.0':
    'Prüfen Sie, ob UDP 500 und 4500 (IKEv2, L2TP/IPsec) bzw. TCP 443 (SSTP) von diesem Netzwerk zum VPN-Server offen sind.',
  'ras.809.fix.1':
    'Wenn sich bei L2TP/IPsec der Server oder das Gerät hinter NAT befindet, setzen Sie HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 (DWORD) und starten Sie neu.',
  'ras.809.fix.2':
    'Stellen Sie bei IKEv2 über Netzwerke, die Fragmente verwerfen, sicher, dass der Server IKE-Fragmentierung unterstützt, oder verwenden Sie SSTP.',
  'ras.810.meaning':
    'Eine Verbindung zum VPN-Server wurde gestartet, aber nicht abgeschlossen, meist wegen eines falschen oder abgelaufenen Zertifikats für die Authentifizierung zwischen Gerät und Server.',
  'ras.810.fix.1': 'Prüfen Sie, ob das Zertifikat des VPN-Servers gültig ist und das Gerät ihm vertraut.',
  'ras.811.meaning':
    'Die L2TP/IPsec-Verbindung ist fehlgeschlagen, weil der vorinstallierte Schlüssel nicht mit dem des Servers übereinstimmt.',
  'ras.811.fix.0':
    'Geben Sie den vorinstallierten Schlüssel im Profil (Set-VpnConnection -L2tpPsk) genau so ein, wie er auf dem Server konfiguriert ist.',
  'ras.812.meaning':
    'Die Verbindung wurde durch eine Richtlinie auf dem RAS-/VPN-Server verhindert: Die vom Server geforderte Authentifizierungsmethode stimmt nicht mit der im Profil überein.',
  'ras.812.fix.1':
    'Prüfen Sie, ob die Bedingungen der NPS-Netzwerkrichtlinie (Windows-Gruppen des Computers oder Benutzers, NAS-Porttyp = Virtuell (VPN)) dieses Gerät einschließen.',
  'ras.813.meaning':
    'Es wurde eine zweite Verbindung versucht, während bereits eine Verbindung über dasselbe Gerät bzw. denselben Port besteht.',
  'ras.813.fix.0':
    'Trennen Sie die bestehende VPN-Verbindung (rasdial /disconnect) und versuchen Sie es erneut.',
  'ras.827.meaning':
    'Die L2TP/IPsec- oder IKEv2-Verbindung kann nicht hergestellt werden, weil der Dienst IKEEXT oder PolicyAgent nicht ausgeführt wird.',
  'ras.827.fix.0':
    'Starten Sie die Dienste „IKE- und AuthIP IPsec-Schlüsselerstellungsmodule“ (IKEEXT) und „IPsec-Richtlinien-Agent“ (PolicyAgent) und setzen Sie sie auf „Automatisch“.',
  'ras.828.meaning': 'Die RAS-Verbindung wurde wegen eines Leerlauftimeouts beendet.',
  'ras.828.fix.0':
    'Erhöhen oder entfernen Sie IdleDisconnectSeconds des Profils oder das Leerlauftimeout des Servers, wenn der Tunnel bestehen bleiben muss.',
  'ras.829.meaning':
    'Die Verbindung wurde getrennt, weil die zugrunde liegende Verbindung ausgefallen ist (das Netzwerk unter dem VPN ist weggefallen).',
  'ras.829.fix.0': 'Versuchen Sie es in einem stabilen Netzwerk erneut (möglichst kabelgebunden).',
  'ras.831.meaning': 'Die Verbindung wurde getrennt, weil der Benutzer die Sitzung gewechselt hat.',
  'ras.831.fix.0':
    'Verwenden Sie ein Profil für alle Benutzer, damit der Tunnel nicht von der interaktiven Sitzung abhängt.',
  'ras.835.meaning':
    'Das Zertifikat des Servers wurde nicht akzeptiert: Sein Name stimmt nicht mit der Serveradresse überein, es ist abgelaufen, oder seiner Kette wird nicht vertraut.',
  'ras.835.fix.0':
    'Prüfen Sie, ob Antragsteller/SAN des VPN-Serverzertifikats genau mit der ServerAddress des Profils übereinstimmen.',
  'ras.835.fix.1':
    'Stellen Sie sicher, dass die Stammzertifizierungsstelle des Serverzertifikats unter „Vertrauenswürdige Stammzertifizierungsstellen“ des Geräts vorhanden und die Sperrliste (CRL) erreichbar ist.',
  'ras.850.meaning': 'Die vom Profil angeforderte EAP-Methode ist auf diesem Gerät nicht installiert.',
  'ras.850.fix.0':
    'Prüfen Sie, ob das EapConfigXml des Profils eine von Windows bereitgestellte Methode angibt (EAP-TLS Typ 13, PEAP Typ 25, EAP-MSCHAPv2 Typ 26).',
  'ras.853.meaning': 'Das für die EAP-Authentifizierung vorgelegte Zertifikat ist ungültig.',
  'ras.853.fix.1':
    'Prüfen Sie die Zertifikatvorlage: EKU Clientauthentifizierung, Schlüsselverwendung „Digitale Signatur“.',
  'ras.858.meaning': 'Das Zertifikat des Authentifizierungsservers (NPS/RADIUS) ist abgelaufen.',
  'ras.858.fix.0':
    'Erneuern Sie das Zertifikat des NPS-/RADIUS-Servers und passen Sie die Netzwerkrichtlinie an, damit sie es verwendet.',
  'ras.860.meaning':
    'Das Zertifikat des Authentifizierungsservers (NPS/RADIUS) konnte nicht überprüft werden.',
  'ras.860.fix.0':
    'Prüfen Sie, ob der vertrauenswürdige Stamm im EAP-XML (ServerValidation) der Zertifizierungsstelle entspricht, die das NPS-Serverzertifikat ausgestellt hat.',
  'ras.860.fix.1': 'Prüfen Sie, ob das Gerät die Sperrliste (CRL) dieses Zertifikats erreicht.',
  'ras.862.meaning':
    'Das Stammzertifikat des Authentifizierungszertifikats des Geräts ist ungültig oder nicht vertrauenswürdig.',
  'ras.862.fix.0':
    'Stellen Sie den Stamm (und die Zwischenzertifikate) der ausstellenden Zertifizierungsstelle mit einem Intune-Profil für vertrauenswürdige Zertifikate auf dem Gerät bereit.',
  'ras.868.meaning':
    'Die Remoteverbindung wurde nicht hergestellt, weil der Name des VPN-Servers nicht aufgelöst werden konnte.',
  'ras.868.fix.0':
    'Prüfen Sie, ob die ServerAddress des Profils ein öffentlicher DNS-Name ist, der in diesem Netzwerk aufgelöst wird (Resolve-DnsName).',
  'ras.868.fix.1':
    'Prüfen Sie, ob das Gerät vor dem Aufbau des VPN funktionierenden Internetzugang und DNS hat.',
  'ras.13801.meaning':
    'Die IKE-Authentifizierungsinformationen sind nicht akzeptabel: Der Server hat das vom Gerät vorgelegte Zertifikat nicht akzeptiert (fehlende EKU, nicht vertrauenswürdige Kette, oder der Server kann die Sperrung nicht prüfen).',
  'ras.13801.fix.1':
    'Falls der Server es verlangt, benötigt das Computerzertifikat auch die EKU „IP-Sicherheit-IKE, dazwischenliegend“ (1.3.6.1.5.5.8.2.2).',
  'ras.13801.fix.2':
    'Prüfen Sie, ob der Server dem Stamm des Gerätezertifikats vertraut und dessen Sperrliste (CRL) erreicht.',
  'ras.13805.meaning':
    'Zeitüberschreitung bei der IKE-Aushandlung: Der VPN-Server hat nicht auf den IKE-Austausch geantwortet.',
  'ras.13805.fix.0': 'Prüfen Sie, ob UDP 500 und 4500 von diesem Netzwerk aus den VPN-Server erreichen.',
  'ras.13805.fix.1':
    'Prüfen Sie, ob der Server auf IKEv2 lauscht und keine Firewall fragmentierte IKE-Pakete verwirft (der Zertifikataustausch ist groß).',
  'ras.13806.meaning': 'IKE hat kein gültiges Computerzertifikat gefunden.',
  'ras.13806.fix.1':
    'Prüfen Sie, ob das Gerät der Stammzertifizierungsstelle des VPN-Serverzertifikats vertraut (Lokaler Computer > Vertrauenswürdige Stammzertifizierungsstellen).',
  'ras.13868.meaning':
    'Fehler bei der Richtlinienübereinstimmung: Gerät und VPN-Server haben keine gemeinsame IKEv2-Verschlüsselungssammlung (Verschlüsselung, Integrität, DH-Gruppe).',
  'ras.13868.fix.0':
    'Gleichen Sie die IPsec-Parameter auf beiden Seiten an: Set-VpnConnectionIPsecConfiguration im Geräteprofil (oder die Kryptografieeinstellungen des Intune-VPN-Profils) und Set-VpnServerConfiguration auf dem Server.',
  'verdict.word.ready': 'Bereit',
  'verdict.word.not-ready': 'Nicht bereit',
  'verdict.word.incomplete': 'Unvollständig',
  'verdict.problem.os-build': 'dieser Windows-Build unterstützt das VPN während Autopilot nicht',
  'verdict.problem.join-state': 'das Gerät ist nicht in die Domäne eingebunden',
  'verdict.problem.mdm-enrollment': 'das Gerät ist nicht bei Intune registriert',
  'verdict.problem.autopilot-profile': 'das Autopilot-Profil ist kein Profil für die Hybrideinbindung',
  'verdict.problem.proxy': 'die Proxyeinstellungen stören',
  'verdict.problem.machine-network': 'das Gerät (SYSTEM) erreicht nicht, was der Techniker erreicht',
  'verdict.problem.network-endpoints': 'Autopilot- und Azure AD-Endpunkte sind nicht erreichbar',
  'verdict.problem.tls-inspection': 'ein Proxy entschlüsselt den Datenverkehr zu Microsoft-Endpunkten',
  'verdict.problem.autopilot-registration': 'das Gerät ist nicht in Autopilot registriert',
  'verdict.problem.tenant-profile':
    'das zugewiesene Autopilot-Profil eignet sich nicht für die Hybrideinbindung über VPN',
  'verdict.problem.profile-drift': 'das Gerät hat ein veraltetes Autopilot-Profil',
  'verdict.problem.vpn-kind': 'es wurde kein vor der Anmeldung nutzbares VPN gefunden',
  'verdict.problem.vpn-client-prelogon': 'der VPN-Client kann vor der Anmeldung keine Verbindung herstellen',
  'verdict.problem.vpn-profile':
    'es gibt keine gerätebezogene VPN-Verbindung, die vor der Anmeldung nutzbar ist',
  'verdict.problem.vpn-certificate': 'das VPN hat kein verwendbares Computerzertifikat',
  'verdict.problem.vpn-connect': 'das VPN stellt keine Verbindung her',
  'verdict.problem.dc-over-vpn': 'kein Domänencontroller antwortet über das VPN',
  'verdict.problem.scp': 'die Hybrideinbindung findet den Mandanten nicht (Dienstverbindungspunkt)',
  'verdict.problem.vpn-disconnect': 'das VPN trennt die Verbindung nicht',
  'verdict.problem.logon-vpn-icon': 'das VPN-Symbol fehlt auf dem Anmeldebildschirm',
  'verdict.problem.offnetwork-signin':
    'die Anmeldung außerhalb des Unternehmensnetzwerks hat die Domäne nicht erreicht',
  'verdict.problem.update-install': 'das kumulative Update wurde nicht installiert',
  'verdict.subject.os-build': 'der Windows-Build',
  'verdict.subject.join-state': 'der Domänenbeitritt',
  'verdict.subject.mdm-enrollment': 'die Intune-Registrierung',
  'verdict.subject.autopilot-profile': 'das Autopilot-Profil',
  'verdict.subject.proxy': 'der Proxy',
  'verdict.subject.machine-network': 'das Netzwerk aus Sicht von SYSTEM',
  'verdict.subject.network-endpoints': 'die Autopilot-Endpunkte',
  'verdict.subject.tls-inspection': 'die Zertifikate der Microsoft-Endpunkte',
  'verdict.subject.autopilot-registration': 'die Autopilot-Registrierung',
  'verdict.subject.tenant-profile': 'das zugewiesene Autopilot-Profil',
  'verdict.subject.profile-drift': 'das zwischengespeicherte Autopilot-Profil im Vergleich zum zugewiesenen',
  'verdict.subject.vpn-kind': 'die Art des VPN',
  'verdict.subject.vpn-client-prelogon': 'die Pre-Logon-Einstellung des VPN-Clients',
  'verdict.subject.vpn-profile': 'die VPN-Verbindung',
  'verdict.subject.vpn-certificate': 'das VPN-Zertifikat',
  'verdict.subject.vpn-connect': 'der VPN-Verbindungstest',
  'verdict.subject.dc-over-vpn': 'der Domänencontroller über das VPN',
  'verdict.subject.scp': 'der Dienstverbindungspunkt',
  'verdict.subject.vpn-disconnect': 'das Trennen des VPN',
  'verdict.subject.logon-vpn-icon': 'das VPN-Symbol auf dem Anmeldebildschirm',
  'verdict.subject.offnetwork-signin': 'die Anmeldung außerhalb des Unternehmensnetzwerks',
  'verdict.subject.update-install': 'das kumulative Update',
  'verdict.unproven.os-build': 'der Windows-Build wurde nicht geprüft',
  'verdict.unproven.join-state': 'der Domänenbeitritt wurde nicht geprüft',
  'verdict.unproven.mdm-enrollment': 'die Intune-Registrierung wurde nicht geprüft',
  'verdict.unproven.autopilot-profile': 'das Autopilot-Profil wurde nicht geprüft',
  'verdict.unproven.proxy': 'der Proxy wurde nicht geprüft',
  'verdict.unproven.machine-network': 'das Netzwerk aus Sicht von SYSTEM wurde nicht geprüft',
  'verdict.unproven.network-endpoints': 'die Autopilot-Endpunkte wurden nicht geprüft',
  'verdict.unproven.tls-inspection': 'die TLS-Überprüfung wurde nicht geprüft',
  'verdict.unproven.autopilot-registration': 'die Autopilot-Registrierung wurde nicht geprüft',
  'verdict.unproven.tenant-profile': 'das zugewiesene Autopilot-Profil wurde nicht geprüft',
  'verdict.unproven.profile-drift':
    'das zwischengespeicherte Autopilot-Profil wurde nicht mit dem zugewiesenen verglichen',
  'verdict.unproven.vpn-kind': 'die Art des VPN wurde nicht geprüft',
  'verdict.unproven.vpn-client-prelogon': 'die Pre-Logon-Einstellung des VPN-Clients wurde nicht geprüft',
  'verdict.unproven.vpn-profile': 'die VPN-Verbindung wurde nicht geprüft',
  'verdict.unproven.vpn-certificate': 'das VPN-Zertifikat wurde nicht geprüft',
  'verdict.unproven.vpn-connect': 'das VPN wurde nie getestet',
  'verdict.unproven.dc-over-vpn': 'der Domänencontroller wurde über das VPN nicht erreicht',
  'verdict.unproven.scp': 'der Dienstverbindungspunkt wurde nicht geprüft',
  'verdict.unproven.vpn-disconnect': 'das Trennen des VPN wurde nicht getestet',
  'verdict.unproven.logon-vpn-icon': 'das VPN-Symbol auf dem Anmeldebildschirm ist nicht bestätigt',
  'verdict.unproven.offnetwork-signin':
    'die Anmeldung außerhalb des Unternehmensnetzwerks ist nicht bestätigt',
  'verdict.unproven.update-install': 'das kumulative Update wurde nicht installiert',
  'verdict.couldNotBeChecked': '{subject} konnte nicht geprüft werden',
  'verdict.problemWithRas': '{problem} (RAS {code})',
  'verdict.allPassed': 'alle Schritte des Verfahrens wurden bestanden',
  'verdict.warningsToRead': '{count, plural, one {# Warnung} other {# Warnungen}} zu lesen',
  'verdict.moreProblems': 'und {count, plural, one {# weiteres Problem} other {# weitere Probleme}}',
  'verdict.moreSteps':
    'und {count, plural, one {# weiterer Schritt abzuschließen} other {# weitere Schritte abzuschließen}}',
  'verdict.nothingChecked': 'es wurde noch nichts geprüft',
  'verdict.line': '{word} – {reason}',
};
