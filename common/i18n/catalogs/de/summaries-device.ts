/**
 * Verdict summaries of the device and tenant steps (keys `step.<id>.summary.*`) and the engine's
 * own sentences (`engine.*`; see ../../catalogs.ts), translated.
 */
import type { Catalog } from '../../source-catalog.js';

/** Sentences the tenant rules say for each tenant step (common/engine/rules/tenant.ts). */
const signIn = (step: string): Catalog => ({
  [`step.${step}.summary.signIn`]: 'Melden Sie sich an, um den Mandanten zu prüfen.',
  [`step.${step}.summary.signInNotRecorded`]:
    'Melden Sie sich an, um den Mandanten zu prüfen. Diese Aufzeichnung enthält keine Mandantendaten.',
  [`step.${step}.summary.signInBecause`]: 'Melden Sie sich an, um den Mandanten zu prüfen. {reason}',
});

const profileRead = (step: string): Catalog => ({
  [`step.${step}.summary.profileForbidden`]:
    'Das Bereitstellungsprofil kann nicht gelesen werden: Berechtigung fehlt.',
  [`step.${step}.summary.profileFailed`]: 'Das Bereitstellungsprofil kann nicht gelesen werden: {reason}',
  [`step.${step}.summary.profileFailedSilently`]:
    'Das Bereitstellungsprofil kann nicht gelesen werden: Der Lesevorgang ist fehlgeschlagen.',
  [`step.${step}.summary.registrationNotPassed`]:
    'Die Prüfung der Autopilot-Registrierung war nicht erfolgreich, daher kann das zugewiesene Profil nicht gelesen werden.',
  [`step.${step}.summary.profileNotUnderstood`]:
    'Das Bereitstellungsprofil aus Graph wurde nicht verstanden: {reason}.',
});

const REGISTERED = 'In Autopilot registriert{tagged, select, yes { (Gruppentag {groupTag})} other {}}';

export const deSummariesDevice: Catalog = {
  'step.os-build.summary.supported': 'Build {build} unterstützt die Hybrideinbindung mit VPN.',
  'step.os-build.summary.hasUpdate': 'Build {build} enthält KB4530684 oder ein neueres kumulatives Update.',
  'step.os-build.summary.missingUpdate':
    'Build {build} ist älter als {minimum}: Installieren Sie KB4530684 oder ein neueres kumulatives Update.',
  'step.os-build.summary.tooOld':
    'Build {build} ist zu alt: Die Hybrideinbindung mit VPN erfordert Windows 10 1903/1909 mit KB4530684 oder Windows 10 2004 und höher.',
  'step.os-build.summary.notDecimal':
    '{name} von os.version wurde nicht verstanden: {raw} ist keine Dezimalzahl.',
  'step.os-build.summary.noBuild': 'os.version hat keinen lesbaren CurrentBuild gemeldet.',
  'step.os-build.summary.noUbr': 'os.version hat Build {build} ohne UBR gemeldet.',

  'step.join-state.summary.pass': 'Hybrid in Azure AD eingebunden (Domäne {domain}).',
  'step.join-state.summary.pending':
    'In {domain} eingebunden, aber noch nicht in Azure AD: Die Hybridregistrierung steht aus.',
  'step.join-state.summary.azureOnly':
    'Nur in Azure AD eingebunden: Das Gerät ist nicht in die lokale Domäne eingebunden.',
  'step.join-state.summary.notJoined': 'Das Gerät ist nicht in die Domäne eingebunden.',

  'step.mdm-enrollment.summary.enrolled': 'Bei Intune registriert.',
  'step.mdm-enrollment.summary.enrolledBy': 'Bei Intune registriert durch {upn}.',
  'step.mdm-enrollment.summary.otherProviders': 'Keine Intune-Registrierung (nur gefunden: {providers}).',
  'step.mdm-enrollment.summary.notEnrolled': 'Das Gerät ist bei keinem MDM-Dienst registriert.',

  'step.autopilot-profile.summary.azureAdOnly':
    'Das Autopilot-Profil bindet nur in Azure AD ein, nicht hybrid in Azure AD.',
  'step.autopilot-profile.summary.skipOn':
    'Profil für die Hybrid-Azure AD-Einbindung mit aktivierter Option „Domänenkonnektivitätsprüfung überspringen“.',
  'step.autopilot-profile.summary.skipOff':
    'Profil für die Hybrideinbindung ohne „Domänenkonnektivitätsprüfung überspringen“: Das Setup benötigt einen Domänencontroller, den das VPN während der OOBE nicht bereitstellen kann.',
  'step.autopilot-profile.summary.registryOnly':
    'Laut Registrierung ist Hybrideinbindung eingestellt, aber auf dem Gerät liegt keine zwischengespeicherte Profildatei, daher kann „Domänenkonnektivitätsprüfung überspringen“ nicht bestätigt werden.',
  'step.autopilot-profile.summary.noProfile': 'Auf dieses Gerät wurde kein Autopilot-Profil heruntergeladen.',
  'step.autopilot-profile.summary.unknownJoinMethodCached':
    'Das zwischengespeicherte Autopilot-Profil enthält CloudAssignedDomainJoinMethod = {value}, keine bekannte Einbindungsmethode.',
  'step.autopilot-profile.summary.unknownJoinMethodRegistry':
    'Der Autopilot-Registrierungsschlüssel enthält CloudAssignedDomainJoinMethod = {value}, keine bekannte Einbindungsmethode.',

  ...signIn('autopilot-registration'),
  'step.autopilot-registration.summary.serialNotRecorded':
    'Die Seriennummer des Geräts ist nicht in dieser Aufzeichnung enthalten, daher kann der Mandant nicht geprüft werden.',
  'step.autopilot-registration.summary.registrationForbidden':
    'Die Autopilot-Registrierung kann nicht gelesen werden: Berechtigung fehlt.',
  'step.autopilot-registration.summary.registrationFailed':
    'Die Autopilot-Registrierung kann nicht gelesen werden: {reason}',
  'step.autopilot-registration.summary.registrationFailedSilently':
    'Die Autopilot-Registrierung kann nicht gelesen werden: Der Lesevorgang ist fehlgeschlagen.',
  'step.autopilot-registration.summary.assignedInSync': `${REGISTERED}: Profil zugewiesen und synchronisiert.`,
  'step.autopilot-registration.summary.assignedOutOfSync': `${REGISTERED}: Profil zugewiesen, aber noch nicht mit dem Autopilot-Dienst synchronisiert.`,
  'step.autopilot-registration.summary.assignedUnknownSyncState': `${REGISTERED}: Profil zugewiesen, Synchronisierungsstatus unbekannt.`,
  'step.autopilot-registration.summary.pending': `${REGISTERED}: Profilzuweisung ausstehend.`,
  'step.autopilot-registration.summary.notAssigned': `${REGISTERED}: Kein Bereitstellungsprofil zugewiesen.`,
  'step.autopilot-registration.summary.failed': `${REGISTERED}: Profilzuweisung fehlgeschlagen.`,
  'step.autopilot-registration.summary.unknown': `${REGISTERED}: Status der Profilzuweisung unbekannt.`,
  'step.autopilot-registration.summary.otherState': `${REGISTERED}: Status der Profilzuweisung „{state}“.`,
  'step.autopilot-registration.summary.noSerial':
    'Die Firmware meldet keine verwendbare Seriennummer, Autopilot identifiziert Geräte jedoch anhand dieser Nummer.',
  'step.autopilot-registration.summary.notRegistered':
    'Keine Autopilot-Registrierung hat die Seriennummer {serial}.',
  'step.autopilot-registration.summary.duplicates':
    '{count, plural, one {# Autopilot-Registrierung hat} other {# Autopilot-Registrierungen haben}} die Seriennummer {serial}; Autopilot kann nicht erkennen, welche davon dieses Gerät ist.',
  'step.autopilot-registration.summary.registrationNotUnderstood':
    'Die Autopilot-Geräteliste aus Graph wurde nicht verstanden: {reason}.',

  ...signIn('tenant-profile'),
  ...profileRead('tenant-profile'),
  'step.tenant-profile.summary.noProfile': 'Diesem Gerät ist kein Bereitstellungsprofil zugewiesen.',
  'step.tenant-profile.summary.azureAdOnly':
    '„{profile}“ bindet nur in Azure AD ein, nicht hybrid in Azure AD.',
  'step.tenant-profile.summary.unnamedAzureAdOnly':
    'Das zugewiesene Profil bindet nur in Azure AD ein, nicht hybrid in Azure AD.',
  'step.tenant-profile.summary.otherJoin': '„{profile}“ bindet als {joinType} ein, nicht hybrid in Azure AD.',
  'step.tenant-profile.summary.unnamedOtherJoin':
    'Das zugewiesene Profil bindet als {joinType} ein, nicht hybrid in Azure AD.',
  'step.tenant-profile.summary.skipOn':
    '„{profile}“ ist eine Hybrid-Azure AD-Einbindung mit aktivierter Option „AD-Konnektivitätsprüfung überspringen“.',
  'step.tenant-profile.summary.unnamedSkipOn':
    'Das zugewiesene Profil ist eine Hybrid-Azure AD-Einbindung mit aktivierter Option „AD-Konnektivitätsprüfung überspringen“.',
  'step.tenant-profile.summary.skipOff':
    '„{profile}“ ist eine Hybrid-Azure AD-Einbindung ohne „AD-Konnektivitätsprüfung überspringen“: Das Setup benötigt einen Domänencontroller, den das VPN während der OOBE nicht bereitstellen kann.',
  'step.tenant-profile.summary.unnamedSkipOff':
    'Das zugewiesene Profil ist eine Hybrid-Azure AD-Einbindung ohne „AD-Konnektivitätsprüfung überspringen“: Das Setup benötigt einen Domänencontroller, den das VPN während der OOBE nicht bereitstellen kann.',

  ...signIn('profile-drift'),
  ...profileRead('profile-drift'),
  'step.profile-drift.summary.noneAssigned':
    'In Intune ist kein Profil zugewiesen, daher gibt es nichts zu vergleichen (siehe Schritt zum zugewiesenen Profil).',
  'step.profile-drift.summary.noneCached':
    'Auf dem Gerät ist noch kein Autopilot-Profil zwischengespeichert; es lädt das zugewiesene Profil während der OOBE herunter.',
  'step.profile-drift.summary.matches':
    'Das zwischengespeicherte Profil entspricht „{profile}“, wie Intune es jetzt zuweist.',
  'step.profile-drift.summary.matchesUnnamed':
    'Das zwischengespeicherte Profil entspricht dem zugewiesenen Profil, wie Intune es jetzt zuweist.',
  'step.profile-drift.summary.outOfDate': 'Das Gerät hat ein veraltetes Profil ({differences}).',

  'step.logon-vpn-icon.summary.ask':
    'Melden Sie sich ab, suchen Sie auf dem Anmeldebildschirm das VPN-Symbol und bestätigen Sie dann.',
  'step.logon-vpn-icon.summary.askWithEvents':
    'Melden Sie sich ab, suchen Sie auf dem Anmeldebildschirm das VPN-Symbol und bestätigen Sie dann. {events}',
  'step.logon-vpn-icon.summary.notSeen':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm nicht gesehen.',
  'step.logon-vpn-icon.summary.notSeenNote':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm nicht gesehen. Hinweis: {note}',
  'step.logon-vpn-icon.summary.contradicted':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm gesehen, aber laut den Ereignissen des Geräts gilt: {contradiction}.',
  'step.logon-vpn-icon.summary.contradictedNote':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm gesehen, aber laut den Ereignissen des Geräts gilt: {contradiction}. Hinweis: {note}',
  'step.logon-vpn-icon.summary.seen': 'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm gesehen.',
  'step.logon-vpn-icon.summary.seenWithEvents':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm gesehen. {events}',
  'step.logon-vpn-icon.summary.seenNote':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm gesehen. Hinweis: {note}',
  'step.logon-vpn-icon.summary.seenWithEventsNote':
    'Der Techniker hat das VPN-Symbol auf dem Anmeldebildschirm gesehen. {events} Hinweis: {note}',

  'step.offnetwork-signin.summary.notHereSystem':
    'Hier nicht geprüft: Die App wird als SYSTEM ausgeführt, daher ist die Anmeldung, die sie sieht, die dieses Kontos und nicht die eines Benutzers. Prüfen Sie die Anmeldung außerhalb des Unternehmensnetzwerks nach dem Setup, mit der App vom angemeldeten Benutzer gestartet.',
  'step.offnetwork-signin.summary.notHereOobe':
    'Hier nicht geprüft: Die App wird als {account} ausgeführt, dem Setupkonto der OOBE (Umschalt+F10), daher ist die Anmeldung, die sie sieht, die dieses Kontos und nicht die eines Benutzers. Prüfen Sie die Anmeldung außerhalb des Unternehmensnetzwerks nach dem Setup, mit der App vom angemeldeten Benutzer gestartet.',
  'step.offnetwork-signin.summary.ask':
    'Melden Sie sich außerhalb des Unternehmensnetzwerks über das VPN mit einem Konto ohne zwischengespeicherte Anmeldeinformationen an und bestätigen Sie dann.',
  'step.offnetwork-signin.summary.askWithEvents':
    'Melden Sie sich außerhalb des Unternehmensnetzwerks über das VPN mit einem Konto ohne zwischengespeicherte Anmeldeinformationen an und bestätigen Sie dann. {events}',
  'step.offnetwork-signin.summary.reportedFailed':
    'Der Techniker meldet, dass die Anmeldung außerhalb des Unternehmensnetzwerks nicht funktioniert hat.',
  'step.offnetwork-signin.summary.mismatchUnreadable':
    'Prüfung nicht möglich: Die App wird als {processUser} ausgeführt (Anmeldetyp {processLogonType}), aber {interactiveUser} hat sich an der Konsole auf eine Weise angemeldet, die die App nicht lesen konnte; der Anmeldenachweis muss vom Benutzer selbst stammen.',
  'step.offnetwork-signin.summary.mismatchCached':
    'Prüfung nicht möglich: Die App wird als {processUser} ausgeführt (Anmeldetyp {processLogonType}), aber {interactiveUser} hat sich an der Konsole mit zwischengespeicherten Anmeldeinformationen angemeldet (Anmeldetyp 11); der Anmeldenachweis muss vom Benutzer selbst stammen.',
  'step.offnetwork-signin.summary.mismatchType':
    'Prüfung nicht möglich: Die App wird als {processUser} ausgeführt (Anmeldetyp {processLogonType}), aber {interactiveUser} hat sich an der Konsole mit Anmeldetyp {interactiveLogonType} angemeldet; der Anmeldenachweis muss vom Benutzer selbst stammen.',
  'step.offnetwork-signin.summary.cached':
    'Diese Sitzung hat zwischengespeicherte Anmeldeinformationen verwendet (Anmeldetyp 11): Die Domäne hat die Anmeldung nie gesehen, daher ist das VPN nicht nachgewiesen.',
  'step.offnetwork-signin.summary.localAccount':
    'Die Sitzung wurde vom Computer selbst authentifiziert ({logonServer}): ein lokales Konto, keine Domänenanmeldung.',
  'step.offnetwork-signin.summary.contradicted':
    'Der Techniker bestätigt die Anmeldung außerhalb des Unternehmensnetzwerks, aber laut den Ereignissen des Geräts gilt: {contradiction}.',
  'step.offnetwork-signin.summary.signedIn': 'Außerhalb des Unternehmensnetzwerks über das VPN angemeldet.',
  'step.offnetwork-signin.summary.signedInWithEvents':
    'Außerhalb des Unternehmensnetzwerks über das VPN angemeldet. {events}',
  'step.offnetwork-signin.summary.signedInBy':
    'Außerhalb des Unternehmensnetzwerks über das VPN angemeldet; authentifiziert von {logonServer}.',
  'step.offnetwork-signin.summary.signedInByWithEvents':
    'Außerhalb des Unternehmensnetzwerks über das VPN angemeldet; authentifiziert von {logonServer}. {events}',
  'step.offnetwork-signin.summary.confirmed':
    'Der Techniker bestätigt, dass die Anmeldung außerhalb des Unternehmensnetzwerks über das VPN funktioniert hat.',
  'step.offnetwork-signin.summary.confirmedWithEvents':
    'Der Techniker bestätigt, dass die Anmeldung außerhalb des Unternehmensnetzwerks über das VPN funktioniert hat. {events}',
  'step.offnetwork-signin.summary.logonTypeNotUnderstood':
    'Der LogonType von logon.session wurde nicht verstanden: {raw} ist keine Anmeldetypnummer.',

  'step.update-install.summary.noPackage': 'Es wurde kein Updatepaket ausgewählt.',
  'step.update-install.summary.installed': 'Das Update wurde installiert.',
  'step.update-install.summary.restart':
    'Das Update wurde installiert; starten Sie neu, um den Vorgang abzuschließen (Exitcode {code}).',
  'step.update-install.summary.alreadyInstalled': 'Das Update ist bereits installiert.',
  'step.update-install.summary.notApplicable':
    'Das Update gilt nicht für dieses Gerät ({code}): falsche Windows-Version oder Architektur, oder es wurde bereits ersetzt.',
  'step.update-install.summary.needsElevation':
    'Das Update wurde nicht installiert: Die App wird nicht als Administrator ausgeführt ({code}).',
  'step.update-install.summary.serviceDisabled':
    'Das Update wurde nicht installiert: Der Windows Update-Dienst ist deaktiviert ({code}).',
  'step.update-install.summary.failed': 'wusa.exe ist mit {code} fehlgeschlagen.',

  'engine.cancelled': 'Vom Techniker abgebrochen.',
  'engine.couldNotCheck': 'Prüfung nicht möglich: {reason}',
  'engine.failedUnexpectedly': 'Die Prüfung ist unerwartet fehlgeschlagen: {reason}',
  'engine.actionNotAllowed':
    'Nicht ausgeführt: Aktionen verändern das Gerät; führen Sie sie mit --connect/--install aus.',
  'engine.remediation.runAgainWhenReady': 'Führen Sie den Schritt erneut aus, sobald Sie bereit sind.',
  'engine.remediation.recordAgain':
    'Zeichnen Sie das Gerät erneut mit allen Probes auf (hvv record --out <file>), oder führen Sie diesen Schritt live auf dem Gerät aus.',
  'engine.remediation.restrictedSignedApp':
    'Führen Sie die signierte, unter „Program Files“ installierte App aus, oder bitten Sie die IT, ihr Herausgeberzertifikat in der AppLocker-/WDAC-Richtlinie oder der Ausführungsrichtlinie zuzulassen.',
  'engine.remediation.restrictedMeanwhile':
    'Zeichnen Sie dieses Gerät bis dahin mit einer Kopie der App auf, der die Richtlinie vertraut, oder prüfen Sie es manuell.',
  'engine.remediation.checkPowerShell':
    'Prüfen Sie, ob PowerShell auf diesem Gerät ausgeführt wird (powershell.exe -NoProfile -Command $PSVersionTable), und führen Sie den Schritt dann erneut aus.',
  'engine.remediation.checkError':
    'Führen Sie den Schritt erneut aus; wenn er weiterhin fehlschlägt, führen Sie den in den Nachweisen angezeigten Befehl manuell in PowerShell aus und bewahren Sie seine Ausgabe für den Support auf.',
  'engine.probeTimedOut': 'Die Probe {probe} hat nach {duration} das Zeitlimit überschritten.',
  'engine.exitCodeNotUnderstood':
    'Der Exitcode von {probe} wurde nicht verstanden: {raw} ist kein 32-Bit-Exitcode.',
  'engine.probeFailed': 'Die Probe {probe} ist mit Exitcode {code} fehlgeschlagen.',
  'engine.probeFailedSaid': 'Die Probe {probe} ist mit Exitcode {code} fehlgeschlagen: {output}',
  'engine.outputNotUnderstood': 'Die Ausgabe von {probe} wurde nicht verstanden: {reason}.',
  'engine.locale': 'de',
  'engine.rasUnknownMeaning':
    'Die VPN-Verbindung ist mit dem Fehler {code} fehlgeschlagen, für den diese App keine Beschreibung hat.',
  'engine.rasUnknownLookUp':
    'Schlagen Sie den Fehler {code} in der Microsoft-Liste „Fehlercodes für Routing und RAS“ nach.',
  'engine.eventsAgree':
    'Die Ereignisse des Geräts stimmen überein: Das VPN wurde um {vpnAt} verbunden, vor der Anmeldung um {signInAt}.',
  'engine.eventsAgreeNamed':
    'Die Ereignisse des Geräts stimmen überein: Das VPN „{connection}“ wurde um {vpnAt} verbunden, vor der Anmeldung um {signInAt}.',
  'engine.eventsContradict': 'Die Ereignisse des Geräts widersprechen dem: {contradiction}.',
  'engine.eventsSecurityUnreadable':
    'Die Anmeldeereignisse konnten nicht gelesen werden (das Sicherheitsprotokoll erfordert Administratorrechte): Die Ereignisse bestätigen dies weder, noch widersprechen sie.',
  'engine.eventsVpnUnreadable':
    'Die VPN-Ereignisse konnten nicht gelesen werden: Die Ereignisse bestätigen dies weder, noch widersprechen sie.',
  'engine.eventsThirdParty':
    'Das VPN dieses Geräts ist ein Drittanbieterclient, der keine RasClient-Ereignisse schreibt: Vor der Anmeldung ist kein VPN-Ereignis zu erwarten, daher bestätigen die Ereignisse dies weder, noch widersprechen sie.',
  'engine.eventsNoSignIn':
    'Im gelesenen Zeitraum wurde keine Benutzeranmeldung protokolliert: Die Ereignisse bestätigen dies weder, noch widersprechen sie.',
  'engine.contradictionCached':
    'Die letzte Anmeldung ({signInAt}) verwendete zwischengespeicherte Anmeldeinformationen (Anmeldetyp 11), die Domäne hat sie also nie gesehen',
  'engine.contradictionNoVpn': 'Vor der letzten Anmeldung ({signInAt}) war keine VPN-Verbindung aktiv',
  'step.profile-drift.summary.difference': '{setting}: Gerät {device}, Intune {tenant}',
  'step.profile-drift.summary.differenceFix':
    '„{setting}“ ist im vom Gerät heruntergeladenen Profil {device}, im Profil, das Intune jetzt zuweist, {tenant}: Das Gerät führt das Setup mit {device} aus, bis es das Profil erneut herunterlädt.',
  'step.profile-drift.summary.settingJoinAs': 'Azure AD-Beitritt als',
  'step.profile-drift.summary.settingSkipConnectivity': 'AD-Konnektivitätsprüfung überspringen',
  'step.profile-drift.summary.settingUserType': 'Benutzerkontotyp',
  'step.profile-drift.summary.settingDeploymentMode': 'Bereitstellungsmodus',
  'step.profile-drift.summary.settingPrivacy': 'Datenschutzeinstellungen',
  'step.profile-drift.summary.settingLicenseTerms': 'Microsoft-Software-Lizenzbedingungen',
  'step.profile-drift.summary.settingKeyboard': 'Tastatur automatisch konfigurieren',
  'step.profile-drift.summary.settingHideChangeAccount': 'Optionen zum Ändern des Kontos ausblenden',
  'step.profile-drift.summary.settingNameTemplate': 'Vorlage für Gerätenamen',
  'step.profile-drift.summary.settingLanguage': 'Sprache (Region)',
  'step.profile-drift.summary.valueHybridJoined': 'Hybrid Azure AD-Einbindung',
  'step.profile-drift.summary.valueAzureJoined': 'Azure AD-Einbindung',
  'step.profile-drift.summary.valueOn': 'ein',
  'step.profile-drift.summary.valueOff': 'aus',
  'step.profile-drift.summary.valueStandard': 'Standard',
  'step.profile-drift.summary.valueAdministrator': 'Administrator',
  'step.profile-drift.summary.valueShared': 'gemeinsam genutzt (Selbstbereitstellung)',
  'step.profile-drift.summary.valueSingleUser': 'ein Benutzer',
  'step.profile-drift.summary.valueHidden': 'ausgeblendet',
  'step.profile-drift.summary.valueShown': 'angezeigt',
  'step.profile-drift.summary.valueNone': '(keine)',
  'step.update-install.summary.fixRestart':
    'Jetzt neu starten: shutdown.exe /r /t 0, danach „{step}“ erneut ausführen.',
  'step.update-install.summary.fixWrongPackage':
    'Prüfen Sie die Windows-Version (winver) und die Architektur (x64/ARM64), und laden Sie das passende kumulative Update herunter.',
  'step.update-install.summary.fixSuperseded':
    'Ist bereits ein neueres kumulatives Update installiert, ist dieses ersetzt: Es ist nichts zu tun; prüfen Sie „{step}“.',
  'step.update-install.summary.fixUpdateCatalog': 'Microsoft Update-Katalog: {url}',
  'step.update-install.summary.fixElevate':
    'Schließen Sie die App, klicken Sie mit der rechten Maustaste darauf und wählen Sie „Als Administrator ausführen“ (während der OOBE läuft Umschalt+F10 bereits als Administrator), und führen Sie diesen Schritt dann erneut aus.',
  'step.update-install.summary.fixStandardUser':
    'Ein Standardbenutzer kann keine Updates installieren: Fordern Sie ein Administratorkonto an, oder lassen Sie die IT das Update verteilen.',
  'step.update-install.summary.fixStartService':
    'Starten Sie den Dienst an einer Administrator-Eingabeaufforderung: sc.exe config wuauserv start= demand, dann net start wuauserv; führen Sie diesen Schritt danach erneut aus.',
  'step.update-install.summary.fixServicePolicy':
    'Wenn eine Gruppenrichtlinie den Dienst auf verwalteten Geräten deaktiviert, fordern Sie das Update bei der IT über deren eigene Verteilung an.',
  'step.autopilot-profile.summary.fixRegister':
    'Registrieren Sie das Gerät in Autopilot (Hardwarehash), und weisen Sie seiner Gruppe ein Bereitstellungsprofil mit Hybrid Azure AD-Einbindung zu.',
  'step.autopilot-profile.summary.fixDownload':
    'Verbinden Sie das Gerät während der OOBE mit dem Internet, damit es das Profil herunterlädt, und prüfen Sie dann erneut.',
  'step.autopilot-profile.summary.fixProfilesDoc': 'Autopilot-Profile: {url}',
  'engine.remediation.recordWithThisVersion':
    'Zeichnen Sie das Gerät mit dieser Version der App erneut auf, oder führen Sie die Prüfung live auf dem Gerät aus.',
  'engine.remediation.fixRegistrationFirst':
    'Beheben Sie zuerst den Schritt „Gerät ist in Autopilot registriert“.',
  'engine.probeNotRecorded': 'Prüfung nicht möglich: Diese Aufzeichnung enthält kein Ergebnis für {probe}.',
  'engine.probeUnavailable':
    'Prüfung nicht möglich: Der Test {probe} konnte auf diesem Gerät nicht ausgeführt werden.',
  'engine.probeRestricted':
    'Prüfung nicht möglich: Eine Richtlinie (AppLocker/WDAC oder die Ausführungsrichtlinie) hat die Ausführung des Tests {probe} verhindert.',
  'engine.commandPrintedNothing': '{command} hat nichts ausgegeben',
  'engine.commandPrintedNothingExitZero': '{command} hat nichts ausgegeben und wurde mit 0 beendet',
  'engine.commandOutputNotUnderstood': 'Ausgabe von {command} nicht verstanden: „{output}“',
  'engine.proxyDirectAndServer': '{command} meldet sowohl direkten Zugriff als auch einen Proxy: „{output}“',
  'engine.remediation.grantConsent':
    'Bitten Sie einen Administrator, für die App-Registrierung die Administratoreinwilligung für die Microsoft Graph-Berechtigung DeviceManagementServiceConfig.Read.All zu erteilen.',
  'engine.remediation.intuneRole':
    'Das angemeldete Konto benötigt außerdem eine Intune-Rolle, die Windows Autopilot-Geräte lesen darf (z. B. Schreibgeschützter Operator).',
  'engine.remediation.graphRetry':
    'Führen Sie die Mandantenprüfungen in einigen Minuten erneut aus; wenn der Fehler bestehen bleibt, notieren Sie die request-id für den Microsoft-Support.',
  'step.autopilot-registration.summary.fixSerialInFirmware':
    'Bitten Sie den Hersteller, die Seriennummer in der Firmware (BIOS/UEFI) einzutragen, und registrieren Sie das Gerät anschließend.',
  'step.autopilot-registration.summary.fixDeleteStale':
    'Suchen Sie in Intune > Geräte > Windows > Windows-Registrierung > Geräte nach der Seriennummer, und löschen Sie die veralteten Registrierungen.',
  'step.autopilot-registration.summary.fixKeepMatching':
    'Behalten Sie die Registrierung, deren Hersteller und Modell zu diesem Gerät passen, und prüfen Sie dann erneut.',
  'step.autopilot-registration.summary.fixAddToGroup':
    'Fügen Sie das Gerät (oder sein Gruppentag) der Azure AD-Gruppe hinzu, der das Bereitstellungsprofil für die Hybrid-Azure AD-Einbindung zugewiesen ist.',
  'step.autopilot-registration.summary.fixWaitAssigned':
    'Warten Sie, bis das Gerät in Intune den Profilstatus „Zugewiesen“ anzeigt, und prüfen Sie dann erneut.',
  'step.autopilot-registration.summary.fixHybridAutopilot':
    'Hybrides Autopilot: https://learn.microsoft.com/autopilot/windows-autopilot-hybrid',
  'step.autopilot-registration.summary.fixAssignmentDelay':
    'Die Profilzuweisung kann nach dem Import eines Geräts oder einer Änderung seiner Gruppe mehrere Minuten dauern; prüfen Sie später erneut.',
  'step.autopilot-registration.summary.fixSync':
    'Wählen Sie in Intune > Geräte > Windows > Windows-Registrierung > Geräte die Option „Synchronisieren“, um den Vorgang zu beschleunigen.',
  'step.os-build.summary.fixReinstallSupported':
    'Installieren Sie auf dem Gerät vor der Registrierung eine unterstützte Version von Windows 10/11 (2004 oder höher) neu, oder führen Sie ein Upgrade darauf aus.',
  'step.os-build.summary.fixMinimumBuild':
    'Mindestversion für 1903/1909: Build 18362.535 / 18363.535 (https://support.microsoft.com/help/4530684).',
  'step.tenant-profile.summary.fixAssignHybridProfile':
    'Weisen Sie einer Gruppe, die dieses Gerät enthält, ein Bereitstellungsprofil für die Hybrid-Azure AD-Einbindung zu, wobei „AD-Konnektivitätsprüfung überspringen“ auf „Ja“ gesetzt ist.',
  'step.tenant-profile.summary.fixAssignHybridJoinType':
    'Weisen Sie der Gruppe dieses Geräts ein Bereitstellungsprofil zu, bei dem „Azure AD beitreten als“ auf „In Hybrid-Azure AD eingebunden“ und „AD-Konnektivitätsprüfung überspringen“ auf „Ja“ gesetzt ist.',
  'step.tenant-profile.summary.fixResetDevice':
    'Setzen Sie das Gerät zurück (oder führen Sie die OOBE erneut aus), damit es das neue Profil herunterlädt.',
  'step.offnetwork-signin.summary.fixStartAsUser':
    'Starten Sie die App als {user} ohne „Als Administrator ausführen“, und führen Sie diesen Schritt dann erneut aus.',
};
