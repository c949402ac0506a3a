import { useApp } from '../store.js';

/**
 * Azure AD sign-in for the tenant checks. The device code is the fallback for OOBE, where no
 * browser may be available: the code and the address are shown large enough to read off a phone.
 */
export function SignInPanel({ compact = false }: { compact?: boolean }) {
  const auth = useApp((s) => s.auth);
  const deviceCode = useApp((s) => s.deviceCode);
  const signingIn = useApp((s) => s.signingIn);
  const signIn = useApp((s) => s.signIn);
  const signOut = useApp((s) => s.signOut);
  const platform = useApp((s) => s.appInfo?.platform);
  // The file this install really reads; without main's answer, the usual place on this platform.
  const settingsPath =
    auth?.settingsPath ??
    (platform === 'win32'
      ? '%APPDATA%\\Hybrid VPN Validator\\tenant-settings.json'
      : "tenant-settings.json in the app's data folder");
  const headingId = compact ? 'sign-in-heading-compact' : 'sign-in-heading';

  return (
    <section className={compact ? 'panel sign-in compact' : 'panel sign-in'} aria-labelledby={headingId}>
      <h2 id={headingId} className={compact ? 'panel-title small' : 'panel-title'}>
        Tenant checks (Intune)
      </h2>
      {auth?.configured === false ? (
        <div className="not-configured" role="note">
          <p>
            <strong>Tenant sign-in is not set up on this computer</strong>, so the two tenant checks
            (Autopilot registration and profile) stay blocked. Every on-device check still runs.
          </p>
          {auth.note ? <p className="muted">{auth.note}</p> : null}
          <p className="muted">
            Set-up: the administrator puts the app registration&apos;s Application (client) ID in{' '}
            <code>{settingsPath}</code> as <code>clientId</code>, then restarts the app.
          </p>
        </div>
      ) : auth?.signedIn ? (
        <>
          <p className="signed-in">
            <span aria-hidden="true">✓ </span>Signed in as{' '}
            <strong>{auth.username ?? 'an unnamed account'}</strong>
          </p>
          <button type="button" className="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </>
      ) : (
        <>
          <p className="muted">
            Sign in with an account that can read Windows Autopilot devices to check this device&apos;s
            registration and profile. Every on-device check works without signing in.
          </p>
          <p>Not signed in</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={signingIn}
              onClick={() => void signIn('browser')}
            >
              Sign in with browser
            </button>
            <button
              type="button"
              className="button"
              disabled={signingIn}
              onClick={() => void signIn('device-code')}
            >
              Sign in with a device code
            </button>
          </div>
          {signingIn && !deviceCode ? <p role="status">Waiting for sign-in to finish…</p> : null}
          {deviceCode ? (
            <div className="device-code" role="status">
              <p>
                On any phone or computer, open{' '}
                <a href={deviceCode.verificationUri} target="_blank" rel="noreferrer">
                  {deviceCode.verificationUri}
                </a>
              </p>
              <p>
                Enter code <span className="code">{deviceCode.userCode}</span>
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
