/**
 * A fake Azure AD on 127.0.0.1, speaking the parts of the v2.0 protocol MSAL Node uses: instance
 * discovery, OpenID configuration, the authorize step (played by the test as the browser), the
 * device code endpoint and the token endpoint (authorization_code with PKCE, device_code with
 * authorization_pending, refresh_token). MSAL insists on an https authority, so tests keep the real
 * authority URL and inject a network client that sends those requests here over plain HTTP.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export const FAKE_AUTHORITY_HOST = 'login.microsoftonline.com';
export const FAKE_TENANT_ID = '8f2d4c1e-6b0a-4c55-9e3b-1d2a3c4b5e6f';
export const FAKE_CLIENT_ID = '3a7e9c10-2b4d-4e6f-8a1b-9c0d1e2f3a4b';
export const FAKE_USER = {
  oid: 'b6c1f2a3-0d4e-4f5a-8b9c-7d6e5f4a3b2c',
  username: 'tech@contoso.example',
  name: 'Lab Technician',
};

export interface FakeIdpOptions {
  /** Device code polls answered `authorization_pending` before the token (default 1). */
  pendingPolls?: number;
  /** How the device code flow ends (default 'approve'). */
  deviceCodeOutcome?: 'approve' | 'declined' | 'expired';
  /** Seconds the access tokens live; under MSAL's 5-minute margin, every silent call refreshes. */
  accessTokenLifetime?: number;
}

type TokenError = { status: number; error: string; description: string } | 'empty';

export interface FakeIdp {
  /** https authority the app is configured with, e.g. https://login.microsoftonline.com/<tenant>. */
  authority: string;
  /** Routes MSAL's https calls to this server. */
  networkClient: INetworkModule;
  /** Plays the system browser: signs the user in and posts the code to MSAL's loopback server. */
  browser(url: string, answer?: 'approve' | 'deny'): Promise<void>;
  /** Every access and refresh token handed out, so tests can prove none leaked. */
  issuedSecrets(): string[];
  /** The tenant segment of every authority path asked for (discovery, device code, token), in order. */
  tenantsAsked(): string[];
  /** The scope each token request asked for (grant type, then scopes), in order. */
  tokenScopes(): string[];
  /** Grant types the token endpoint saw, in order. */
  tokenGrants(): string[];
  /** The next token requests fail this way (AADSTS consent, invalid_grant…), then it clears. */
  failNextToken(error: TokenError): void;
  /** Forget refresh tokens, as Azure AD does when a session is revoked. */
  revokeRefreshTokens(): void;
  close(): Promise<void>;
}

interface PendingCode {
  challenge: string;
  redirectUri: string;
  nonce: string | null;
  scope: string;
}

export async function startFakeIdp(options: FakeIdpOptions = {}): Promise<FakeIdp> {
  const codes = new Map<string, PendingCode>();
  const deviceCodes = new Map<string, { polls: number; scope: string }>();
  const refreshTokens = new Set<string>();
  const secrets: string[] = [];
  const grants: string[] = [];
  const tenants: string[] = [];
  const scopes: string[] = [];
  let nextError: TokenError | null = null;
  let base = '';

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'server_error', error_description: String(error) }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path === '/common/discovery/instance') {
      return json(200, {
        tenant_discovery_endpoint: `https://${FAKE_AUTHORITY_HOST}/${FAKE_TENANT_ID}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: FAKE_AUTHORITY_HOST,
            preferred_cache: 'login.windows.net',
            aliases: [FAKE_AUTHORITY_HOST, 'login.windows.net', 'sts.windows.net'],
          },
        ],
      });
    }
    const tenantPath =
      /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/(authorize|token|devicecode))$/.exec(
        path,
      );
    if (!tenantPath) return json(404, { error: 'not_found' });
    const [, tenant, rest] = tenantPath;
    tenants.push(tenant ?? '');
    if (rest?.endsWith('openid-configuration')) {
      const root = `https://${FAKE_AUTHORITY_HOST}/${tenant}`;
      return json(200, {
        issuer: `https://${FAKE_AUTHORITY_HOST}/{tenantid}/v2.0`,
        authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
        token_endpoint: `${root}/oauth2/v2.0/token`,
        device_authorization_endpoint: `${root}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${root}/oauth2/v2.0/logout`,
        jwks_uri: `${root}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });
    }
    if (rest === 'oauth2/v2.0/authorize') {
      const q = url.searchParams;
      if (q.get('client_id') !== FAKE_CLIENT_ID) return json(400, { error: 'unauthorized_client' });
      if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        return json(400, { error: 'invalid_request', error_description: 'PKCE required' });
      }
      const code = `code-${randomBytes(8).toString('hex')}`;
      codes.set(code, {
        challenge: q.get('code_challenge') ?? '',
        redirectUri: q.get('redirect_uri') ?? '',
        nonce: q.get('nonce'),
        scope: q.get('scope') ?? '',
      });
      return json(200, { code });
    }
    const form = new URLSearchParams(await readBody(req));
    if (form.get('client_id') !== FAKE_CLIENT_ID) {
      return json(400, {
        error: 'unauthorized_client',
        error_description: 'AADSTS700016: Application with identifier was not found in the directory.',
      });
    }
    if (rest === 'oauth2/v2.0/devicecode') {
      const deviceCode = `dc-${randomBytes(8).toString('hex')}`;
      deviceCodes.set(deviceCode, { polls: 0, scope: form.get('scope') ?? '' });
      return json(200, {
        device_code: deviceCode,
        user_code: 'HVV-4821',
        verification_uri: 'https://microsoft.com/devicelogin',
        expires_in: 900,
        // Zero: MSAL waits interval seconds between polls, and tests must not sleep.
        interval: 0,
        message:
          'To sign in, use a web browser to open https://microsoft.com/devicelogin and enter HVV-4821.',
      });
    }
    // Token endpoint.
    const grant = form.get('grant_type') ?? '';
    grants.push(grant);
    scopes.push(`${grant} ${form.get('scope') ?? ''}`);
    if (nextError) {
      const error = nextError;
      nextError = null;
      if (error === 'empty') return json(404, {});
      return json(error.status, { error: error.error, error_description: error.description });
    }
    if (grant === 'authorization_code') {
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!pending)
        return json(400, { error: 'invalid_grant', error_description: 'AADSTS70008: code expired.' });
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (challenge !== pending.challenge) {
        return json(400, {
          error: 'invalid_grant',
          error_description: 'AADSTS501481: code verifier mismatch.',
        });
      }
      if (form.get('redirect_uri') !== pending.redirectUri) {
        return json(400, {
          error: 'invalid_grant',
          error_description: 'AADSTS50148: redirect_uri mismatch.',
        });
      }
      return json(200, issueTokens(pending.scope, pending.nonce));
    }
    if (grant === 'device_code' || grant === 'urn:ietf:params:oauth:grant-type:device_code') {
      const entry = deviceCodes.get(form.get('device_code') ?? '');
      if (!entry)
        return json(400, { error: 'invalid_grant', error_description: 'AADSTS70000: unknown code.' });
      entry.polls += 1;
      if (entry.polls <= (options.pendingPolls ?? 1)) {
        return json(400, { error: 'authorization_pending', error_description: 'AADSTS70016: pending.' });
      }
      const outcome = options.deviceCodeOutcome ?? 'approve';
      if (outcome === 'declined')
        return json(400, { error: 'authorization_declined', error_description: 'AADSTS70000' });
      if (outcome === 'expired')
        return json(400, { error: 'expired_token', error_description: 'AADSTS70020' });
      deviceCodes.delete(form.get('device_code') ?? '');
      return json(200, issueTokens(entry.scope, null));
    }
    if (grant === 'refresh_token') {
      const token = form.get('refresh_token') ?? '';
      if (!refreshTokens.has(token)) {
        return json(400, {
          error: 'invalid_grant',
          error_description: 'AADSTS700082: The refresh token has expired due to inactivity.',
        });
      }
      refreshTokens.delete(token);
      return json(200, issueTokens(form.get('scope') ?? '', null));
    }
    return json(400, { error: 'unsupported_grant_type' });
  }

  function issueTokens(scope: string, nonce: string | null): Record<string, unknown> {
    const accessToken = `AT-SECRET-${randomBytes(12).toString('hex')}`;
    const refreshToken = `RT-SECRET-${randomBytes(12).toString('hex')}`;
    secrets.push(accessToken, refreshToken);
    refreshTokens.add(refreshToken);
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      aud: FAKE_CLIENT_ID,
      iss: `https://${FAKE_AUTHORITY_HOST}/${FAKE_TENANT_ID}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      tid: FAKE_TENANT_ID,
      oid: FAKE_USER.oid,
      sub: FAKE_USER.oid,
      name: FAKE_USER.name,
      preferred_username: FAKE_USER.username,
      ver: '2.0',
      ...(nonce ? { nonce } : {}),
    };
    return {
      token_type: 'Bearer',
      scope: scope
        .split(' ')
        .filter((s) => s.startsWith('https://'))
        .join(' '),
      expires_in: options.accessTokenLifetime ?? 3600,
      ext_expires_in: options.accessTokenLifetime ?? 3600,
      access_token: accessToken,
      refresh_token: refreshToken,
      // MSAL reads the id token's claims without checking a signature (it arrived over TLS from the IdP).
      id_token: `${b64({ typ: 'JWT', alg: 'none' })}.${b64(claims)}.`,
      client_info: b64({ uid: FAKE_USER.oid, utid: FAKE_TENANT_ID }),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const route = (url: string): string => {
    const parsed = new URL(url);
    if (parsed.host !== FAKE_AUTHORITY_HOST) throw new Error(`fake IdP: refusing to route ${parsed.host}`);
    return `${base}${parsed.pathname}${parsed.search}`;
  };

  const networkClient: INetworkModule = {
    sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
      send<T>(route(url), 'GET', options),
    sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) =>
      send<T>(route(url), 'POST', options),
  };

  return {
    authority: `https://${FAKE_AUTHORITY_HOST}/${FAKE_TENANT_ID}`,
    networkClient,
    async browser(url, answer = 'approve') {
      const authorize = new URL(url);
      const redirectUri = authorize.searchParams.get('redirect_uri') ?? '';
      const state = authorize.searchParams.get('state') ?? '';
      const reply: Record<string, string> =
        answer === 'deny'
          ? { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent.', state }
          : {
              code: ((await (await fetch(route(url))).json()) as { code: string }).code,
              state,
              client_info: b64({ uid: FAKE_USER.oid, utid: FAKE_TENANT_ID }),
            };
      // form_post: the browser posts the answer to MSAL's loopback server, as Azure AD's page does.
      await fetch(redirectUri, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(reply).toString(),
      });
    },
    issuedSecrets: () => [...secrets],
    tokenGrants: () => [...grants],
    tenantsAsked: () => [...tenants],
    tokenScopes: () => [...scopes],
    failNextToken(error) {
      nextError = error;
    },
    revokeRefreshTokens: () => refreshTokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function send<T>(
  url: string,
  method: 'GET' | 'POST',
  options?: NetworkRequestOptions,
): Promise<NetworkResponse<T>> {
  const response = await fetch(url, {
    method,
    headers: options?.headers ?? {},
    ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return { headers, body: (await response.json()) as T, status: response.status };
}

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
