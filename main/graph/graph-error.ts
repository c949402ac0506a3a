/**
 * A Graph failure the technician can act on. Graph's own code, message and request-id are kept
 * (support asks for the request-id); the bearer token never is.
 */
export type GraphErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'network'
  | 'invalid-request'
  | 'invalid-response'
  | 'failed';

export const PERMISSION_HINT =
  'The signed-in account needs the Microsoft Graph permission DeviceManagementServiceConfig.Read.All ' +
  '(admin consent for the app) and an Intune role that can read Autopilot devices.';

export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export function graphErrorFor(
  status: number,
  body: { code: string | null; message: string | null },
  requestId: string | null,
): GraphError {
  const said = body.message ? ` Graph said: ${body.message}` : '';
  const ref = requestId ? ` (request-id ${requestId})` : '';
  if (status === 401) {
    return new GraphError(
      'unauthorized',
      `Microsoft Graph did not accept the sign-in (401${body.code ? ` ${body.code}` : ''}). Sign in again.${ref}`,
      status,
      body.code,
      requestId,
    );
  }
  if (status === 403) {
    return new GraphError(
      'forbidden',
      `Access denied by Microsoft Graph (403). ${PERMISSION_HINT}${said}${ref}`,
      status,
      body.code,
      requestId,
    );
  }
  if (status === 404) {
    return new GraphError(
      'not-found',
      `Microsoft Graph found nothing there (404).${said}${ref}`,
      status,
      body.code,
      requestId,
    );
  }
  if (status === 429 || status === 503) {
    return new GraphError(
      'throttled',
      `Microsoft Graph is busy (${status}) and asked to wait; try again in a few minutes.${ref}`,
      status,
      body.code,
      requestId,
    );
  }
  return new GraphError(
    'failed',
    `Microsoft Graph answered ${status}${body.code ? ` ${body.code}` : ''}.${said}${ref}`,
    status,
    body.code,
    requestId,
  );
}
