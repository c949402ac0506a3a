/**
 * Adds the tenant probes (`tenant.autopilotDevice`, `tenant.deploymentProfile`) to an executor.
 * Their stdout is the JSON Graph returned (docs/TENANT-CHECKS.md), so they are recorded into
 * scenarios and replayed offline exactly like device probes. Everything else goes to `inner`.
 */
import { ProbeFailure } from '../../common/model.js';
import type { ProbeExecutor, ProbeRequest, ProbeResult, ProbeRunOptions } from '../../common/model.js';
import { isGraphProbe } from '../../common/probes.js';
import { SignInError } from '../auth/auth-errors.js';
import type { GraphClient } from '../graph/graph-client.js';
import { GraphError } from '../graph/graph-error.js';

/** The two Graph reads the tenant probes need; each resolves with Graph's JSON. */
export interface TenantReader {
  findDevice(serialNumber: string, signal?: AbortSignal): Promise<unknown>;
  getProfile(deviceId: string, signal?: AbortSignal): Promise<unknown>;
  /** Issue 17a: the signed-in account's tenant, `{ tenantId, username }`, for the SCP step. */
  signedIn?(signal?: AbortSignal): Promise<unknown>;
}

export const SIGN_IN_TO_CHECK = 'Sign in to your tenant to run tenant checks.';

export function tenantReaderFromGraph(graph: GraphClient): TenantReader {
  return {
    findDevice: (serialNumber, signal) => graph.findAutopilotDevicesBySerial(serialNumber, signal),
    getProfile: (deviceId, signal) => graph.getDeploymentProfile(deviceId, signal),
  };
}

export interface TenantProbeOptions {
  /** Why tenant probes cannot run when `tenant` is null (e.g. no client id configured). */
  unavailableReason?: string;
  now?(): number;
}

export function withTenantProbes(
  inner: ProbeExecutor,
  tenant: TenantReader | null,
  options: TenantProbeOptions = {},
): ProbeExecutor {
  const now = options.now ?? Date.now;
  return {
    mode: inner.mode,
    async run(request: ProbeRequest, runOptions?: ProbeRunOptions): Promise<ProbeResult> {
      if (!isGraphProbe(request.probe)) {
        return inner.run(request, runOptions);
      }
      if (!tenant)
        throw new ProbeFailure('unavailable', request.probe, options.unavailableReason ?? SIGN_IN_TO_CHECK);
      const signal = runOptions?.signal;
      const started = now();
      try {
        const value = await readTenant(tenant, request, signal);
        return {
          exitCode: 0,
          stdout: JSON.stringify(value),
          stderr: '',
          durationMs: now() - started,
          timedOut: false,
        };
      } catch (error) {
        if (signal?.aborted) throw new ProbeFailure('cancelled', request.probe, 'Cancelled.');
        if (error instanceof SignInError) throw new ProbeFailure('unavailable', request.probe, error.message);
        if (error instanceof GraphError && error.kind === 'unauthorized') {
          throw new ProbeFailure('unavailable', request.probe, error.message);
        }
        if (error instanceof GraphError) {
          // A refusal from Graph is a fact about the tenant worth recording (consent missing, throttled).
          const failure = {
            status: error.status,
            code: error.code,
            message: error.message,
            requestId: error.requestId,
          };
          return {
            exitCode: 1,
            stdout: JSON.stringify({ error: failure }),
            stderr: error.message,
            durationMs: now() - started,
            timedOut: false,
          };
        }
        throw new ProbeFailure(
          'unavailable',
          request.probe,
          'The tenant check failed unexpectedly; try again.',
        );
      }
    },
  };
}

function readTenant(tenant: TenantReader, request: ProbeRequest, signal?: AbortSignal): Promise<unknown> {
  if (request.probe === 'tenant.autopilotDevice')
    return tenant.findDevice(stringArg(request, 'serialNumber'), signal);
  if (request.probe === 'tenant.signedIn') {
    if (!tenant.signedIn) throw new SignInError('not-signed-in', SIGN_IN_TO_CHECK);
    return tenant.signedIn(signal);
  }
  return tenant.getProfile(stringArg(request, 'deviceId'), signal);
}

function stringArg(request: ProbeRequest, name: string): string {
  const value = request.args[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new GraphError('invalid-request', `The ${request.probe} probe needs a "${name}" argument.`);
  }
  return value;
}
