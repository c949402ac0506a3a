/**
 * A fake Microsoft Graph on 127.0.0.1 for the Autopilot reads: bearer check, the contains() serial
 * filter, @odata.nextLink paging, throttling with Retry-After, 403 for missing consent, and Graph's
 * error body and request-id header. Response shapes follow Graph's beta documentation for
 * windowsAutopilotDeviceIdentity and activeDirectoryWindowsAutopilotDeploymentProfile.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAutopilotDevice {
  id: string;
  serialNumber: string;
  groupTag?: string;
  manufacturer?: string;
  model?: string;
  deploymentProfileAssignmentStatus?: string;
  /** The profile Graph returns for this device; absent = 404 (none assigned). */
  profile?: Record<string, unknown>;
}

export interface FakeGraph {
  baseUrl: string;
  /** Tokens the fake accepts; anything else gets 401. */
  acceptTokens(...tokens: string[]): void;
  setDevices(devices: FakeAutopilotDevice[]): void;
  /** Items per page for collections (default 100). */
  setPageSize(size: number): void;
  /** The next `count` requests get 429 (or 503) with this Retry-After header. */
  throttle(count: number, retryAfter: string | null, status?: 429 | 503): void;
  /** Every request gets 403 (consent missing). */
  forbid(on: boolean): void;
  /** Path and query of every request, in order. */
  requests(): string[];
  close(): Promise<void>;
}

export async function startFakeGraph(): Promise<FakeGraph> {
  let tokens = new Set<string>();
  let devices: FakeAutopilotDevice[] = [];
  let pageSize = 100;
  let throttled: { count: number; retryAfter: string | null; status: number } = {
    count: 0,
    retryAfter: null,
    status: 429,
  };
  let forbidden = false;
  const seen: string[] = [];
  let base = '';

  const server = createServer((req, res) => handle(req, res));

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', base);
    seen.push(`${url.pathname}${url.search}`);
    const requestId = randomUUID();
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
      res.end(JSON.stringify(body));
    };
    const fail = (
      status: number,
      code: string,
      message: string,
      headers: Record<string, string> = {},
    ): void => send(status, { error: { code, message, innerError: { 'request-id': requestId } } }, headers);

    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!tokens.has(token))
      return fail(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    if (throttled.count > 0) {
      throttled.count -= 1;
      return fail(
        throttled.status,
        'TooManyRequests',
        'Too many requests from this client.',
        throttled.retryAfter === null ? {} : { 'retry-after': throttled.retryAfter },
      );
    }
    if (forbidden) return fail(403, 'Forbidden', 'Application is not authorized to perform this operation.');

    const collection = '/beta/deviceManagement/windowsAutopilotDeviceIdentities';
    if (url.pathname === collection) {
      const filter = url.searchParams.get('$filter') ?? '';
      const match = /^contains\(serialNumber,'((?:[^']|'')*)'\)$/.exec(filter);
      if (!match) return fail(400, 'BadRequest', `Invalid filter clause: ${filter}`);
      const wanted = (match[1] ?? '').replaceAll("''", "'").toUpperCase();
      const all = devices.filter((d) => d.serialNumber.toUpperCase().includes(wanted)).map(deviceJson);
      const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
      const page = all.slice(skip, skip + pageSize);
      const body: Record<string, unknown> = {
        '@odata.context': `${base}/beta/$metadata#deviceManagement/windowsAutopilotDeviceIdentities`,
        value: page,
      };
      if (skip + pageSize < all.length) {
        const next = new URL(url.toString());
        next.searchParams.set('$skiptoken', String(skip + pageSize));
        body['@odata.nextLink'] = next.toString();
      }
      return send(200, body);
    }
    const profileMatch =
      /^\/beta\/deviceManagement\/windowsAutopilotDeviceIdentities\/([^/]+)\/deploymentProfile$/.exec(
        url.pathname,
      );
    if (profileMatch) {
      const device = devices.find((d) => d.id === profileMatch[1]);
      if (!device?.profile)
        return fail(404, 'ResourceNotFound', 'Resource not found for the segment deploymentProfile.');
      return send(200, {
        '@odata.context': `${base}/beta/$metadata#deviceManagement/windowsAutopilotDeviceIdentities('${device.id}')/deploymentProfile/$entity`,
        ...device.profile,
      });
    }
    return fail(404, 'ResourceNotFound', `Resource not found: ${url.pathname}`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: base,
    acceptTokens: (...accepted) => {
      tokens = new Set(accepted);
    },
    setDevices: (list) => {
      devices = list;
    },
    setPageSize: (size) => {
      pageSize = size;
    },
    throttle: (count, retryAfter, status = 429) => {
      throttled = { count, retryAfter, status };
    },
    forbid: (on) => {
      forbidden = on;
    },
    requests: () => [...seen],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function deviceJson(device: FakeAutopilotDevice): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.windowsAutopilotDeviceIdentity',
    id: device.id,
    deploymentProfileAssignmentStatus: device.deploymentProfileAssignmentStatus ?? 'assignedInSync',
    deploymentProfileAssignmentDetailedStatus: 'none',
    deploymentProfileAssignedDateTime: '2026-10-02T09:14:00Z',
    groupTag: device.groupTag ?? '',
    purchaseOrderIdentifier: '',
    serialNumber: device.serialNumber,
    productKey: '',
    manufacturer: device.manufacturer ?? 'Contoso',
    model: device.model ?? 'Surface Laptop 5',
    enrollmentState: 'notContacted',
    lastContactedDateTime: '0001-01-01T00:00:00Z',
    addressableUserName: '',
    userPrincipalName: '',
    resourceName: '',
    skuNumber: '',
    systemFamily: '',
    azureActiveDirectoryDeviceId: randomUUID(),
    managedDeviceId: '00000000-0000-0000-0000-000000000000',
    displayName: '',
  };
}

export const HYBRID_PROFILE = {
  '@odata.type': '#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile',
  id: '5f4e3d2c-1b0a-4987-8f6e-5d4c3b2a1f0e',
  displayName: 'Hybrid join over VPN',
  description: 'User-driven hybrid Azure AD join, VPN during OOBE',
  language: 'os-default',
  deviceNameTemplate: '',
  deviceType: 'windowsPc',
  enableWhiteGlove: false,
  extractHardwareHash: true,
  outOfBoxExperienceSettings: {
    hidePrivacySettings: true,
    hideEULA: true,
    userType: 'standard',
    deviceUsageType: 'singleUser',
    skipKeyboardSelectionPage: true,
    hideEscapeLink: true,
  },
  hybridAzureADJoinSkipConnectivityCheck: true,
};

export const AZURE_AD_PROFILE = {
  '@odata.type': '#microsoft.graph.azureADWindowsAutopilotDeploymentProfile',
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  displayName: 'Cloud-only',
  description: '',
  language: 'os-default',
  deviceNameTemplate: 'CON-%SERIAL%',
  deviceType: 'windowsPc',
  enableWhiteGlove: false,
  extractHardwareHash: true,
};
