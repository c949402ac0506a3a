import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useText } from '../i18n/use-text.js';

function format(ms: number, t: TFunction): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return t('step.seconds', { s: seconds });
  return t('step.minutes', { m: Math.floor(seconds / 60), s: String(seconds % 60).padStart(2, '0') });
}

/** "Running for 42 s": proof the app has not frozen while rasdial or wusa takes its time. */
export function Elapsed({ since }: { since: string }) {
  const { t } = useText();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const started = Date.parse(since);
  if (Number.isNaN(started)) return null;
  return <span className="elapsed">{t('step.runningFor', { elapsed: format(now - started, t) })}</span>;
}
