import { z } from 'zod';
import type { RequiredEndpoint, StepDefinition } from '../step-definition.js';
import { TIME_SYNC_REMINDER } from '../endpoints.js';
import { askStructured, CheckError } from '../rules/probe-call.js';
import { remediate, say } from '../say.js';
import { NETWORK_REQUIREMENTS } from '../sources.js';

const TcpResultSchema = z.object({
  host: z.string().nullish(),
  port: z.number().nullish(),
  reachable: z.boolean(),
  error: z.string().nullish(),
});

interface Reach {
  endpoint: RequiredEndpoint;
  reachable: boolean;
  error: string | null;
}

const MESSAGES = {
  pass: 'All {count, plural, one {# required endpoint is reachable} other {# required endpoints are reachable}}. Reminder: UDP 123 to time.windows.com cannot be tested here.',
  fail: '{unreachable} of {count, plural, one {# required endpoint is unreachable} other {# required endpoints are unreachable}}: {endpoints}.',
  // An endpoint to open; `{why}` is the configuration's own words (a lab may set its own).
  fixOpen: 'Open {endpoint} ({why}).',
  fixOpenSaid: 'Open {endpoint} ({why}) — the device said: {error}.',
  timeSync: TIME_SYNC_REMINDER,
  // Why the built-in endpoints are needed (endpoints.ts); a lab's own words stay as it wrote them.
  whyDeploymentService: 'Autopilot deployment service',
  whyAzureSignIn: 'Azure AD sign-in',
  whyDeviceAuthentication: 'Azure AD device authentication',
  whyDeviceRegistration: 'device registration for hybrid join',
  whyIntuneEnrollment: 'Intune enrollment',
  whyConnectionIndicator: 'network connection status indicator',
  whyLabConfiguration: 'required by the lab configuration',
} as const;

type Why = Extract<keyof typeof MESSAGES, `why${string}`>;
const WHY_NAMES = new Map(
  (Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])
    .filter((name): name is Why => name.startsWith('why'))
    .map((name) => [MESSAGES[name] as string, name]),
);

const sayWhy = (why: string) => {
  const name = WHY_NAMES.get(why);
  return name ? say('network-endpoints', MESSAGES, name) : why;
};

export const networkEndpointsStep: StepDefinition = {
  id: 'network-endpoints',
  stage: 'Requirements',
  kind: 'check',
  title: 'Autopilot and Azure AD endpoints are reachable',
  instructions: 'The app opens a TCP connection to each endpoint Autopilot and hybrid join need.',
  why: 'The device must reach the internet per the Autopilot network requirements to download its profile, join Azure AD and enroll in Intune.',
  source: NETWORK_REQUIREMENTS,
  probes: ['net.tcp'],
  dependsOn: [],
  remediation: {
    fail: [
      'Allow outbound HTTPS (TCP 443) and TCP 80 from this network to the endpoints listed as unreachable, without TLS inspection for *.microsoftonline.com and *.dds.microsoft.com.',
      'If a proxy is required, publish it through WPAD so the system context can use it.',
      'Retest from this network (or a hotspot) to tell a firewall block from a device problem.',
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    // Every connect is independent; waiting for each in turn would add their timeouts together.
    const reaches = await Promise.all(
      ctx.config.endpoints.map(async (endpoint): Promise<Reach> => {
        const tcp = await askStructured(
          ctx,
          { probe: 'net.tcp', args: { host: endpoint.host, port: endpoint.port } },
          TcpResultSchema,
          'object',
        );
        // An answer about another endpoint says nothing about this one (a recording stitched
        // together, or a probe that followed a redirect).
        const answeredHost = tcp.host?.trim().replace(/\.$/, '').toLowerCase();
        if (
          (answeredHost && answeredHost !== endpoint.host.toLowerCase()) ||
          (tcp.port !== null && tcp.port !== undefined && tcp.port !== endpoint.port)
        ) {
          throw new CheckError(
            `The net.tcp answer was not understood: asked for ${endpoint.host}:${endpoint.port}, it answered for ${tcp.host ?? endpoint.host}:${tcp.port ?? endpoint.port}.`,
            { raw: { host: tcp.host, port: tcp.port } },
          );
        }
        return { endpoint, reachable: tcp.reachable, error: tcp.error ?? null };
      }),
    );
    const unreachable = reaches.filter((r) => !r.reachable);
    const details = {
      checked: reaches.map((r) => `${r.endpoint.host}:${r.endpoint.port}`),
      unreachable: unreachable.map((r) => `${r.endpoint.host}:${r.endpoint.port}`),
      errors: Object.fromEntries(unreachable.map((r) => [`${r.endpoint.host}:${r.endpoint.port}`, r.error])),
      reminders: [TIME_SYNC_REMINDER],
    };
    if (unreachable.length === 0) {
      return {
        status: 'pass',
        ...say('network-endpoints', MESSAGES, 'pass', { count: reaches.length }),
        details,
      };
    }
    return {
      status: 'fail',
      ...say('network-endpoints', MESSAGES, 'fail', {
        unreachable: unreachable.length,
        count: reaches.length,
        endpoints: details.unreachable.join(', '),
      }),
      details,
      ...remediate([
        ...unreachable.map((r) =>
          say('network-endpoints', MESSAGES, r.error ? 'fixOpenSaid' : 'fixOpen', {
            endpoint: `${r.endpoint.host}:${r.endpoint.port}`,
            why: sayWhy(r.endpoint.why),
            error: r.error ?? '',
          }),
        ),
        ...(networkEndpointsStep.remediation.fail ?? []),
        say('network-endpoints', MESSAGES, 'timeSync'),
      ]),
    };
  },
};
