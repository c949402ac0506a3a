/**
 * Issue 17 extension step (docs/CONTRACT-EXTENSIONS.md): the network as the device's own traffic
 * sees it. Autopilot and the hybrid join run as SYSTEM with the WinHTTP proxy, not as the
 * technician with the browser's proxy, so a network that works in the technician's browser can
 * still fail the deployment. Elevated, the probe reads both views and this step compares them.
 */
import type { StepDefinition } from '../step-definition.js';
import { askIfRecorded } from '../rules/optional-probe.js';
import {
  describeProxy,
  endpointKey,
  MachineViewSchema,
  userProxy,
  winHttpProxy,
  type Reach,
} from '../parsers/machine-view.js';
import { DOCS, HYBRID_REQUIREMENTS } from '../sources.js';

const WPAD_FIX =
  'Publish the proxy through WPAD (DHCP option 252 or the DNS name wpad.<domain>) so the SYSTEM account finds it during setup, or allow these endpoints direct from this network.';

const reachable = (list: readonly Reach[]) =>
  new Set(list.filter((r) => r.State === 'connected').map(endpointKey));

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
        summary: 'This recording holds no machine view (made before the net.machine probe existed).',
        details: { reason: 'not-recorded' },
        remediation: [
          'Record the device again as administrator (hvv record --out <file>), or run this step live on the device.',
        ],
      };
    }
    const asUser = userProxy(view.User.Internet);
    const user = view.User.Account ?? 'the signed-in user';
    const base = { elevated: view.Elevated, userAccount: view.User.Account ?? null, userProxy: asUser };
    if (!view.Elevated || !view.Machine) {
      return {
        status: 'skip',
        summary: `The machine (SYSTEM) view was not checked: the app does not run as administrator. As ${user}: ${describeProxy(asUser)}.`,
        details: { ...base, checked: false, reason: 'not-elevated' },
      };
    }
    const machine = view.Machine;
    if (!machine.Ran) {
      return {
        status: 'warn',
        summary: `The SYSTEM view could not be read${machine.Error ? `: ${machine.Error}` : '.'}`,
        details: { ...base, checked: false, reason: 'task-failed', error: machine.Error ?? null },
        remediation: [
          'Check that the Task Scheduler service runs and that scheduled tasks are not blocked by policy, then run this step again as administrator.',
        ],
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
    const proxies = `As ${user}: ${describeProxy(asUser)}; as SYSTEM (WinHTTP): ${describeProxy(asSystem)}.`;
    if (onlyUser.length > 0) {
      return {
        status: 'fail',
        summary: `${onlyUser.length} endpoint${onlyUser.length === 1 ? '' : 's'} answer${onlyUser.length === 1 ? 's' : ''} the signed-in user but not SYSTEM, which Windows setup runs as: ${onlyUser.join(', ')}. ${proxies}`,
        details,
        remediation: [
          ...(differ && asUser.kind !== 'none'
            ? [
                `Only ${user} has ${describeProxy(asUser)}; SYSTEM uses the WinHTTP setting (${describeProxy(asSystem)}).`,
              ]
            : []),
          ...(machineNetworkStep.remediation.fail ?? []),
        ],
      };
    }
    if (differ && asUser.kind !== 'none') {
      return {
        status: 'warn',
        summary: `The proxy differs between the two views, though every endpoint answered both. ${proxies}`,
        details,
      };
    }
    return {
      status: 'pass',
      summary: `The signed-in user and SYSTEM see the same network: every endpoint that answers one answers the other. ${proxies}`,
      details,
    };
  },
};
