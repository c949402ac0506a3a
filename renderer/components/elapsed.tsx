import { useEffect, useState } from 'react';

function format(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** "Running for 42 s": proof the app has not frozen while rasdial or wusa takes its time. */
export function Elapsed({ since }: { since: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const started = Date.parse(since);
  if (Number.isNaN(started)) return null;
  return <span className="elapsed">Running for {format(now - started)}</span>;
}
