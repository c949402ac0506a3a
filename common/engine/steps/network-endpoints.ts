import { z } from 'zod';
import type { RequiredEndpoint, StepDefinition } from '../step-definition.js';
import { TIME_SYNC_REMINDER } from '../endpoints.js';
import { askStructured, CheckError } from '../rules/probe-call.js';
import { say } from '../say.js';
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
} as const;

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
      remediation: [
        ...unreachable.map(
          (r) =>
            `Open ${r.endpoint.host}:${r.endpoint.port} (${r.endpoint.why})${r.error ? ` — the device said: ${r.error}` : ''}.`,
        ),
        ...(networkEndpointsStep.remediation.fail ?? []),
        TIME_SYNC_REMINDER,
      ],
    };
  },
};
