/**
 * The kind of VPN the `vpn-kind` step found (issue 16a), said plainly on its card: what it is, the
 * client's pre-logon setting when there is one, and which VPN steps do not apply to that kind, so
 * a technician sees at a glance why the checklist skips rasdial.
 */
import { findStep } from '../../common/engine/checklist.js';
import type { StepId } from '../../common/model.js';

const KIND_TEXT: Record<string, string> = {
  'built-in-manual': 'Built-in Windows connection, dialled by hand (rasdial)',
  'built-in-auto': 'Built-in Windows connection that connects by itself (Always On)',
  'third-party': 'Third-party VPN client',
  none: 'No VPN found',
};

/** The steps that skip for each kind (common/engine/steps), named by their titles. */
const NOT_APPLICABLE: Record<string, readonly StepId[]> = {
  'built-in-manual': ['vpn-client-prelogon'],
  'built-in-auto': ['vpn-client-prelogon', 'vpn-disconnect'],
  'third-party': ['vpn-profile', 'vpn-certificate', 'vpn-disconnect'],
};

const PRELOGON_TEXT: Record<string, string> = {
  enabled: 'can connect before sign-in',
  disabled: 'cannot connect before sign-in',
  unknown: 'pre-logon setting not readable',
};

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function VpnKindFound({ details }: { details: Record<string, unknown> }) {
  const kind = text(details.kind);
  if (!kind || !(kind in KIND_TEXT)) return null;
  const client =
    typeof details.client === 'object' && details.client !== null
      ? (details.client as Record<string, unknown>)
      : null;
  const clientName = client ? text(client.name) : null;
  const version = client ? text(client.version) : null;
  const prelogon = client ? text(client.prelogon) : null;
  const connection = text(details.connection);
  const tunnel = text(details.tunnel);
  const what =
    kind === 'third-party' && clientName
      ? `${clientName}${version ? ` ${version}` : ''}`
      : connection
        ? `"${connection}"${tunnel ? ` (${tunnel} tunnel)` : ''}`
        : null;
  const skipped = (NOT_APPLICABLE[kind] ?? []).map((id) => findStep(id)?.title ?? id);
  return (
    <section className="vpn-kind-found" aria-label="Kind of VPN found">
      <p>
        <strong>{KIND_TEXT[kind]}</strong>
        {what ? <>: {what}</> : null}
        {prelogon && PRELOGON_TEXT[prelogon] ? (
          <span className={`prelogon prelogon-${prelogon}`}> — {PRELOGON_TEXT[prelogon]}</span>
        ) : null}
      </p>
      {skipped.length > 0 ? (
        <p className="muted">Does not apply to this kind: {skipped.map((t) => `“${t}”`).join(', ')}.</p>
      ) : null}
    </section>
  );
}

/**
 * What the rasdial steps do instead, for a VPN that is not dialled by hand: their declared
 * instructions speak of rasdial, which would mislead for an Always On tunnel or a client.
 */
export function adaptedInstructions(stepId: string, kind: unknown): string | null {
  if (kind !== 'built-in-auto' && kind !== 'third-party') return null;
  if (stepId === 'vpn-connect') {
    return kind === 'built-in-auto'
      ? 'This VPN connects by itself (Always On): the app does not run rasdial; it waits up to 60 seconds for the connection to be up.'
      : 'This VPN is a third-party client: connect with the client yourself, then press the button; the app looks for the client’s tunnel (no rasdial).';
  }
  if (stepId === 'vpn-disconnect') {
    return kind === 'built-in-auto'
      ? 'Does not apply: an Always On connection is meant to stay up, and rasdial does not manage it.'
      : 'Does not apply: rasdial does not manage a third-party client; disconnect with the client before signing out.';
  }
  return null;
}
