/** JUnit XML for lab CI: one testsuite per scenario, one testcase per step. */
import type { RunDocument } from '../../common/engine/summary.js';
import { findStep } from '../../common/engine/checklist.js';

// XML 1.0 forbids most control characters even when escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface JUnitRun {
  name: string;
  doc: RunDocument;
}

function body(step: RunDocument['steps'][number]): string {
  const parts = [step.summary];
  if (Object.keys(step.details).length > 0) parts.push(`details: ${JSON.stringify(step.details, null, 2)}`);
  if (step.remediation.length > 0) parts.push(`next steps:\n- ${step.remediation.join('\n- ')}`);
  return escapeXml(parts.join('\n'));
}

export function toJUnitXml(runs: readonly JUnitRun[]): string {
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: string[] = [];
  for (const { name, doc } of runs) {
    const c = doc.counts;
    const skipped = c.skip + c.blocked + c.manual;
    const tests = doc.steps.length;
    total.tests += tests;
    total.failures += c.fail;
    total.errors += c.error;
    total.skipped += skipped;
    const cases = doc.steps.map((step) => {
      const title = findStep(step.id)?.title ?? step.id;
      const open = `    <testcase classname="${escapeXml(`${name}.${step.stage}`)}" name="${escapeXml(`${step.id}: ${title}`)}"`;
      const message = escapeXml(step.summary);
      switch (step.status) {
        case 'fail':
          return `${open}>\n      <failure message="${message}" type="fail">${body(step)}</failure>\n    </testcase>`;
        case 'error':
          return `${open}>\n      <error message="${message}" type="error">${body(step)}</error>\n    </testcase>`;
        case 'skip':
        case 'blocked':
        case 'manual':
          return `${open}>\n      <skipped message="${escapeXml(`${step.status}: ${step.summary}`)}"/>\n    </testcase>`;
        default:
          return `${open}/>`;
      }
    });
    suites.push(
      `  <testsuite name="${escapeXml(doc.title)}" tests="${tests}" failures="${c.fail}" errors="${c.error}" skipped="${skipped}">\n` +
        `    <properties>\n      <property name="scenario" value="${escapeXml(name)}"/>\n    </properties>\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="hvv" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}
