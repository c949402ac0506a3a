/**
 * Turns a session into the files a technician hands over: HTML (also the source of the PDF), JSON
 * and a replayable scenario. Secrets are removed from every export; people and device identifiers
 * too when `meta.redact` is set (docs/SESSIONS-AND-REPORTS.md).
 */
import type { SessionSnapshot } from '../../common/ipc/contract.js';
import type { ReportRenderer } from '../services.js';
import { countStatuses } from '../../common/engine/summary.js';
import { renderHtml } from './html.js';
import { buildJsonReport } from './json-report.js';
import { redactSnapshot } from './redact-snapshot.js';
import { scenarioFromSnapshot } from './scenario-export.js';

export function createReportRenderer(): ReportRenderer {
  return {
    render(snapshot, format, checklist, meta) {
      const personal = meta.redact === true;
      const safe: SessionSnapshot = redactSnapshot(snapshot, { personal });
      switch (format) {
        case 'html': {
          const counts = countStatuses(safe.steps.flatMap((s) => (s.result ? [s.result] : [])));
          return renderHtml(safe, checklist, meta, counts, personal);
        }
        case 'json':
          return `${JSON.stringify(buildJsonReport(safe, checklist, meta, personal), null, 2)}\n`;
        case 'scenario':
          return `${JSON.stringify(scenarioFromSnapshot(safe), null, 2)}\n`;
      }
    },
  };
}
