/**
 * The one line the fleet detection script prints (contract v1.1 §5, format documented in
 * docs/CONTRACT-EXTENSIONS.md): each read-only probe's answer, reduced on the device to what the
 * engine's rules read and kept in the probe's own format, so `hvv fleet report` rebuilds the probe
 * results and the unchanged engine decides. Intune keeps only the last 2,048 characters of it.
 */
import { z } from 'zod';
import type { ProbeId, RecordedProbe } from '../model.js';
import type { RequiredEndpoint } from '../engine/step-definition.js';
import { CLIENT_AUTHENTICATION_OID } from '../engine/rules/certificates.js';
import { VpnKindLineSchema, vpnKindStdout } from './vpn-kind-line.js';

/** Intune keeps the last line of a detection script's output, cut to its last 2,048 characters. */
export const INTUNE_OUTPUT_LIMIT = 2048;
export const LINE_FORMAT = 'fleet/1';

/** Short keys keep the line small; each names one probe (vk an extension probe, issue 16a). */
export const LINE_PROBE_KEYS = {
  os: 'os.version',
  ds: 'join.dsregcmd',
  md: 'mdm.enrollments',
  ap: 'autopilot.profile',
  px: 'proxy.winhttp',
  vc: 'vpn.connections',
  cm: 'cert.machine',
  cu: 'cert.user',
  vk: 'vpn.kind',
  tc: 'net.tcp',
} as const satisfies Record<string, ProbeId>;
export type LineProbeKey = keyof typeof LINE_PROBE_KEYS;

/**
 * Keys added after the first scripts shipped (vk: issue 16a). A line without one still reads: its
 * probe is then not recorded, and the steps that read it decide as before it existed.
 */
type LaterKey = 'vk';
const isLaterKey = (key: LineProbeKey): key is LaterKey => key === 'vk';

/**
 * A probe's answer: `[exitCode, data]`, or a letter when there is none: `T` timed out, `U` ran but
 * its output could not be read on the device, `L` too long for the line (the device is unknown).
 */
const AnswerSchema = z.union([z.tuple([z.number().int(), z.unknown()]), z.enum(['T', 'U', 'L'])]);
type Answer = z.infer<typeof AnswerSchema>;

export const LineSchema = z.object({
  hvv: z.string(),
  /** Which generated script printed it: a hash of the script, so results of another script are told apart. */
  id: z.string(),
  /** The device's clock when it ran: "now" for certificate dates, as recordedAt is for a scenario. */
  t: z.string(),
  /** The script's own exit code (1 = not ready), kept to show where device and engine disagree. */
  x: z.number().int().optional(),
  p: z.object({
    ...(Object.fromEntries(
      (Object.keys(LINE_PROBE_KEYS) as LineProbeKey[])
        .filter((k) => !isLaterKey(k))
        .map((k) => [k, AnswerSchema]),
    ) as Record<Exclude<LineProbeKey, LaterKey>, typeof AnswerSchema>),
    vk: AnswerSchema.optional(),
  }),
});
export type FleetLine = z.infer<typeof LineSchema>;

export type LineOutcome =
  { ok: true; line: FleetLine; probes: RecordedProbe[]; recordedAt: string } | { ok: false; reason: string };

const OsSchema = z.object({ CurrentBuild: z.unknown(), UBR: z.unknown() }).partial();
const ProfileSchema = z.object({ r: z.unknown(), z: z.unknown() }).partial();
/** [name, allUser 0|1, plug-in 0|1, methods "A|B", tunnel, L2TP auth, EAP types "13|25"] */
const VpnTupleSchema = z.tuple([
  z.string(),
  z.number(),
  z.number(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
]);
/** [notBefore, notAfter] in Unix seconds, for certificates with Client Authentication and a key. */
const CertTupleSchema = z.tuple([z.number(), z.number()]);

function answered(exitCode: number, stdout: string, timedOut = false): RecordedProbe['result'] {
  return { exitCode, stdout, stderr: '', durationMs: 0, timedOut };
}

class Unreadable extends Error {}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, key: string): T {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new Unreadable(`the answer of ${LINE_PROBE_KEYS[key as LineProbeKey]} is malformed`);
  return result.data;
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** Rebuilds the probe's stdout, in the contract's format, from its reduced data. */
function stdoutOf(key: Exclude<LineProbeKey, 'tc'>, data: unknown): string {
  switch (key) {
    case 'os':
      return JSON.stringify(parseWith(OsSchema, data, key));
    case 'ds':
    case 'px':
      return parseWith(z.string(), data, key);
    case 'md':
      return JSON.stringify(parseWith(z.array(z.string()), data, key).map((ProviderID) => ({ ProviderID })));
    case 'ap': {
      const profile = parseWith(ProfileSchema, data, key);
      return JSON.stringify({ registry: profile.r ?? null, ztdFile: profile.z ?? null });
    }
    case 'vc':
      return JSON.stringify(
        parseWith(z.array(VpnTupleSchema), data, key).map(
          ([Name, allUser, plugin, methods, tunnel, l2tp, eap]) => ({
            Name,
            AllUserConnection: allUser === 1,
            PluginApplicationID: plugin === 1 ? 'plug-in' : null,
            AuthenticationMethod: methods === '' ? [] : methods.split('|'),
            TunnelType: tunnel || null,
            L2tpIPsecAuth: l2tp || null,
            // Only the EAP method types survive the reduction; the rules read nothing else of the XML.
            EapConfigXml:
              eap === ''
                ? null
                : eap
                    .split('|')
                    .map((type) => `<Type>${type}</Type>`)
                    .join(''),
          }),
        ),
      );
    case 'vk':
      return vpnKindStdout(parseWith(VpnKindLineSchema, data, key));
    case 'cm':
    case 'cu':
      return JSON.stringify(
        parseWith(z.array(CertTupleSchema), data, key).map(([notBefore, notAfter]) => ({
          Subject: '(reported by the fleet script)',
          NotBefore: iso(notBefore),
          NotAfter: iso(notAfter),
          HasPrivateKey: true,
          EnhancedKeyUsage: [{ FriendlyName: 'Client Authentication', ObjectId: CLIENT_AUTHENTICATION_OID }],
        })),
      );
  }
}

/** `tc` is one character per configured endpoint: 1 reachable, 0 not, E the probe failed, T timed out. */
function tcpProbes(answer: Answer, endpoints: readonly RequiredEndpoint[]): RecordedProbe[] {
  if (answer === 'L' || answer === 'U') throw new Unreadable('the answer of net.tcp is malformed');
  const states =
    answer === 'T' ? 'T'.repeat(endpoints.length) : parseWith(z.string().regex(/^[10ET]*$/), answer[1], 'tc');
  if (states.length !== endpoints.length) {
    throw new Unreadable(
      `it checked ${states.length} endpoints where this report expects ${endpoints.length} (another --config?)`,
    );
  }
  return endpoints.map((endpoint, i) => {
    const state = states[i];
    const args = { host: endpoint.host, port: endpoint.port };
    const reach = (reachable: boolean) =>
      JSON.stringify({ ...args, reachable, error: reachable ? null : 'not reachable from the device' });
    const result =
      state === '1'
        ? answered(0, reach(true))
        : state === '0'
          ? answered(0, reach(false))
          : state === 'E'
            ? answered(1, '')
            : answered(-1, '', true);
    return { probe: 'net.tcp', args, result };
  });
}

/** Decodes one line into the probe results the engine replays; anything else is a reason. */
export function decodeLine(text: string, endpoints: readonly RequiredEndpoint[]): LineOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'no output from the detection script' };
  if (!trimmed.startsWith('{')) {
    return {
      ok: false,
      reason: trimmed.endsWith('}')
        ? 'the output was cut (it does not start where the script starts it)'
        : 'the output is not from the hvv detection script',
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return {
      ok: false,
      reason: trimmed.includes('"hvv"')
        ? 'the output was cut or damaged (not complete JSON)'
        : 'the output is not JSON',
    };
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).hvv : undefined;
  if (format === undefined) return { ok: false, reason: 'the output is not from the hvv detection script' };
  if (format !== LINE_FORMAT) {
    return { ok: false, reason: `the output is in format ${JSON.stringify(format)}, not ${LINE_FORMAT}` };
  }
  const parsed = LineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `the output is malformed at ${issue?.path.join('.') || 'the top'}` };
  }
  const line = parsed.data;
  if (Number.isNaN(new Date(line.t).getTime())) return { ok: false, reason: 'the run time is not a date' };
  const tooLong = Object.entries(line.p)
    .filter(([, answer]) => answer === 'L')
    .map(([key]) => LINE_PROBE_KEYS[key as LineProbeKey]);
  if (tooLong.length > 0) {
    return {
      ok: false,
      reason: `the device's answer to ${tooLong.join(', ')} did not fit Intune's 2,048 characters`,
    };
  }
  try {
    const probes: RecordedProbe[] = [];
    for (const key of Object.keys(LINE_PROBE_KEYS) as LineProbeKey[]) {
      const answer = line.p[key];
      if (answer === undefined) continue;
      if (key === 'tc') {
        probes.push(...tcpProbes(answer, endpoints));
        continue;
      }
      const probe = LINE_PROBE_KEYS[key];
      const result =
        answer === 'T'
          ? answered(-1, '', true)
          : answer === 'U' || answer === 'L'
            ? answered(0, '')
            : answered(answer[0], answer[1] === null ? '' : stdoutOf(key, answer[1]));
      probes.push({ probe, args: {}, result });
    }
    return { ok: true, line, probes, recordedAt: new Date(line.t).toISOString() };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, reason: error.message };
    throw error;
  }
}
