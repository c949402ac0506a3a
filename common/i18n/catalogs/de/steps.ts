/** The step texts (keys `step.<id>.*` of ../../source-catalog.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const deSteps: Catalog = {
  'step.os-build.title': 'Windows-Version unterstützt VPN während Autopilot',
  'step.os-build.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Anforderungen',
  'step.os-build.instructions':
    'Die App liest Windows-Build und Update-Revision (UBR) aus der Registrierung.',
  'step.os-build.why':
    'Das Überspringen der Domänenkonnektivitätsprüfung erfordert Windows 10 1903/1909 mit dem kumulativen Update vom Dezember 2019 (KB4530684) oder Windows 10 2004 oder höher.',
  'step.os-build.remediation.fail.0':
    'Laden Sie das neueste kumulative Update für diese Windows-Version von https://catalog.update.microsoft.com auf einen USB-Stick herunter.',
  'step.os-build.remediation.fail.1':
    'Drücken Sie während der OOBE Umschalt+F10 und führen Sie aus: wusa.exe D:\\<update>.msu /quiet /norestart (oder verwenden Sie den Schritt „Kumulatives Update“ dieser App).',
  'step.os-build.remediation.fail.2':
    'Starten Sie neu mit: shutdown.exe /r /t 0, und führen Sie diese Prüfung erneut aus.',
  'step.os-build.remediation.fail.3':
    'KB4530684 (Build 18362.535 / 18363.535) ist das Minimum: https://support.microsoft.com/help/4530684',
  'step.join-state.title': 'Gerät ist in die Domäne und in Azure AD eingebunden',
  'step.join-state.source': 'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung › Anforderungen',
  'step.join-state.instructions':
    'Die App führt dsregcmd /status aus und liest AzureAdJoined, DomainJoined und DomainName.',
  'step.join-state.why':
    'Das Verfahren wird zuerst auf einem Gerät validiert, das bereits hybrid in Azure AD eingebunden ist, sodass nur das VPN neu ist.',
  'step.join-state.remediation.warn.0':
    'Die Hybridregistrierung erfolgt bei der nächsten Anmeldung oder innerhalb von etwa 30 Minuten: Melden Sie sich im Unternehmensnetzwerk (oder über das VPN) an, warten Sie und führen Sie dsregcmd /status erneut aus.',
  'step.join-state.remediation.warn.1':
    'Prüfen Sie, ob Azure AD Connect die Organisationseinheit (OU) des Computers synchronisiert und der Dienstverbindungspunkt (SCP) konfiguriert ist.',
  'step.join-state.remediation.warn.2':
    'Hybrideinbindung überprüfen: https://learn.microsoft.com/entra/identity/devices/how-to-hybrid-join-verify',
  'step.join-state.remediation.fail.0':
    'Binden Sie das Gerät zuerst in die Domäne ein (im Unternehmensnetzwerk oder mit einem Autopilot-Profil für die Hybrideinbindung und dem Intune Connector for Active Directory).',
  'step.join-state.remediation.fail.1':
    'Hybrideinbindung mit Intune und Autopilot: https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.mdm-enrollment.title': 'Gerät ist bei Intune registriert',
  'step.mdm-enrollment.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung › Anforderungen',
  'step.mdm-enrollment.instructions':
    'Die App listet die MDM-Registrierungen unter HKLM\\SOFTWARE\\Microsoft\\Enrollments auf.',
  'step.mdm-enrollment.why':
    'Intune stellt das VPN-Profil, den zugehörigen Client und das Computerzertifikat bereit, daher muss das Gerät registriert sein.',
  'step.mdm-enrollment.remediation.fail.0':
    'Prüfen Sie Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen: Das Gerät sollte „Verbunden mit MDM von <tenant>“ anzeigen.',
  'step.mdm-enrollment.remediation.fail.1':
    'Aktivieren Sie auf einem hybrid eingebundenen Gerät die Gruppenrichtlinie „Automatische MDM-Registrierung mit Azure AD-Standardanmeldeinformationen aktivieren“ (Computerkonfiguration > Administrative Vorlagen > Windows-Komponenten > MDM).',
  'step.mdm-enrollment.remediation.fail.2':
    'Prüfen Sie, ob der MDM-Benutzerbereich unter Azure AD > Mobilität (MDM und MAM) > Microsoft Intune den registrierenden Benutzer einschließt.',
  'step.mdm-enrollment.remediation.fail.3':
    'Hybrideinbindung mit Intune und Autopilot: https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.autopilot-profile.title':
    'Autopilot-Profil: Hybrideinbindung mit „Domänenkonnektivitätsprüfung überspringen“',
  'step.autopilot-profile.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Anforderungen',
  'step.autopilot-profile.instructions':
    'Die App liest das auf dem Gerät zwischengespeicherte Autopilot-Profil (AutopilotDDSZTDFile.json) und den Registrierungsschlüssel der Autopilot-Diagnose.',
  'step.autopilot-profile.why':
    'Ohne „Domänenkonnektivitätsprüfung überspringen“ wartet die Hybrideinbindung während des Setups auf einen Domänencontroller, bevor sich ein VPN verbinden kann.',
  'step.autopilot-profile.remediation.fail.0':
    'Weisen Sie unter Intune > Geräte > Windows > Windows-Registrierung > Bereitstellungsprofile ein Profil zu, bei dem „Azure AD beitreten als“ auf „In Azure AD Hybrid eingebunden“ steht.',
  'step.autopilot-profile.remediation.fail.1':
    'Setzen Sie das Gerät dann zurück (oder führen Sie die OOBE erneut aus), damit es das neue Profil herunterlädt.',
  'step.autopilot-profile.remediation.fail.2':
    'Autopilot-Profile: https://learn.microsoft.com/autopilot/profiles',
  'step.autopilot-profile.remediation.warn.0':
    'Öffnen Sie unter Intune > Geräte > Windows > Windows-Registrierung > Bereitstellungsprofile das Profil für die Hybrid-Azure AD-Einbindung und setzen Sie „AD-Konnektivitätsprüfung überspringen“ auf „Ja“.',
  'step.autopilot-profile.remediation.warn.1':
    'Stellen Sie sicher, dass das Gerät in Autopilot registriert und das Profil zugewiesen ist (Profilstatus „Zugewiesen“), und setzen Sie das Gerät dann zurück, damit es das Profil herunterlädt.',
  'step.autopilot-profile.remediation.warn.2':
    'Autopilot-Profile: https://learn.microsoft.com/autopilot/profiles',
  'step.proxy.title': 'Kein statischer Proxy im Weg (WPAD erwartet)',
  'step.proxy.source': 'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung › Anforderungen',
  'step.proxy.instructions': 'Die App führt netsh winhttp show proxy aus.',
  'step.proxy.why':
    'Das Verfahren zur Hybrideinbindung erfordert WPAD, wenn ein Proxy verwendet wird: Der Systemkontext kann während des Setups keinen statischen Proxy pro Benutzer verwenden.',
  'step.proxy.remediation.warn.0':
    'Veröffentlichen Sie den Proxy über WPAD (DHCP-Option 252 oder DNS-Name wpad.<domain>) statt eines statischen WinHTTP-Proxys.',
  'step.proxy.remediation.warn.1':
    'Um den statischen Proxy von diesem Gerät zu entfernen, führen Sie als Administrator aus: netsh winhttp reset proxy',
  'step.proxy.remediation.warn.2':
    'Proxykonfiguration für Windows: https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.title': 'Das Gerät (SYSTEM) sieht dasselbe Netzwerk wie der Techniker',
  'step.machine-network.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung › Anforderungen',
  'step.machine-network.instructions':
    'Als Administrator ausgeführt, liest die App den Proxy, testet jeden Endpunkt als angemeldeter Benutzer und erneut als SYSTEM (über eine einmalige geplante Aufgabe, die sie danach entfernt) und vergleicht beides.',
  'step.machine-network.why':
    'Autopilot und die Hybrideinbindung laufen als SYSTEM mit dem WinHTTP-Proxy: Ein nur für den angemeldeten Benutzer festgelegter Proxy lässt das Netzwerk im Browser intakt erscheinen, während die Bereitstellung nicht nach außen gelangt.',
  'step.machine-network.remediation.fail.0':
    'Veröffentlichen Sie den Proxy über WPAD (DHCP-Option 252 oder DNS-Name wpad.<domain>), damit das SYSTEM-Konto ihn während des Setups findet, oder lassen Sie diese Endpunkte aus diesem Netzwerk direkt zu.',
  'step.machine-network.remediation.fail.1':
    'Zum Nachweis auf diesem Gerät führen Sie als Administrator netsh winhttp import proxy source=ie aus (kopiert den Proxy des angemeldeten Benutzers nach WinHTTP), wiederholen diesen Schritt und machen es dann mit netsh winhttp reset proxy rückgängig.',
  'step.machine-network.remediation.fail.2':
    'Proxykonfiguration für Windows: https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.remediation.warn.0':
    'Veröffentlichen Sie den Proxy über WPAD (DHCP-Option 252 oder DNS-Name wpad.<domain>), damit das SYSTEM-Konto ihn während des Setups findet, oder lassen Sie diese Endpunkte aus diesem Netzwerk direkt zu.',
  'step.machine-network.remediation.warn.1':
    'Proxykonfiguration für Windows: https://learn.microsoft.com/troubleshoot/windows-server/networking/configure-client-proxy-server-settings-by-registry-file',
  'step.machine-network.remediation.skip.0':
    'Starten Sie die App als Administrator (Rechtsklick › Als Administrator ausführen) und führen Sie diesen Schritt erneut aus, um mit der SYSTEM-Sicht zu vergleichen.',
  'step.network-endpoints.title': 'Autopilot- und Azure AD-Endpunkte sind erreichbar',
  'step.network-endpoints.source': 'Netzwerkanforderungen für Windows Autopilot',
  'step.network-endpoints.instructions':
    'Die App öffnet eine TCP-Verbindung zu jedem Endpunkt, den Autopilot und die Hybrideinbindung benötigen.',
  'step.network-endpoints.why':
    'Das Gerät benötigt Internetzugriff gemäß den Autopilot-Netzwerkanforderungen, um sein Profil herunterzuladen, Azure AD beizutreten und sich bei Intune zu registrieren.',
  'step.network-endpoints.remediation.fail.0':
    'Lassen Sie ausgehendes HTTPS (TCP 443) und TCP 80 aus diesem Netzwerk zu den als nicht erreichbar aufgeführten Endpunkten zu, ohne TLS-Prüfung für *.microsoftonline.com und *.dds.microsoft.com.',
  'step.network-endpoints.remediation.fail.1':
    'Wenn ein Proxy erforderlich ist, veröffentlichen Sie ihn über WPAD, damit der Systemkontext ihn verwenden kann.',
  'step.network-endpoints.remediation.fail.2':
    'Testen Sie aus diesem Netzwerk erneut (oder über einen Hotspot), um eine Firewallsperre von einem Geräteproblem zu unterscheiden.',
  'step.tls-inspection.title': 'Keine TLS-Prüfung für Microsoft-Endpunkte',
  'step.tls-inspection.source': 'Netzwerkanforderungen für Windows Autopilot',
  'step.tls-inspection.instructions':
    'Die App öffnet eine TLS-Sitzung zu jedem HTTPS-Endpunkt, den Autopilot und die Hybrideinbindung benötigen (über den WinHTTP-Proxy, falls festgelegt), und liest den Aussteller des gelieferten Zertifikats.',
  'step.tls-inspection.why':
    'Autopilot, Geräteregistrierung und Intune-Registrierung authentifizieren sich mit den eigenen Zertifikaten des Geräts; ein Proxy, der diesen Datenverkehr entschlüsselt und neu signiert, macht sie unbrauchbar. Daher verlangt Microsoft, diese Endpunkte von der TLS-Prüfung auszunehmen.',
  'step.tls-inspection.remediation.warn.0':
    'Nehmen Sie diese Endpunkte auf dem Proxy oder Sicherheitsdienst von der TLS/SSL-Prüfung aus (eine „Nicht entschlüsseln“-Regel für *.microsoftonline.com, *.dds.microsoft.com, enterpriseregistration.windows.net, *.manage.microsoft.com, login.live.com) und führen Sie diesen Schritt erneut aus.',
  'step.tls-inspection.remediation.warn.1':
    'Microsoft liefert sie mit seiner öffentlichen Kette aus (DigiCert Global Root G2 oder Microsoft RSA/ECC Root 2017 > Microsoft Azure TLS Issuing CA): https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details',
  'step.autopilot-registration.title': 'Gerät ist in Autopilot registriert und hat ein zugewiesenes Profil',
  'step.autopilot-registration.source':
    'Benutzergesteuerte Hybrid-Azure AD-Einbindung mit Windows Autopilot › Geräte als Autopilot-Geräte registrieren',
  'step.autopilot-registration.instructions':
    'Die App sucht die Seriennummer dieses Geräts unter den Windows Autopilot-Geräten in Intune (Microsoft Graph) und liest den Status der Profilzuweisung. Erfordert eine Anmeldung.',
  'step.autopilot-registration.why':
    'Ein Gerät, das nicht registriert ist oder kein zugewiesenes Profil hat, erhält während der OOBE nie das Profil für die Hybrideinbindung.',
  'step.autopilot-registration.remediation.fail.0':
    'Erfassen Sie den Hardwarehash auf dem Gerät: in PowerShell als Administrator Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online (oder -OutputFile für eine CSV-Datei).',
  'step.autopilot-registration.remediation.fail.1':
    'Oder importieren Sie die CSV-Datei unter Intune > Geräte > Windows > Windows-Registrierung > Geräte > Importieren.',
  'step.autopilot-registration.remediation.fail.2':
    'Fügen Sie das Gerät der Gruppe hinzu, der das Profil für die Hybrid-Azure AD-Einbindung zugewiesen ist, warten Sie auf den Profilstatus „Zugewiesen“ und prüfen Sie erneut.',
  'step.autopilot-registration.remediation.fail.3':
    'Geräte hinzufügen: https://learn.microsoft.com/autopilot/add-devices',
  'step.autopilot-registration.remediation.blocked.0':
    'Melden Sie sich mit einem Intune-Konto des Mandanten an, in dem das Gerät registriert ist (über „Mandantenprüfungen“ auf dem Startbildschirm oder in der Phase „Mandant“), und führen Sie die Mandantenprüfungen erneut aus.',
  'step.autopilot-registration.remediation.blocked.1':
    'Die Prüfungen auf dem Gerät benötigen keine Anmeldung; nur diese beiden Mandantenprüfungen.',
  'step.tenant-profile.title':
    'Zugewiesenes Profil: Hybrid-Azure AD-Einbindung mit „AD-Konnektivitätsprüfung überspringen“',
  'step.tenant-profile.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung der Domänenkonnektivität überspringen',
  'step.tenant-profile.instructions':
    'Die App liest das Bereitstellungsprofil, das Intune diesem Gerät zugewiesen hat (Microsoft Graph beta), und prüft den Einbindungstyp und „AD-Konnektivitätsprüfung überspringen“. Erfordert eine Anmeldung.',
  'step.tenant-profile.why':
    'Ohne „AD-Konnektivitätsprüfung überspringen“ wartet die Hybrideinbindung während des Setups auf einen Domänencontroller, bevor sich ein VPN verbinden kann.',
  'step.tenant-profile.remediation.warn.0':
    'Öffnen Sie unter Intune > Geräte > Windows > Windows-Registrierung > Bereitstellungsprofile das Profil für die Hybrid-Azure AD-Einbindung und setzen Sie „AD-Konnektivitätsprüfung überspringen“ auf „Ja“.',
  'step.tenant-profile.remediation.warn.1':
    'Setzen Sie das Gerät zurück (oder führen Sie die OOBE erneut aus), damit es das geänderte Profil herunterlädt.',
  'step.tenant-profile.remediation.blocked.0':
    'Melden Sie sich mit einem Intune-Konto des Mandanten an, in dem das Gerät registriert ist (über „Mandantenprüfungen“ auf dem Startbildschirm oder in der Phase „Mandant“), und führen Sie die Mandantenprüfungen erneut aus.',
  'step.tenant-profile.remediation.blocked.1':
    'Die Prüfungen auf dem Gerät benötigen keine Anmeldung; nur diese beiden Mandantenprüfungen.',
  'step.profile-drift.title':
    'Das zwischengespeicherte Profil entspricht dem aktuell von Intune zugewiesenen',
  'step.profile-drift.source':
    'Windows Autopilot: Häufig gestellte Fragen zur Problembehandlung › Profil vor der Zuweisung oder Änderung heruntergeladen',
  'step.profile-drift.instructions':
    'Die App vergleicht das auf dem Gerät zwischengespeicherte Autopilot-Profil (AutopilotDDSZTDFile.json) Einstellung für Einstellung mit dem Bereitstellungsprofil, das Intune jetzt zuweist (Microsoft Graph beta). Erfordert eine Anmeldung.',
  'step.profile-drift.why':
    'Ein Gerät lädt sein Profil einmal zu Beginn der OOBE herunter: Ein später zugewiesenes oder geändertes Profil wird nicht ausgeführt, sodass das Gerät auf einen Domänencontroller warten oder falsch eingebunden werden kann.',
  'step.profile-drift.remediation.fail.0':
    'Warten Sie, bis das Gerät unter Intune > Geräte > Windows > Windows-Registrierung > Geräte den Profilstatus „Zugewiesen“ anzeigt (mit „Synchronisieren“ beschleunigen).',
  'step.profile-drift.remediation.fail.1':
    'Noch in der OOBE (vor der Anmeldeseite): Drücken Sie Umschalt+F10 und führen Sie "shutdown /r /t 0" aus; das Gerät lädt das Profil nach dem Neustart erneut herunter, sobald es das Netzwerk erreicht.',
  'step.profile-drift.remediation.fail.2':
    'Nach der OOBE: Das Profil wird nur während des Setups gelesen. Setzen Sie das Gerät zurück (Einstellungen > Wiederherstellung > Diesen PC zurücksetzen oder Zurücksetzen über Intune) und lassen Sie die OOBE das aktuelle Profil herunterladen.',
  'step.profile-drift.remediation.fail.3':
    'Autopilot-Profile: https://learn.microsoft.com/autopilot/profiles',
  'step.profile-drift.remediation.warn.0':
    'Warten Sie, bis das Gerät unter Intune > Geräte > Windows > Windows-Registrierung > Geräte den Profilstatus „Zugewiesen“ anzeigt (mit „Synchronisieren“ beschleunigen).',
  'step.profile-drift.remediation.warn.1':
    'Noch in der OOBE (vor der Anmeldeseite): Drücken Sie Umschalt+F10 und führen Sie "shutdown /r /t 0" aus; das Gerät lädt das Profil nach dem Neustart erneut herunter, sobald es das Netzwerk erreicht.',
  'step.profile-drift.remediation.warn.2':
    'Nach der OOBE: Das Profil wird nur während des Setups gelesen. Setzen Sie das Gerät zurück (Einstellungen > Wiederherstellung > Diesen PC zurücksetzen oder Zurücksetzen über Intune) und lassen Sie die OOBE das aktuelle Profil herunterladen.',
  'step.profile-drift.remediation.warn.3':
    'Autopilot-Profile: https://learn.microsoft.com/autopilot/profiles',
  'step.profile-drift.remediation.blocked.0':
    'Melden Sie sich mit einem Intune-Konto des Mandanten an, in dem das Gerät registriert ist (über „Mandantenprüfungen“ auf dem Startbildschirm oder in der Phase „Mandant“), und führen Sie die Mandantenprüfungen erneut aus.',
  'step.profile-drift.remediation.blocked.1':
    'Die Prüfungen auf dem Gerät benötigen keine Anmeldung; nur diese beiden Mandantenprüfungen.',
  'step.vpn-kind.title': 'Welche Art von VPN dieses Gerät verwendet',
  'step.vpn-kind.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.vpn-kind.instructions':
    'Die App liest, welche VPN-Verbindungen Windows selbst startet (Always On), welche VPN-Clients installiert sind (Cisco Secure Client/AnyConnect, GlobalProtect, FortiClient, Ivanti/Pulse Secure) und deren Dienste, und führt die für diese Art zutreffenden Prüfungen aus.',
  'step.vpn-kind.why':
    'Das Verfahren validiert eine manuell gewählte Verbindung und weist darauf hin, dass automatisch verbindende VPNs und als Win32-Apps bereitgestellte Drittanbieterclients anders validiert werden.',
  'step.vpn-kind.remediation.fail.0':
    'Stellen Sie das VPN so bereit, dass es vor jeder Anmeldung vorhanden ist: eine Windows-VPN-Verbindung pro Computer (für alle Benutzer) oder ein Always On-Gerätetunnel, oder ein als Win32-App installierter VPN-Client mit Pre-Logon-Funktion.',
  'step.vpn-kind.remediation.fail.1':
    'Always On VPN-Gerätetunnel: https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  'step.vpn-kind.remediation.warn.0':
    'Ein Benutzertunnel verbindet sich erst nach der Anmeldung und kann daher nicht die erste Anmeldung eines hybrid eingebundenen Geräts tragen: Fügen Sie einen Gerätetunnel (Computerzertifikat) oder eine Verbindung pro Computer hinzu, die der Benutzer am Anmeldebildschirm starten kann.',
  'step.vpn-kind.remediation.warn.1':
    'Always On VPN-Gerätetunnel: https://learn.microsoft.com/windows-server/remote/remote-access/vpn/vpn-device-tunnel-config',
  'step.vpn-profile.title': 'Eine VPN-Verbindung pro Computer ist vorhanden',
  'step.vpn-profile.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.vpn-profile.instructions':
    'Die App führt Get-VpnConnection -AllUserConnection aus, wie im Verfahren beschrieben.',
  'step.vpn-profile.why':
    'Nur eine VPN-Verbindung für alle Benutzer (pro Computer) ist am Anmeldebildschirm verfügbar, bevor sich jemand angemeldet hat.',
  'step.vpn-profile.remediation.fail.0':
    'Stellen Sie das VPN als Verbindung pro Computer (für alle Benutzer) bereit: als Win32-App aus Intune, die den VPN-Client installiert und die Verbindung erstellt, oder mit Add-VpnConnection -AllUserConnection.',
  'step.vpn-profile.remediation.fail.1':
    'VPN-Plug-Ins aus dem Store (UWP) werden nicht unterstützt: Sie werden erst nach der Anmeldung des Benutzers installiert.',
  'step.vpn-profile.remediation.fail.2': 'Prüfen mit: Get-VpnConnection -AllUserConnection',
  'step.vpn-profile.remediation.fail.3':
    'Windows-VPN-Einstellungen in Intune: https://learn.microsoft.com/mem/intune/configuration/vpn-settings-windows-10',
  'step.vpn-client-prelogon.title': 'Der VPN-Client kann sich vor der Anmeldung verbinden',
  'step.vpn-client-prelogon.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.vpn-client-prelogon.instructions':
    'Bei einem VPN-Client eines Drittanbieters liest die App dessen Pre-Logon-Einstellung dort, wo der Client sie speichert (Start Before Logon bei AnyConnect, Prelogon bei GlobalProtect, VPN before logon bei FortiClient, Computerverbindungen bei Ivanti/Pulse).',
  'step.vpn-client-prelogon.why':
    'Ein Benutzer ohne zwischengespeicherte Anmeldeinformationen meldet sich über das VPN bei der Domäne an; daher muss der Client seinen Tunnel am Anmeldebildschirm anbieten, bevor sich jemand anmeldet.',
  'step.vpn-certificate.title': 'Computerzertifikat für das VPN',
  'step.vpn-certificate.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Anforderungen',
  'step.vpn-certificate.instructions':
    'Wenn sich das VPN mit einem Zertifikat anmeldet, sucht die App im Zertifikatspeicher des Computers (Cert:\\LocalMachine\\My) danach.',
  'step.vpn-certificate.why':
    'Das Zertifikat muss ein von Intune bereitgestelltes Computerzertifikat sein: Benutzerzertifikate kommen erst nach der Anmeldung des Benutzers an.',
  'step.vpn-certificate.remediation.fail.0':
    'Stellen Sie in Intune ein SCEP- oder PKCS-Zertifikatprofil für das Gerät (nicht den Benutzer) bereit, mit Zertifikattyp „Gerät“ und erweiterter Schlüsselverwendung „Clientauthentifizierung“ (1.3.6.1.5.5.7.3.2).',
  'step.vpn-certificate.remediation.fail.1':
    'Prüfen Sie das Ergebnis in certlm.msc > Eigene Zertifikate > Zertifikate: Das Zertifikat muss „Sie besitzen einen privaten Schlüssel für dieses Zertifikat.“ anzeigen.',
  'step.vpn-certificate.remediation.fail.2':
    'Zertifikate in Intune: https://learn.microsoft.com/mem/intune/protect/certificates-configure',
  'step.vpn-connect.title': 'VPN mit rasdial verbinden',
  'step.vpn-connect.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.vpn-connect.instructions':
    'Die App führt RASDIAL.EXE "<connection name>" aus, wie im Verfahren beschrieben. Dies kann bis zu einer Minute dauern.',
  'step.vpn-connect.why':
    'Das Verfahren verlangt, die VPN-Verbindung pro Computer manuell zu starten, bevor sie am Anmeldebildschirm getestet wird.',
  'step.vpn-connect.action.button': 'VPN jetzt verbinden',
  'step.vpn-connect.action.dialogTitle': 'VPN verbinden?',
  'step.vpn-connect.action.confirmLabel': 'Ja, verbinden',
  'step.vpn-connect.action.confirm':
    'Die App führt rasdial aus, um {"vpnConnection"} zu verbinden. Dieses Gerät ist bis zur Trennung über das VPN mit dem Unternehmensnetzwerk verbunden. Dies kann bis zu einer Minute dauern.',
  'step.vpn-connect.action.whenMissing.vpnConnection':
    'die einzige verwendbare VPN-Verbindung für alle Benutzer',
  'step.dc-over-vpn.title': 'Ein Domänencontroller antwortet über das VPN',
  'step.dc-over-vpn.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.dc-over-vpn.instructions': 'Bei verbundenem VPN führt die App nltest /dsgetdc:<domain> aus.',
  'step.dc-over-vpn.why':
    'Die Anmeldung mit einem Konto ohne zwischengespeicherte Anmeldeinformationen erfordert einen Domänencontroller, der über das VPN erreicht wird.',
  'step.dc-over-vpn.remediation.fail.0':
    'Prüfen Sie, ob das VPN die DNS-Server und das DNS-Suffix des Unternehmens überträgt: Führen Sie bei bestehender Verbindung Get-DnsClientServerAddress und Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain> aus.',
  'step.dc-over-vpn.remediation.fail.1':
    'Prüfen Sie, ob die VPN-Routen (Split-Tunneling) die Subnetze der Domänencontroller enthalten und TCP/UDP 53, 88, 389, 445 und 135 zu ihnen zugelassen sind.',
  'step.dc-over-vpn.remediation.fail.2':
    'So sucht Windows einen Domänencontroller: https://learn.microsoft.com/troubleshoot/windows-server/active-directory/dc-locator-process',
  'step.dc-over-vpn.remediation.warn.0':
    'Fügen Sie die Subnetze der Domänencontroller den VPN-Routen hinzu (Split-Tunneling: Add-VpnConnectionRoute oder die Routen des Intune-VPN-Profils) oder verwenden Sie einen vollständigen Tunnel, damit der DC über das VPN und nicht über das lokale Netzwerk erreicht wird.',
  'step.dc-over-vpn.remediation.warn.1':
    'Prüfen Sie, ob DNS über das VPN Domänencontroller liefert, die nur darüber erreichbar sind: Resolve-DnsName -Type SRV _ldap._tcp.dc._msdcs.<domain>, dann muss Find-NetRoute -RemoteIPAddress <address> die VPN-Schnittstelle nennen.',
  'step.dc-over-vpn.remediation.warn.2':
    'Testen Sie außerhalb des Unternehmensnetzwerks (Handy-Hotspot): Ein über das LAN gefundener DC beweist nichts über die Anmeldung über das VPN.',
  'step.scp.title': 'Hybrideinbindung findet den Mandanten (Dienstverbindungspunkt)',
  'step.scp.source': 'Konfigurieren der Microsoft Entra-Hybrideinbindung › Dienstverbindungspunkt',
  'step.scp.instructions':
    'Die App liest den clientseitigen SCP (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD) und bei verbundenem VPN den SCP in Active Directory über LDAP und prüft, ob beide den Mandanten nennen, in dem das Gerät registriert ist.',
  'step.scp.why':
    'Die Hybrideinbindung fragt den SCP, in welchem Microsoft Entra-Mandanten der Computer registriert werden soll: Ohne SCP wird das Gerät nie hybrid eingebunden, und ein SCP mit einem anderen Mandanten registriert es dort.',
  'step.scp.remediation.fail.0':
    'Führen Sie auf dem Microsoft Entra Connect-Server Microsoft Entra Connect > Geräteoptionen konfigurieren > Hybrid-Azure AD-Einbindung konfigurieren aus, wählen Sie Gesamtstruktur und Mandant aus und lassen Sie den Dienstverbindungspunkt erstellen.',
  'step.scp.remediation.fail.1':
    'Oder legen Sie für einen gezielten Rollout den clientseitigen SCP auf diesem Gerät fest (Gruppenrichtlinieneinstellung oder Intune): HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CDJ\\AAD, TenantId = <tenant id> und TenantName = <verified domain>. Kontrollierte Validierung: https://learn.microsoft.com/entra/identity/devices/hybrid-join-control',
  'step.scp.remediation.fail.2':
    'Prüfen Sie den SCP vom Gerät aus bei aktivem VPN: ([adsi]"LDAP://CN=62a0ff2e-97b9-4513-943f-0d221bd30080,CN=Device Registration Configuration,CN=Services,CN=Configuration,DC=<domain>").Keywords',
  'step.vpn-disconnect.title': 'VPN trennen',
  'step.vpn-disconnect.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.vpn-disconnect.instructions':
    'Die App führt RASDIAL.EXE "<connection name>" /disconnect aus, damit der Test am Anmeldebildschirm in einem sauberen Zustand beginnt.',
  'step.vpn-disconnect.why':
    'Der nächste Test startet das VPN am Anmeldebildschirm; dazu muss die Verbindung getrennt sein.',
  'step.vpn-disconnect.remediation.fail.0':
    'Trennen Sie über das Netzwerk-Flyout (VPN-Eintrag > Trennen) oder führen Sie aus: rasdial /disconnect',
  'step.vpn-disconnect.remediation.fail.1':
    'Bleibt die Verbindung bestehen, starten Sie den Dienst „RAS-Verbindungsverwaltung“ (RasMan) oder das Gerät neu.',
  'step.vpn-disconnect.action.button': 'VPN jetzt trennen',
  'step.vpn-disconnect.action.dialogTitle': 'VPN trennen?',
  'step.vpn-disconnect.action.confirmLabel': 'Ja, trennen',
  'step.vpn-disconnect.action.confirm':
    'Die App führt rasdial /disconnect für {"vpnConnection"} aus. Alles, was das Unternehmensnetzwerk über das VPN nutzt, verliert die Verbindung.',
  'step.vpn-disconnect.action.whenMissing.vpnConnection': 'die VPN-Verbindung',
  'step.logon-vpn-icon.title': 'VPN-Symbol auf dem Anmeldebildschirm',
  'step.logon-vpn-icon.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.logon-vpn-icon.instructions':
    'Melden Sie sich ab (Strg+Alt+Entf > Abmelden). Sehen Sie auf dem Anmeldebildschirm unten rechts nach: Ein Netzwerksymbol mit der VPN-Verbindung muss angezeigt werden. Kehren Sie zurück und bestätigen Sie, was Sie gesehen haben.',
  'step.logon-vpn-icon.why':
    'Der Benutzer verbindet das VPN am Anmeldebildschirm vor der Anmeldung; ohne das Symbol ist das nicht möglich.',
  'step.logon-vpn-icon.remediation.fail.0':
    'Die VPN-Verbindung muss pro Computer (für alle Benutzer) eingerichtet sein; eine Verbindung pro Benutzer wird am Anmeldebildschirm nicht angezeigt.',
  'step.logon-vpn-icon.remediation.fail.1':
    'Aktivieren Sie bei Drittanbieterclients deren Option „Start Before Logon“/„Pre-Logon“ in der Konfiguration der Win32-App.',
  'step.logon-vpn-icon.remediation.fail.2':
    'Stellen Sie sicher, dass die Gruppenrichtlinie „Netzwerkauswahl-UI nicht anzeigen“ nicht aktiviert ist (Computerkonfiguration > Administrative Vorlagen > System > Anmelden).',
  'step.logon-vpn-icon.remediation.warn.0':
    'Melden Sie sich ab, verbinden Sie das VPN über das Symbol auf dem Anmeldebildschirm, melden Sie sich mit einem Domänenkonto ohne zwischengespeicherte Anmeldeinformationen an und führen Sie die Prüfungen erneut aus, damit die Ereignisse das vor der Anmeldung verbundene VPN zeigen.',
  'step.logon-vpn-icon.remediation.warn.1':
    'Filtern Sie in Ereignisanzeige > Windows-Protokolle > Anwendung nach der Quelle RasClient: 20225 bedeutet, dass das VPN verbunden wurde, 20227, dass es fehlschlug (mit dem RAS-Fehlercode).',
  'step.offnetwork-signin.title': 'Anmeldung außerhalb des Unternehmensnetzwerks über das VPN',
  'step.offnetwork-signin.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.offnetwork-signin.instructions':
    'Trennen Sie das Gerät vom Unternehmensnetzwerk (z. B. Handy-Hotspot). Verbinden Sie am Anmeldebildschirm das VPN über sein Symbol und melden Sie sich mit einem Konto an, das sich noch nie auf diesem Gerät angemeldet hat. Kehren Sie zurück und bestätigen Sie.',
  'step.offnetwork-signin.why':
    'Dies beweist, dass sich ein neuer Benutzer während oder nach Autopilot anmelden kann, wenn die Domäne nur über das VPN erreichbar ist.',
  'step.offnetwork-signin.remediation.fail.0':
    'Verwenden Sie ein Konto, das sich noch nie auf diesem Gerät angemeldet hat: Mit zwischengespeicherten Anmeldeinformationen meldet Windows ohne Domäne an, was nichts beweist.',
  'step.offnetwork-signin.remediation.fail.1':
    'Verbinden Sie das VPN über das Symbol auf dem Anmeldebildschirm, bevor Sie das Kennwort eingeben, und prüfen Sie, ob „Anmeldeoptionen“ das VPN als verbunden anzeigt.',
  'step.offnetwork-signin.remediation.fail.2':
    'Schlägt die Anmeldung mit „Zurzeit steht kein Anmeldeserver zur Verfügung“ fehl, kehren Sie zu „Ein Domänencontroller antwortet über das VPN“ zurück.',
  'step.offnetwork-signin.remediation.warn.0':
    'Melden Sie sich ab, verbinden Sie das VPN am Anmeldebildschirm und melden Sie sich mit einem Domänenkonto an, das sich noch nie auf diesem Gerät angemeldet hat; führen Sie dann die Prüfungen erneut aus.',
  'step.offnetwork-signin.remediation.warn.1':
    'Prüfen Sie die Zeitachse: Ein Ereignis „VPN verbunden“ muss vor der Anmeldung liegen, und die Anmeldung darf nicht mit „zwischengespeicherten Anmeldeinformationen“ erfolgt sein.',
  'step.update-install.title': 'Kumulatives Update von USB installieren',
  'step.update-install.source':
    'Benutzergesteuerter Modus für die Hybrid-Azure AD-Einbindung mit VPN-Unterstützung › Überprüfung',
  'step.update-install.instructions':
    'Die App führt WUSA.EXE "<package>.msu" /quiet /norestart mit dem gewählten Paket aus, wie es das Verfahren während der OOBE über Umschalt+F10 tut.',
  'step.update-install.why':
    'Windows 10 1903 und 1909 benötigen das kumulative Update vom Dezember 2019 (oder neuer), damit die Hybrideinbindung mit VPN funktioniert.',
  'step.update-install.remediation.fail.0':
    'Laden Sie das kumulative Update für diese Windows-Version und Architektur (x64/ARM64) von https://catalog.update.microsoft.com herunter.',
  'step.update-install.remediation.fail.1':
    'Über Umschalt+F10 können Sie auch "start ms-settings:" ausführen und Update und Sicherheit > Nach Updates suchen verwenden.',
  'step.update-install.remediation.fail.2': 'wusa.exe-Referenz: https://support.microsoft.com/help/934307',
  'step.update-install.action.button': 'Update jetzt installieren',
  'step.update-install.action.dialogTitle': 'Update installieren?',
  'step.update-install.action.confirmLabel': 'Ja, installieren',
  'step.update-install.action.confirm':
    'Die App führt wusa.exe {updatePackage} /quiet /norestart aus. Dadurch wird das kumulative Update auf diesem Gerät installiert; dies kann mehrere Minuten dauern. Windows fordert danach wahrscheinlich einen Neustart an; die App startet nicht ohne Ihre Zustimmung neu.',
  'step.update-install.action.whenMissing.updatePackage': '(kein Paket ausgewählt)',
};
