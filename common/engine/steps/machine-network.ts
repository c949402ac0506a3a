/**
 * Issue 17 extension step (docs/CONTRACT-EXTENSIONS.md): the network as the device's own traffic
 * sees it. Autopilot and the hybrid join run as SYSTEM with the WinHTTP proxy, not as the
 * technician with the browser's proxy, so a network that works in the technician's browser can
 * still fail the deployment. Elevated, the probe reads both views and this step compares them.
 */
import type { StepDefinition } from '../step-definition.js';
import { askIfRecorded } from '../rules/optional-probe.js';
import {
  endpointKey,
  MachineViewSchema,
  userProxy,
  winHttpProxy,
  type ProxyUse,
  type Reach,
} from '../parsers/machine-view.js';
import { remediate, say } from '../say.js';
import { DOCS, HYBRID_REQUIREMENTS } from '../sources.js';

const WPAD_FIX =
  'Publish the proxy through WPAD (DHCP option 252 or the DNS name wpad.<domain>) so the SYSTEM account finds it during setup, or allow these endpoints direct from this network.';

const reachable = (list: readonly Reach[]) =>
  new Set(list.filter((r) => r.State === 'connected').map(endpointKey));

const USER = '{userNamed, select, yes {{user}} other {the signed-in user}}';
/** A proxy in use (parsers/machine-view.ts#ProxyUse), as a select the catalogs can translate. */
const proxyWords = (param: string): string =>
  `{${param}Kind, select, pac {the proxy script {${param}}} static {the proxy {${param}}} other {no proxy (direct)}}`;
const PROXIES = `As ${USER}: ${proxyWords('userProxy')}; as SYSTEM (WinHTTP): ${proxyWords('systemProxy')}.`;

const MESSAGES = {
  notRecorded: 'This recording holds no machine view (made before the net.machine probe existed).',
  notElevated: `The machine (SYSTEM) view was not checked: the app does not run as administrator. As ${USER}: ${proxyWords('userProxy')}.`,
  taskFailed: 'The SYSTEM view could not be read: {error}',
  taskFailedNoReason: 'The SYSTEM view could not be read.',
  onlyUser: `{count, plural, one {# endpoint answers} other {# endpoints answer}} the signed-in user but not SYSTEM, which Windows setup runs as: {endpoints}. ${PROXIES}`,
  proxyDiffers: `The proxy differs between the two views, though every endpoint answered both. ${PROXIES}`,
  same: `The signed-in user and SYSTEM see the same network: every endpoint that answers one answers the other. ${PROXIES}`,
  fixRecordAsAdmin:
    'Record the device again as administrator (hvv record --out <file>), or run this step live on the device.',
  fixOnlyUserProxy: `Only ${USER} has ${proxyWords('userProxy')}; SYSTEM uses the WinHTTP setting (${proxyWords('systemProxy')}).`,
  fixTaskScheduler:
    'Check that the Task Scheduler service runs and that scheduled tasks are not blocked by policy, then run this step again as administrator.',
} as const;

function proxyParams(param: string, proxy: ProxyUse): Record<string, string> {
  return { [`${param}Kind`]: proxy.kind, [param]: proxy.value ?? '' };
}

export const machineNetworkStep: StepDefinition = {
  id: 'machine-network',
  stage: 'Requirements',
  kind: 'check',
  title: 'The device (SYSTEM) sees the same network as the technician',
  instructions:
    'Run as administrator, the app reads the proxy and tries each endpoint as the signed-in user and again as SYSTEM (through a one-shot scheduled task it removes afterwards), and compares the two.',
  why: 'Autopilot and hybrid join run as SYSTEM with the WinHTTP proxy: a proxy set only for the signed-in user makes the network look fine in the browser while the deployment cannot get out.',
  source: HYBRID_REQUIREMENTS,
  probes: ['net.machine'],
  dependsOn: [],
  remediation: {
    fail: [
      WPAD_FIX,
      'To prove it on this device now, as administrator: netsh winhttp import proxy source=ie (copies the signed-in user’s proxy to WinHTTP), run this step again, then undo with netsh winhttp reset proxy.',
      `Proxy configuration for Windows: ${DOCS.wpad}`,
    ],
    warn: [WPAD_FIX, `Proxy configuration for Windows: ${DOCS.wpad}`],
    skip: [
      'Start the app as administrator (right-click › Run as administrator) and run this step again to compare with the SYSTEM view.',
    ],
  },
  messages: MESSAGES,
  async check(ctx) {
    const endpoints = ctx.config.endpoints.map((e) => `${e.host}:${e.port}`).join(',');
    const view = await askIfRecorded(
      ctx,
      { probe: 'net.machine', args: { endpoints } },
      MachineViewSchema,
      'object',
    );
    if (!view) {
      return {
        status: 'skip',
        ...say('machine-network', MESSAGES, 'notRecorded'),
        details: { reason: 'not-recorded' },
        ...remediate([say('machine-network', MESSAGES, 'fixRecordAsAdmin')]),
      };
    }
    const asUser = userProxy(view.User.Internet);
    const asWho = {
      userNamed: view.User.Account != null ? 'yes' : 'no',
      user: view.User.Account ?? '',
      ...proxyParams('userProxy', asUser),
    };
    const base = { elevated: view.Elevated, userAccount: view.User.Account ?? null, userProxy: asUser };
    if (!view.Elevated || !view.Machine) {
      return {
        status: 'skip',
        ...say('machine-network', MESSAGES, 'notElevated', asWho),
        details: { ...base, checked: false, reason: 'not-elevated' },
      };
    }
    const machine = view.Machine;
    if (!machine.Ran) {
      return {
        status: 'warn',
        ...(machine.Error
          ? say('machine-network', MESSAGES, 'taskFailed', { error: machine.Error })
          : say('machine-network', MESSAGES, 'taskFailedNoReason')),
        details: { ...base, checked: false, reason: 'task-failed', error: machine.Error ?? null },
        ...remediate([say('machine-network', MESSAGES, 'fixTaskScheduler')]),
      };
    }
    const asSystem = winHttpProxy(machine.WinHttp);
    const userOk = reachable(view.User.Reach);
    const systemOk = reachable(machine.Reach);
    const onlyUser = [...userOk].filter((k) => !systemOk.has(k));
    const details = {
      ...base,
      checked: true,
      systemAccount: machine.Account ?? null,
      systemProxy: asSystem,
      reachableAsUserOnly: onlyUser,
      unreachableAsSystem: machine.Reach.filter((r) => r.State !== 'connected').map(endpointKey),
    };
    const differ = asUser.kind !== asSystem.kind || asUser.value !== asSystem.value;
    const views = { ...asWho, ...proxyParams('systemProxy', asSystem) };
    if (onlyUser.length > 0) {
      return {
        status: 'fail',
        ...say('machine-network', MESSAGES, 'onlyUser', {
          ...views,
          count: onlyUser.length,
          endpoints: onlyUser.join(', '),
        }),
        details,
        ...remediate([
          ...(differ && asUser.kind !== 'none'
            ? [say('machine-network', MESSAGES, 'fixOnlyUserProxy', views)]
            : []),
          ...(machineNetworkStep.remediation.fail ?? []),
        ]),
      };
    }
    if (differ && asUser.kind !== 'none') {
      return {
        status: 'warn',
        ...say('machine-network', MESSAGES, 'proxyDiffers', views),
        details,
      };
    }
    return {
      status: 'pass',
      ...say('machine-network', MESSAGES, 'same', views),
      details,
    };
  },
};
