import { describeRunContext } from '../../common/run-context.js';
import { useApp } from '../store.js';

/**
 * Who the app runs as, before anything runs: a standard user learns which steps need "Run as
 * administrator" now, not from a failed update install twenty minutes later.
 */
export function RunContextNote() {
  const context = useApp((s) => s.appInfo?.live.context ?? null);
  if (!context) return null;
  const lines = describeRunContext(context);
  if (lines.length === 0) return null;
  const warn = lines.some((line) => line.tone === 'warn');
  return (
    <div role="status" aria-label="How the app is running" className={`banner ${warn ? 'warn' : 'info'}`}>
      <span aria-hidden="true" className="banner-icon">
        {warn ? '!' : '✓'}
      </span>
      <div>
        {lines.map((line) => (
          <p key={line.text}>{line.text}</p>
        ))}
      </div>
    </div>
  );
}
