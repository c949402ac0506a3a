/** Panels, forms and dialogs (see ../en/panels.ts), translated. */
import type { Catalog } from '../../source-catalog.js';

export const dePanels: Catalog = {
  'errors.noBridge':
    'Die App-Brücke (window.hvv) fehlt: Öffnen Sie die Oberfläche über die App, nicht in einem Browser.',
  'errors.unknown': 'Ein Fehler ist aufgetreten, ohne dass die App die Ursache angegeben hat.',

  'fleetScreen.back': 'Zurück zum Start',
  'fleetScreen.title': 'Bereitschaft der Geräteflotte',
  'fleetScreen.tagline':
    'Dieselben Prüfungen auf vielen Geräten, aus den Daten, die Intune-Korrekturen mit dem Erkennungsskript gesammelt haben ({command}).',
  'fleetScreen.openFirst': 'Von Intune gesammelte Daten öffnen',
  'fleetScreen.openAnother': 'Andere Geräteflotte öffnen',
  'fleetScreen.fromExport': 'Aus einem Export',
  'fleetScreen.exportWhere':
    'Microsoft Intune Admin Center › Geräte › Skripts und Korrekturen › Ihre Korrektur › Gerätestatus › Exportieren (CSV), oder gespeicherte Graph-Seiten mit dem Ausführungsstatus (JSON, eine Datei oder ein Ordner).',
  'fleetScreen.openFile': 'Exportdatei öffnen…',
  'fleetScreen.openFolder': 'Ordner öffnen…',
  'fleetScreen.fromIntune': 'Direkt aus Intune',
  'fleetScreen.listExplain':
    'Listet die Korrekturen Ihres Mandanten auf und liest dann die Ergebnisse der ausgewählten.',
  'fleetScreen.list': 'Korrekturen auflisten',
  'fleetScreen.listing': 'Korrekturen werden aufgelistet…',
  'fleetScreen.noRemediation':
    'Dieser Mandant hat keine Korrektur. Laden Sie zuerst das Erkennungsskript hoch ({command}).',
  'fleetScreen.remediation': 'Korrektur',
  'fleetScreen.read': 'Ergebnisse lesen',
  'fleetScreen.cancel': 'Abbrechen',
  'fleetScreen.reading': 'Ergebnisse werden aus Microsoft Graph gelesen…',
  'fleetScreen.progress':
    'Bisher {devices, plural, one {# Gerät} other {# Geräte}} ({pages, plural, one {# Seite} other {# Seiten}})',

  'stageInputs.replayInputs':
    'Dies sind die Eingaben der Aufzeichnung; eine Wiedergabe kann sie nicht ändern.',
  'stageInputs.replayTenant':
    'Eine Wiedergabe beantwortet die Mandantenprüfungen aus der Aufzeichnung: Die Anmeldung gilt nur für Live-Validierungen.',
  'stageInputs.saveDomain': 'Domäne speichern',
  'stageInputs.package': 'Updatepaket:',
  'stageInputs.noPackage':
    'keines ausgewählt – der Installationsschritt wird übersprungen, bis Sie eines auswählen',

  'manualConfirm.fullStop': '.',

  'timeline.heading': 'Was dieses Gerät protokolliert hat',
  'timeline.since': 'Ereignisse seit {since}',
  'timeline.sinceBoot': 'Ereignisse seit dem letzten Start von Windows',
  'timeline.empty': 'In diesem Zeitraum wurde kein VPN-, Einbindungs- oder Anmeldeereignis protokolliert.',
  'timeline.unreadable': 'Nicht lesbar: {logs}.',
  'timeline.problems': 'Einige Ereignisse konnten nicht gelesen werden:',
  'timeline.eventId': 'Ereignis {id}',
  'timeline.verdict.supports': 'Die Ereignisse stimmen überein',
  'timeline.verdict.contradicts': 'Die Ereignisse widersprechen einem Bestehen',
  'timeline.verdict.unknown': 'Die Ereignisse bestätigen nichts und widersprechen nichts',
  'timeline.source.vpn': 'VPN',
  'timeline.source.join': 'Hybrideinbindung',
  'timeline.source.autopilot': 'Autopilot',
  'timeline.source.sign-in': 'Anmeldung',
  'timeline.connection': '„{name}“',
  'timeline.event.vpn.20221': 'VPN-Einwahl gestartet',
  'timeline.event.vpn.20222': 'VPN stellt Verbindung zum Server her',
  'timeline.event.vpn.20223': 'VPN-Tunnel eingerichtet',
  'timeline.event.vpn.20224': 'VPN-Verbindung zum Server hergestellt',
  'timeline.event.vpn.20225': 'VPN verbunden',
  'timeline.event.vpn.20226': 'VPN getrennt',
  'timeline.event.vpn.20227': 'VPN-Verbindung fehlgeschlagen',
  'timeline.event.join.304': 'Hybrideinbindung in der Einbindungsphase fehlgeschlagen',
  'timeline.event.join.305': 'Hybrideinbindung bei der Authentifizierung fehlgeschlagen',
  'timeline.event.join.306': 'Registrierung der Hybrideinbindung erfolgreich',
  'timeline.event.join.307': 'Hybrideinbindung: kein Registrierungsdienst in Active Directory gefunden',
  'timeline.event.join.334': 'Vorabprüfung der Hybrideinbindung: kein Domänencontroller gefunden',
  'timeline.event.join.335': 'Vorabprüfung der Hybrideinbindung: Das Gerät ist bereits eingebunden',
  'timeline.event.sign-in': 'Benutzer angemeldet ({logonType})',
  'timeline.event.sign-in.cached': 'Benutzer mit zwischengespeicherten Anmeldeinformationen angemeldet',
  'timeline.logonType.2': 'interaktiv',
  'timeline.logonType.10': 'remote interaktiv',
  'timeline.logonType.11': 'zwischengespeicherte Anmeldeinformationen',
  'timeline.event.autopilot.error': 'Autopilot-Fehler (Ereignis {id})',
  'timeline.event.autopilot.other': 'Autopilot-Ereignis {id}',
  'timeline.code.logonType': 'Anmeldetyp {code}',
  'timeline.code.reason': 'Grund {code}',
  'timeline.code.rasError': 'RAS-Fehler {code}',

  'vpnKind.label': 'Gefundene VPN-Art',
  'vpnKind.kind.built-in-manual': 'Integrierte Windows-Verbindung, manuell gewählt (rasdial)',
  'vpnKind.kind.built-in-auto': 'Integrierte Windows-Verbindung, die sich selbst verbindet (Always On)',
  'vpnKind.kind.third-party': 'VPN-Client eines Drittanbieters',
  'vpnKind.kind.none': 'Kein VPN gefunden',
  'vpnKind.kindWhat': '{kind}: {what}',
  'vpnKind.connection': '„{name}“',
  'vpnKind.connectionTunnel':
    '„{name}“ ({tunnel, select, device {Gerätetunnel} user {Benutzertunnel} other {Tunnel {tunnel}}})',
  'vpnKind.prelogon.enabled': 'kann vor der Anmeldung verbinden',
  'vpnKind.prelogon.disabled': 'kann nicht vor der Anmeldung verbinden',
  'vpnKind.prelogon.unknown': 'Pre-Logon-Einstellung nicht lesbar',
  'vpnKind.stepTitle': '„{title}“',
  'vpnKind.notApplicable': 'Gilt nicht für diese Art: {steps}.',
  'vpnKind.instructions.vpn-connect.built-in-auto':
    'Dieses VPN verbindet sich selbst (Always On): Die App führt rasdial nicht aus, sondern wartet bis zu {seconds, plural, one {# Sekunde} other {# Sekunden}}, bis die Verbindung besteht.',
  'vpnKind.instructions.vpn-connect.third-party':
    'Dieses VPN ist ein Drittanbieter-Client: Verbinden Sie selbst mit dem Client und klicken Sie dann auf die Schaltfläche; die App sucht den Tunnel des Clients (ohne rasdial).',
  'vpnKind.instructions.vpn-disconnect.built-in-auto':
    'Gilt nicht: Eine Always On-Verbindung soll bestehen bleiben, und rasdial verwaltet sie nicht.',
  'vpnKind.instructions.vpn-disconnect.third-party':
    'Gilt nicht: rasdial verwaltet keinen Drittanbieter-Client; trennen Sie die Verbindung mit dem Client, bevor Sie sich abmelden.',

  'liveUnavailable.because': '{unavailable}: {reason}',
  'liveUnavailable.detail': 'Details: {detail}',
  'liveUnavailable.reason.not-windows': 'Liveprüfungen erfordern Windows mit PowerShell.',
  'liveUnavailable.reason.no-answer': 'PowerShell wurde gestartet, hat aber nicht rechtzeitig geantwortet.',
  'liveUnavailable.reason.restricted':
    'PowerShell ist auf diesem Gerät durch AppLocker/WDAC eingeschränkt: Die Skripts der App werden im Modus ConstrainedLanguage ausgeführt, daher kann keine Liveprüfung ausgeführt werden. Führen Sie die signierte, unter Program Files installierte App aus, oder bitten Sie Ihren Administrator, das Herausgeberzertifikat der App in der AppLocker/WDAC-Richtlinie zuzulassen. Zeichnen Sie dieses Gerät bis dahin mit einer zugelassenen App auf, oder prüfen Sie es manuell.',
  'liveUnavailable.reason.refused':
    'PowerShell hat die Ausführung der Skripts der App verweigert: Die Ausführungsrichtlinie (meist AllSigned oder RemoteSigned, per Gruppenrichtlinie festgelegt, was -ExecutionPolicy Bypass nicht außer Kraft setzen kann) lässt sie nicht zu. Verwenden Sie den signierten Build der App, oder bitten Sie Ihren Administrator, deren Herausgeberzertifikat als vertrauenswürdig einzustufen.',
  'liveUnavailable.reason.failed':
    'PowerShell konnte nicht gestartet werden oder die Prüfung der App nicht ausführen.',
  'liveUnavailable.reason.preview':
    'Die Browservorschau gibt nur Aufzeichnungen wieder; verwenden Sie für Liveprüfungen die Desktop-App auf dem Gerät.',

  'evidenceFailure.not-recorded': 'Diese Aufzeichnung enthält kein Ergebnis für diese Abfrage.',
  'evidenceFailure.unavailable': 'Die Abfrage konnte auf diesem Gerät nicht ausgeführt werden.',
  'evidenceFailure.cancelled': 'Die Abfrage wurde abgebrochen, bevor sie abgeschlossen war.',
  'evidenceFailure.not-allowed': 'Bei der Aufzeichnung durfte diese Aktion nicht ausgeführt werden.',
  'evidenceFailure.restricted':
    'Die Richtlinie des Geräts (AppLocker/WDAC oder die Ausführungsrichtlinie) hat die Ausführung des Abfrageskripts verhindert.',
  'evidenceFailure.other': 'Die Abfrage hat kein Ergebnis geliefert.',
};
