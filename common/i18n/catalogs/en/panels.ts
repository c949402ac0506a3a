/**
 * Panels, forms and dialogs: the fleet screen's sources, a stage's inputs, the manual confirmation,
 * the device's event timeline, the kind of VPN found, errors the renderer itself raises. ICU
 * MessageFormat. The sign-in panel, sign-off form, evidence list and manual confirmation's first
 * words were already in ui.ts (`signIn.*`, `signOff.*`, `evidence.*`, `manual.*`) and stay there:
 * a key lives in one file only. `{element}` placeholders filled with markup (a path, a command)
 * go through renderer/i18n/rich-text.tsx.
 */
import type { Catalog } from '../../source-catalog.js';
import { REFUSED_REASON, RESTRICTED_REASON } from '../../../live-unavailable.js';

export const enPanels: Catalog = {
  'errors.noBridge':
    'The app bridge (window.hvv) is missing: open the renderer through the app, not a browser.',
  'errors.unknown': 'Something went wrong, and the app did not say what.',

  'fleetScreen.back': 'Back to start',
  'fleetScreen.title': 'Fleet readiness',
  'fleetScreen.tagline':
    'The same checks on many devices, from what Intune Remediations collected with the detection script ({command}).',
  'fleetScreen.openFirst': 'Open what Intune collected',
  'fleetScreen.openAnother': 'Open another fleet',
  'fleetScreen.fromExport': 'From an export',
  'fleetScreen.exportWhere':
    'Intune admin center › Devices › Scripts and remediations › your remediation › Device status › Export (CSV), or saved Graph run-state pages (JSON, one file or a folder).',
  'fleetScreen.openFile': 'Open export file…',
  'fleetScreen.openFolder': 'Open folder…',
  'fleetScreen.fromIntune': 'Straight from Intune',
  'fleetScreen.listExplain': 'Lists your tenant’s remediations, then reads the chosen one’s results.',
  'fleetScreen.list': 'List remediations',
  'fleetScreen.listing': 'Listing remediations…',
  'fleetScreen.noRemediation':
    'No remediation in this tenant. Upload the detection script first ({command}).',
  'fleetScreen.remediation': 'Remediation',
  'fleetScreen.read': 'Read results',
  'fleetScreen.cancel': 'Cancel',
  'fleetScreen.reading': 'Reading results from Microsoft Graph…',
  'fleetScreen.progress':
    '{devices, plural, one {# device} other {# devices}} so far ({pages, plural, one {# page} other {# pages}})',

  'stageInputs.replayInputs': 'These are the recording’s inputs; a replay cannot change them.',
  'stageInputs.replayTenant':
    'A replay answers the tenant checks from the recording: signing in applies to live validations.',
  'stageInputs.saveDomain': 'Save domain',
  'stageInputs.package': 'Update package:',
  'stageInputs.noPackage': 'none chosen — the install step is skipped until you choose one',

  // Ends "You marked this step as passed at …" when the technician left no note.
  'manualConfirm.fullStop': '.',

  'timeline.heading': 'What this device logged',
  'timeline.since': 'Events since {since}',
  'timeline.sinceBoot': 'Events since the last start of Windows',
  'timeline.empty': 'No VPN, join or sign-in event was logged in this window.',
  'timeline.unreadable': 'Could not read: {logs}.',
  'timeline.problems': 'Some events could not be read:',
  'timeline.eventId': 'event {id}',
  'timeline.verdict.supports': 'The events agree',
  'timeline.verdict.contradicts': 'The events contradict a pass',
  'timeline.verdict.unknown': 'The events neither confirm nor contradict',
  'timeline.source.vpn': 'VPN',
  'timeline.source.join': 'Hybrid join',
  'timeline.source.autopilot': 'Autopilot',
  'timeline.source.sign-in': 'Sign-in',
  'timeline.connection': '"{name}"',
  // RasClient events in the Application log.
  'timeline.event.vpn.20221': 'VPN dialling started',
  'timeline.event.vpn.20222': 'VPN connecting to the server',
  'timeline.event.vpn.20223': 'VPN tunnel set up',
  'timeline.event.vpn.20224': 'VPN link established',
  'timeline.event.vpn.20225': 'VPN connected',
  'timeline.event.vpn.20226': 'VPN disconnected',
  'timeline.event.vpn.20227': 'VPN connection failed',
  // User Device Registration/Admin.
  'timeline.event.join.304': 'Hybrid join failed at the join phase',
  'timeline.event.join.305': 'Hybrid join failed at authentication',
  'timeline.event.join.306': 'Hybrid join registration succeeded',
  'timeline.event.join.307': 'Hybrid join: no registration service found in Active Directory',
  'timeline.event.join.334': 'Hybrid join pre-check: no domain controller found',
  'timeline.event.join.335': 'Hybrid join pre-check: the device is already joined',
  // Security 4624, by logon type.
  'timeline.event.sign-in': 'User signed in ({logonType})',
  'timeline.event.sign-in.cached': 'User signed in with cached credentials',
  'timeline.logonType.2': 'interactive',
  'timeline.logonType.10': 'remote interactive',
  'timeline.logonType.11': 'cached credentials',
  'timeline.event.autopilot.error': 'Autopilot error (event {id})',
  'timeline.event.autopilot.other': 'Autopilot event {id}',
  'timeline.code.logonType': 'logon type {code}',
  'timeline.code.reason': 'reason {code}',
  'timeline.code.rasError': 'RAS error {code}',

  'vpnKind.label': 'Kind of VPN found',
  'vpnKind.kind.built-in-manual': 'Built-in Windows connection, dialled by hand (rasdial)',
  'vpnKind.kind.built-in-auto': 'Built-in Windows connection that connects by itself (Always On)',
  'vpnKind.kind.third-party': 'Third-party VPN client',
  'vpnKind.kind.none': 'No VPN found',
  'vpnKind.kindWhat': '{kind}: {what}',
  'vpnKind.connection': '"{name}"',
  'vpnKind.connectionTunnel':
    '"{name}" ({tunnel, select, device {device tunnel} user {user tunnel} other {{tunnel} tunnel}})',
  'vpnKind.prelogon.enabled': 'can connect before sign-in',
  'vpnKind.prelogon.disabled': 'cannot connect before sign-in',
  'vpnKind.prelogon.unknown': 'pre-logon setting not readable',
  'vpnKind.stepTitle': '“{title}”',
  'vpnKind.notApplicable': 'Does not apply to this kind: {steps}.',
  'vpnKind.instructions.vpn-connect.built-in-auto':
    'This VPN connects by itself (Always On): the app does not run rasdial; it waits up to {seconds, plural, one {# second} other {# seconds}} for the connection to be up.',
  'vpnKind.instructions.vpn-connect.third-party':
    'This VPN is a third-party client: connect with the client yourself, then press the button; the app looks for the client’s tunnel (no rasdial).',
  'vpnKind.instructions.vpn-disconnect.built-in-auto':
    'Does not apply: an Always On connection is meant to stay up, and rasdial does not manage it.',
  'vpnKind.instructions.vpn-disconnect.third-party':
    'Does not apply: rasdial does not manage a third-party client; disconnect with the client before signing out.',

  // Why live checks are unavailable (start screen), by the id main sends (common/live-unavailable.ts).
  'liveUnavailable.because': '{unavailable}: {reason}',
  'liveUnavailable.detail': 'Details: {detail}',
  'liveUnavailable.reason.not-windows': 'Live checks need Windows with PowerShell.',
  'liveUnavailable.reason.no-answer': 'PowerShell started but did not answer in time.',
  // The same sentences as main's English reason, declared once.
  'liveUnavailable.reason.restricted': RESTRICTED_REASON,
  'liveUnavailable.reason.refused': REFUSED_REASON,
  'liveUnavailable.reason.failed': 'PowerShell could not be started, or it could not run the app’s check.',
  'liveUnavailable.reason.preview':
    'The browser preview replays recordings only; use the desktop app on the device for live checks.',

  // Why a probe has no result (evidence list and report), by ProbeFailure kind; the runner's text follows.
  'evidenceFailure.not-recorded': 'This recording holds no result for this probe.',
  'evidenceFailure.unavailable': 'The probe could not run on this device.',
  'evidenceFailure.cancelled': 'The probe was cancelled before it finished.',
  'evidenceFailure.not-allowed': 'The recorded run was not allowed to take this action.',
  'evidenceFailure.restricted':
    'The device’s policy (AppLocker/WDAC or the execution policy) kept the probe script from running.',
  'evidenceFailure.other': 'The probe gave no result.',
};
