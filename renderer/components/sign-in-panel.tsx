import { useText } from '../i18n/use-text.js';
import { richText } from '../i18n/rich-text.js';
import { useApp } from '../store.js';

/**
 * Azure AD sign-in for the tenant checks. The device code is the fallback for OOBE, where no
 * browser may be available: the code and the address are shown large enough to read off a phone.
 */
export function SignInPanel({ compact = false }: { compact?: boolean }) {
  const { t } = useText();
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
      : t('signIn.defaultPath'));
  const headingId = compact ? 'sign-in-heading-compact' : 'sign-in-heading';

  return (
    <section className={compact ? 'panel sign-in compact' : 'panel sign-in'} aria-labelledby={headingId}>
      <h2 id={headingId} className={compact ? 'panel-title small' : 'panel-title'}>
        {t('signIn.title')}
      </h2>
      {auth?.configured === false ? (
        <div className="not-configured" role="note">
          <p>
            <strong>{t('signIn.notConfigured')}</strong>
            {t('signIn.notConfiguredMore')}
          </p>
          {auth.note ? <p className="muted">{auth.note}</p> : null}
          <p className="muted">{richText(t, 'signIn.setup', { path: <code>{settingsPath}</code> })}</p>
        </div>
      ) : auth?.signedIn ? (
        <>
          <p className="signed-in">
            <span aria-hidden="true">✓ </span>
            {t('signIn.signedInAs')} <strong>{auth.username ?? t('signIn.unnamed')}</strong>
          </p>
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('signIn.signOut')}
          </button>
        </>
      ) : (
        <>
          <p className="muted">{t('signIn.explain')}</p>
          <p>{t('signIn.notSignedIn')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={signingIn}
              onClick={() => void signIn('browser')}
            >
              {t('signIn.browser')}
            </button>
            <button
              type="button"
              className="button"
              disabled={signingIn}
              onClick={() => void signIn('device-code')}
            >
              {t('signIn.deviceCode')}
            </button>
          </div>
          {signingIn && !deviceCode ? <p role="status">{t('signIn.waiting')}</p> : null}
          {deviceCode ? (
            <div className="device-code" role="status">
              <p>
                {t('signIn.openOn')}{' '}
                <a href={deviceCode.verificationUri} target="_blank" rel="noreferrer">
                  {deviceCode.verificationUri}
                </a>
              </p>
              <p>
                {t('signIn.enterCode')} <span className="code">{deviceCode.userCode}</span>
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
