import type { StepDefinition } from '../step-definition.js';
import { parseWinhttpProxy } from '../parsers/netsh-proxy.js';
import { excerpt } from '../parsers/native-text.js';
import { askCompleted, CheckError } from '../rules/probe-call.js';
import { say } from '../say.js';
import { DOCS, HYBRID_REQUIREMENTS } from '../sources.js';

const MESSAGES = {
  direct: 'WinHTTP uses direct access (no static proxy).',
  static: 'A static WinHTTP proxy is set ({server}); the procedure expects WPAD.',
} as const;

export const proxyStep: StepDefinition = {
  id: 'proxy',
  stage: 'Requirements',
  kind: 'check',
  title: 'No static proxy in the way (WPAD expected)',
  instructions: 'The app runs netsh winhttp show proxy.',
  why: 'The hybrid join procedure requires WPAD when a proxy is used: the system context cannot use a per-user static proxy during setup.',
  source: HYBRID_REQUIREMENTS,
  probes: ['proxy.winhttp'],
  dependsOn: [],
  remediation: {
    warn: [
      'Publish the proxy through WPAD (DHCP option 252 or the DNS name wpad.<domain>) instead of a static WinHTTP proxy.',
      'To remove the static proxy from this device, run as administrator: netsh winhttp reset proxy',
      `Proxy configuration for Windows: ${DOCS.wpad}`,
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const result = await askCompleted(ctx, { probe: 'proxy.winhttp', args: {} });
    const outcome = parseWinhttpProxy(result.stdout);
    if (!outcome.ok) {
      throw new CheckError(outcome.reason, { raw: excerpt(result.stdout.slice(0, 4096), 400) }, outcome.said);
    }
    const proxy = outcome.value;
    if (proxy.mode === 'direct') {
      return {
        status: 'pass',
        ...say('proxy', MESSAGES, 'direct'),
        details: { mode: 'direct' },
      };
    }
    return {
      status: 'warn',
      ...say('proxy', MESSAGES, 'static', { server: proxy.server }),
      details: { mode: 'proxy', server: proxy.server, bypass: proxy.bypass },
    };
  },
};
