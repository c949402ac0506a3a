/**
 * The kind of VPN the `vpn-kind` step found (issue 16a), said plainly on its card: what it is, the
 * client's pre-logon setting when there is one, and which VPN steps do not apply to that kind, so
 * a technician sees at a glance why the checklist skips rasdial.
 */
import { findStep } from '../../common/engine/checklist.js';
import type { StepId } from '../../common/model.js';
import { i18n } from '../i18n/i18n.js';
import { richText } from '../i18n/rich-text.js';
import { useText } from '../i18n/use-text.js';

const KINDS: ReadonlySet<string> = new Set(['built-in-manual', 'built-in-auto', 'third-party', 'none']);

/** The steps that skip for each kind (common/engine/steps), named by their titles. */
const NOT_APPLICABLE: Record<string, readonly StepId[]> = {
  'built-in-manual': ['vpn-client-prelogon'],
  'built-in-auto': ['vpn-client-prelogon', 'vpn-disconnect'],
  'third-party': ['vpn-profile', 'vpn-certificate', 'vpn-disconnect'],
};

const PRELOGON_STATES: ReadonlySet<string> = new Set(['enabled', 'disabled', 'unknown']);

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function VpnKindFound({ details }: { details: Record<string, unknown> }) {
  const { t, tr, language } = useText();
  const kind = text(details.kind);
  if (!kind || !KINDS.has(kind)) return null;
  const client =
    typeof details.client === 'object' && details.client !== null
      ? (details.client as Record<string, unknown>)
      : null;
  const clientName = client ? text(client.name) : null;
  const version = client ? text(client.version) : null;
  const prelogon = client ? text(client.prelogon) : null;
  const connection = text(details.connection);
  const tunnel = text(details.tunnel);
  // Product names and connection names are shown as Windows and the vendor write them.
  const what =
    kind === 'third-party' && clientName
      ? `${clientName}${version ? ` ${version}` : ''}`
      : connection
        ? tunnel
          ? t('vpnKind.connectionTunnel', { name: connection, tunnel })
          : t('vpnKind.connection', { name: connection })
        : null;
  const skipped = (NOT_APPLICABLE[kind] ?? []).map((id) =>
    t('vpnKind.stepTitle', { title: tr(`step.${id}.title`, findStep(id)?.title ?? id) }),
  );
  const name = <strong>{t(`vpnKind.kind.${kind}`)}</strong>;
  return (
    <section className="vpn-kind-found" aria-label={t('vpnKind.label')}>
      <p>
        {what ? richText(t, 'vpnKind.kindWhat', { kind: name }, { what }) : name}
        {prelogon && PRELOGON_STATES.has(prelogon) ? (
          <span className={`prelogon prelogon-${prelogon}`}> — {t(`vpnKind.prelogon.${prelogon}`)}</span>
        ) : null}
      </p>
      {skipped.length > 0 ? (
        <p className="muted">
          {t('vpnKind.notApplicable', {
            steps: new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(skipped),
          })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * What the rasdial steps do instead, for a VPN that is not dialled by hand: their declared
 * instructions speak of rasdial, which would mislead for an Always On tunnel or a client.
 * In the current language: the step card that calls this re-renders when it changes.
 */
export function adaptedInstructions(stepId: string, kind: unknown): string | null {
  if (kind !== 'built-in-auto' && kind !== 'third-party') return null;
  if (stepId !== 'vpn-connect' && stepId !== 'vpn-disconnect') return null;
  return i18n.t(`vpnKind.instructions.${stepId}.${kind}`, { seconds: 60 });
}
