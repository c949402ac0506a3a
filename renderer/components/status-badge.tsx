import { useText } from '../i18n/use-text.js';
import { shownText, SHOWN_LABEL, type Shown } from '../steps/status.js';

export function StatusBadge({ shown }: { shown: Shown }) {
  useText();
  const { icon } = SHOWN_LABEL[shown];
  const text = shownText(shown);
  return (
    <span className={`badge status-${shown}`}>
      <span className="badge-icon" aria-hidden="true">
        {icon}
      </span>
      {text}
    </span>
  );
}
