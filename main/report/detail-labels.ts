/**
 * A step's details as a technician reads them on paper, in the report's language: "Error code",
 * "Logon type: cached credentials (11)", never `errorCode` or a JSON object. Labels are keyed by the
 * detail's field name (`reportDetail.<field>`), values the engine stores as ids by field and id
 * (`reportValue.<field>.<id>`), both in catalogs/<lang>/report-details.ts. A field no catalog knows
 * still prints, in words split from its camelCase name.
 */
import type { ReportText } from './report-text.js';

type Format = (value: unknown, rt: ReportText) => string | null;

/** A value stored as one of a few ids, worded by `reportValue.<field>.<id>`; others print as they are. */
const oneOf =
  (field: string): Format =>
  (v, rt) =>
    typeof v === 'string' || typeof v === 'number' ? rt.wordIfKnown(`reportValue.${field}.${v}`) : null;

const yesNo: Format = (v, rt) =>
  typeof v === 'boolean' ? rt.word(v ? 'reportValue.yes' : 'reportValue.no') : null;

/** The user's or SYSTEM's proxy as common/engine/parsers/machine-view.ts reads it. */
const proxyView: Format = (v, rt) => {
  if (typeof v !== 'object' || v === null) return null;
  const { kind, value } = v as Record<string, unknown>;
  if (kind === 'none') return rt.word('reportValue.proxy.none');
  if ((kind === 'static' || kind === 'pac') && typeof value === 'string') {
    return rt.word(`reportValue.proxy.${kind}`, { value });
  }
  return null;
};

const PORT_NAMES: Record<string, string> = { '389': 'LDAP', '88': 'Kerberos' };

const dcPorts: Format = (v, rt) =>
  typeof v === 'object' && v !== null
    ? Object.entries(v as Record<string, unknown>)
        // Integer keys come out of an object in numeric order (88 first): LDAP, then Kerberos.
        .sort(([a], [b]) => (a === '389' ? -1 : b === '389' ? 1 : 0))
        .map(([port, state]) =>
          rt.word('reportValue.field', {
            label: `${PORT_NAMES[port] ?? 'TCP'} ${port}`,
            value: rt.wordIfKnown(`reportValue.portState.${String(state)}`) ?? String(state),
          }),
        )
        .join('; ')
    : null;

const logonType: Format = (v, rt) =>
  typeof v === 'number'
    ? `${rt.wordIfKnown(`reportValue.logonType.${v}`) ?? rt.word('reportValue.logonType.other')} (${v})`
    : null;

const client: Format = (v, rt) => {
  if (typeof v === 'string') return v;
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Record<string, unknown>;
  const version = typeof c['version'] === 'string' ? ` ${c['version']}` : '';
  const state = typeof c['prelogon'] === 'string' ? c['prelogon'] : null;
  const prelogon = state
    ? ` ${rt.word('reportValue.clientPrelogon', { state: rt.wordIfKnown(`reportValue.prelogon.${state}`) ?? state })}`
    : '';
  return typeof c['name'] === 'string' ? `${c['name']}${version}${prelogon}` : null;
};

/** The engine (common/engine/steps/scp.ts) stores where the reference tenant came from as words. */

/** Fields whose value is an id or a shape worth more than its plain printing. */
const FORMATS: Record<string, Format> = {
  azureAdJoined: yesNo,
  domainJoined: yesNo,
  skipConnectivityCheck: yesNo,
  userCertificateOnly: yesNo,
  rebootRequired: yesNo,
  alreadyInstalled: yesNo,
  joinMethod: oneOf('joinMethod'),
  source: oneOf('source'),
  mode: oneOf('mode'),
  failure: oneOf('failure'),
  reason: oneOf('reason'),
  logonType,
  interactiveLogonType: logonType,
  runAccount: oneOf('runAccount'),
  userStoreSkipped: oneOf('runAccount'),
  routeVia: oneOf('routeVia'),
  routeDecidedBy: oneOf('routeDecidedBy'),
  dcPorts,
  eventEvidence: oneOf('eventEvidence'),
  contradiction: oneOf('contradiction'),
  kind: oneOf('kind'),
  tunnel: oneOf('tunnel'),
  client,
  prelogon: oneOf('prelogon'),
  connectedBy: oneOf('connectedBy'),
  userProxy: proxyView,
  systemProxy: proxyView,
  via: oneOf('via'),
};

/** Drawn as a timeline of their own (main/report/html-timeline.ts), never as a row. */
const NOT_ROWS = new Set(['timeline', 'referenceKind']);

/** "userCertificateOnly" → "User certificate only". */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Nested keys can be data, not field names (an endpoint `host:443`): those print as they are. */
function labelOf(key: string, rt: ReportText): string {
  if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(key)) return key;
  return rt.wordIfKnown(`reportDetail.${key}`) ?? words(key);
}

/** A full ISO date-time (a certificate's expiry, an assignment date) in the report's locale. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function plain(value: unknown, rt: ReportText): string {
  const none = rt.word('reportValue.none');
  if (value === null || value === undefined) return none;
  if (typeof value === 'boolean') return rt.word(value ? 'reportValue.yes' : 'reportValue.no');
  if (typeof value === 'string') return ISO_DATE_TIME.test(value) ? rt.when(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? none : value.map((v) => plain(v, rt)).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return none;
    return entries
      .map(([k, v]) => rt.word('reportValue.field', { label: labelOf(k, rt), value: formatted(k, v, rt) }))
      .join('; ');
  }
  return String(value);
}

function formatted(key: string, value: unknown, rt: ReportText): string {
  return FORMATS[key]?.(value, rt) ?? plain(value, rt);
}

export interface DetailRow {
  label: string;
  value: string;
}

/**
 * scp stores the id of its English `referenceFrom` beside it (`referenceKind`); a recording made
 * before the id existed shows the English as recorded.
 */
function referenceFrom(details: Readonly<Record<string, unknown>>, rt: ReportText): string | null {
  const kind = details.referenceKind;
  return typeof kind === 'string' ? rt.wordIfKnown(`reportValue.referenceFrom.${kind}`) : null;
}

export function detailRows(details: Readonly<Record<string, unknown>>, rt: ReportText): DetailRow[] {
  return Object.entries(details)
    .filter(([key]) => !NOT_ROWS.has(key))
    .map(([key, value]) => ({
      label: labelOf(key, rt),
      value: (key === 'referenceFrom' ? referenceFrom(details, rt) : null) ?? formatted(key, value, rt),
    }));
}
