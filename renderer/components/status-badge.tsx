import { SHOWN_LABEL, type Shown } from '../steps/status.js';

export function StatusBadge({ shown }: { shown: Shown }) {
  const { icon, text } = SHOWN_LABEL[shown];
  return (
    <span className={`badge status-${shown}`}>
      <span className="badge-icon" aria-hidden="true">
        {icon}
      </span>
      {text}
    </span>
  );
}
