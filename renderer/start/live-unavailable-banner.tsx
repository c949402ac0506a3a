import { liveUnavailableKey } from '../../common/live-unavailable.js';
import { richText } from '../i18n/rich-text.js';
import { useText } from '../i18n/use-text.js';
import { useApp } from '../store.js';

/**
 * Why live checks cannot run here, in the technician's language: main sends the reason as an id
 * (common/live-unavailable.ts) and its verbatim detail (exit code, PowerShell's words), quoted in
 * <code> as the device said it. A main that sends no id is answered with its English reason.
 */
export function LiveUnavailableBanner() {
  const live = useApp((s) => s.appInfo?.live);
  const { t } = useText();
  if (!live || live.available) return null;
  const unavailable = <strong>{t('start.liveUnavailable')}</strong>;
  const english = live.reason ? live.reason.replace(/\.?\s*$/, '.') : null;
  const reason = live.reasonId ? t(liveUnavailableKey(live.reasonId)) : english;
  return (
    <div role="status" className="banner warn">
      <span aria-hidden="true" className="banner-icon">
        !
      </span>
      <p>
        {reason ? richText(t, 'liveUnavailable.because', { unavailable }, { reason }) : <>{unavailable}.</>}
        {live.reasonId && live.reasonDetail ? (
          <> {richText(t, 'liveUnavailable.detail', { detail: <code>{live.reasonDetail}</code> })}</>
        ) : null}{' '}
        {t('start.liveUnavailableReplay')}
      </p>
    </div>
  );
}
