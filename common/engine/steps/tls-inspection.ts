/**
 * Issue 17 extension step (docs/CONTRACT-EXTENSIONS.md): the TLS endpoints Autopilot, Entra and
 * Intune need are served with Microsoft's public certificate chain, not a chain an inspecting proxy
 * forged. Device registration and enrollment authenticate with the device's own certificates; an
 * inspecting proxy in the middle breaks them even when a browser on the same network looks fine.
 */
import { z } from 'zod';
import type { RequiredEndpoint, StepDefinition } from '../step-definition.js';
import { askIfRecorded } from '../rules/optional-probe.js';
import { CheckError } from '../rules/probe-call.js';
import {
  ANTIVIRUS_SCANNER,
  classifyChain,
  NO_CERTIFICATE,
  UNNAMED_ISSUER,
  type ChainVerdict,
} from '../rules/tls-issuers.js';
import { remediate, say, listOf, type Said } from '../say.js';
import { NETWORK_REQUIREMENTS } from '../sources.js';

const AZURE_CA_DETAILS = 'https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details';

const NameSchema = z.object({ CN: z.string().nullish(), O: z.string().nullish() });
const TlsChainSchema = z.object({
  host: z.string().nullish(),
  port: z.number().nullish(),
  via: z.string().nullish(),
  reached: z.boolean(),
  chain: z.array(z.object({ subject: NameSchema, issuer: NameSchema, fingerprint256: z.string().nullish() })),
  error: z.string().nullish(),
});

/** Where TLS inspection must not happen: every endpoint spoken to over TLS (the list's 443 ones). */
const TLS_PORT = 443;

interface Served {
  endpoint: RequiredEndpoint;
  verdict: ChainVerdict | null;
  error: string | null;
}

/** The proxy the device's system context uses (proxy step, WinHTTP), when it found a static one. */
function systemProxy(details: Record<string, unknown> | undefined): string | null {
  return details?.['mode'] === 'proxy' && typeof details['server'] === 'string' ? details['server'] : null;
}

const SERVED =
  '{inspected} of {count, plural, one {# HTTPS endpoint is} other {# HTTPS endpoints are}} served a certificate {intercepted, select, yes {issued by a TLS-inspecting proxy} other {not from Microsoft’s public chain}}';

// Issuers are named as their certificates name them; {named} lists "issuer for host:port" per issuer.
const MESSAGES = {
  noHttps: 'The endpoint list has no HTTPS (TCP 443) endpoint to read.',
  notRecorded: 'This recording holds no TLS certificate chains (made before the tls.chain probe existed).',
  noneAnswered:
    'No HTTPS endpoint answered, so no certificate could be read; the network-endpoints step says what is blocked.',
  pass: "All {count, plural, one {# HTTPS endpoint that answered is} other {# HTTPS endpoints that answered are}} served Microsoft's public certificate chain ({via, select, proxy {through {proxy}} other {direct}}).",
  oneIssuer: `${SERVED}: {issuer} for {endpoints}.`,
  severalIssuers: `${SERVED}: {named}.`,
  fixRecordAgain: 'Record the device again (hvv record --out <file>), or run this step live on the device.',
  // Who served the certificate: a product and its CA as the CA names itself, or the CA alone.
  issuerOfProduct: '{product} (“{issuer}”)',
  issuerNamed: '“{issuer}”',
  issuerFor: '{issuer} for {endpoints}',
  productAntivirus: 'an antivirus HTTPS scanner',
  issuerUnnamed: 'an unnamed issuer',
  issuerNone: 'no certificate',
  fixAskTeam: 'Ask the team that runs {issuer} to exempt {hosts} from TLS inspection.',
} as const;

/** Words classifyChain gives in English, said by id; a certificate's own name stays as it is. */
const WORDS: Readonly<Record<string, keyof typeof MESSAGES>> = {
  [ANTIVIRUS_SCANNER]: 'productAntivirus',
  [UNNAMED_ISSUER]: 'issuerUnnamed',
  [NO_CERTIFICATE]: 'issuerNone',
};

const nameOrWords = (text: string): Said | string => {
  const word = WORDS[text];
  return word ? say('tls-inspection', MESSAGES, word) : text;
};

function issuerOf(verdict: ChainVerdict | null): Said {
  const issuer = nameOrWords(verdict?.issuer ?? '');
  return verdict?.product
    ? say('tls-inspection', MESSAGES, 'issuerOfProduct', { product: nameOrWords(verdict.product), issuer })
    : say('tls-inspection', MESSAGES, 'issuerNamed', { issuer });
}

const name = (n: z.infer<typeof NameSchema>) => ({ CN: n.CN ?? null, O: n.O ?? null });

export const tlsInspectionStep: StepDefinition = {
  id: 'tls-inspection',
  stage: 'Requirements',
  kind: 'check',
  title: 'Microsoft endpoints are not TLS-inspected',
  instructions:
    'The app opens a TLS session to each HTTPS endpoint Autopilot and hybrid join need (through the WinHTTP proxy when one is set) and reads who issued the certificate it is served.',
  why: 'Autopilot, device registration and Intune enrollment authenticate with the device’s own certificates; a proxy that decrypts and re-signs this traffic breaks them, so Microsoft asks to exempt these endpoints from TLS inspection.',
  source: NETWORK_REQUIREMENTS,
  probes: ['tls.chain'],
  dependsOn: ['proxy'],
  remediation: {
    warn: [
      'On the proxy or security service, exempt these endpoints from TLS/SSL inspection (a "do not decrypt" rule for *.microsoftonline.com, *.dds.microsoft.com, enterpriseregistration.windows.net, *.manage.microsoft.com, login.live.com), then run this step again.',
      `Microsoft serves them with its public chain (DigiCert Global Root G2 or Microsoft RSA/ECC Root 2017 > Microsoft Azure TLS Issuing CA): ${AZURE_CA_DETAILS}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const proxy = systemProxy(ctx.resultOf('proxy')?.details);
    const endpoints = ctx.config.endpoints.filter((e) => e.port === TLS_PORT);
    if (endpoints.length === 0) {
      return {
        status: 'skip',
        ...say('tls-inspection', MESSAGES, 'noHttps'),
        details: {},
      };
    }
    const served = await Promise.all(
      endpoints.map(async (endpoint): Promise<Served | null> => {
        const args = { host: endpoint.host, port: endpoint.port, ...(proxy ? { proxy } : {}) };
        const answer = await askIfRecorded(ctx, { probe: 'tls.chain', args }, TlsChainSchema, 'object');
        if (!answer) return null;
        const answered = answer.host?.trim().replace(/\.$/, '').toLowerCase();
        if (answered && answered !== endpoint.host.toLowerCase()) {
          throw new CheckError(
            `The tls.chain answer was not understood: asked for ${endpoint.host}, it answered for ${answer.host}.`,
          );
        }
        if (!answer.reached || answer.chain.length === 0) {
          return { endpoint, verdict: null, error: answer.error ?? 'no certificate was served' };
        }
        const chain = answer.chain.map((c) => ({ subject: name(c.subject), issuer: name(c.issuer) }));
        return { endpoint, verdict: classifyChain(chain), error: null };
      }),
    );
    const recorded = served.filter((s): s is Served => s !== null);
    if (recorded.length === 0) {
      return {
        status: 'skip',
        ...say('tls-inspection', MESSAGES, 'notRecorded'),
        details: { reason: 'not-recorded' },
        ...remediate([say('tls-inspection', MESSAGES, 'fixRecordAgain')]),
      };
    }
    const read = recorded.filter((s) => s.verdict !== null);
    const notPublic = read.filter((s) => s.verdict?.kind !== 'public');
    const key = (s: Served) => `${s.endpoint.host}:${s.endpoint.port}`;
    const details = {
      via: proxy ?? 'direct',
      checked: read.map(key),
      issuers: Object.fromEntries(read.map((s) => [key(s), s.verdict?.issuer ?? null])),
      inspected: notPublic.map(key),
      products: [...new Set(notPublic.flatMap((s) => (s.verdict?.product ? [s.verdict.product] : [])))],
      notReached: Object.fromEntries(
        recorded.filter((s) => s.verdict === null).map((s) => [key(s), s.error]),
      ),
    };
    if (read.length === 0) {
      return {
        status: 'skip',
        ...say('tls-inspection', MESSAGES, 'noneAnswered'),
        details,
      };
    }
    if (notPublic.length === 0) {
      return {
        status: 'pass',
        ...say('tls-inspection', MESSAGES, 'pass', {
          count: read.length,
          via: proxy ? 'proxy' : 'direct',
          proxy: proxy ?? '',
        }),
        details,
      };
    }
    const byIssuer = new Map<string, { who: Said; list: Served[] }>();
    for (const s of notPublic) {
      const who = issuerOf(s.verdict);
      const entry = byIssuer.get(who.summary) ?? { who, list: [] };
      byIssuer.set(who.summary, { ...entry, list: [...entry.list, s] });
    }
    const issuers = [...byIssuer.values()];
    const counts = {
      inspected: notPublic.length,
      count: read.length,
      intercepted: notPublic.some((s) => s.verdict?.kind === 'intercepted') ? 'yes' : 'no',
    };
    const [only] = issuers;
    return {
      status: 'warn',
      ...(issuers.length === 1 && only
        ? say('tls-inspection', MESSAGES, 'oneIssuer', {
            ...counts,
            issuer: only.who,
            endpoints: only.list.map(key).join(', '),
          })
        : say('tls-inspection', MESSAGES, 'severalIssuers', {
            ...counts,
            named: listOf(
              issuers.map(({ who, list }) =>
                say('tls-inspection', MESSAGES, 'issuerFor', {
                  issuer: who,
                  endpoints: list.map(key).join(', '),
                }),
              ),
              '; ',
            ),
          })),
      details,
      ...remediate([
        ...issuers.map(({ who, list }) =>
          say('tls-inspection', MESSAGES, 'fixAskTeam', {
            issuer: who,
            hosts: list.map((s) => s.endpoint.host).join(', '),
          }),
        ),
        ...(tlsInspectionStep.remediation.warn ?? []),
      ]),
    };
  },
};
