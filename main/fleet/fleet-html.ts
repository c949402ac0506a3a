/**
 * The fleet report as one self-contained HTML file: no script, no external resource, charts as
 * inline SVG (they print), every string from the export escaped.
 */
import { findStep } from '../../common/engine/checklist.js';
import type { DeviceOutcome, FleetVerdict } from '../../common/fleet/device-verdict.js';
import { FLEET_VERDICTS, type FleetReport } from '../../common/fleet/fleet-report.js';
import { escapeHtml } from '../report/html.js';

const LABEL: Record<FleetVerdict, string> = {
  'not-ready': 'Not ready',
  unknown: 'Unknown',
  incomplete: 'Incomplete',
  ready: 'Ready',
};
const MEANING: Record<FleetVerdict, string> = {
  'not-ready': 'a check failed or could not run: fix before sending the device out',
  unknown: 'no usable answer from the device: see why below',
  incomplete: 'a check could not be proven either way',
  ready: 'every remote check passed: the on-site steps remain',
};
// Symbols as well as colours: fleet reports get printed in black and white too.
const SYMBOL: Record<FleetVerdict, string> = { 'not-ready': '✘', unknown: '?', incomplete: '⊘', ready: '✔' };
const COLOUR: Record<FleetVerdict, string> = {
  'not-ready': '#cf222e',
  unknown: '#6e7781',
  incomplete: '#9a6700',
  ready: '#1a7f37',
};

const CSS = `
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: #1f2328; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
.muted { color: #59636e; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: .75rem; margin: 1rem 0 .5rem; }
.tile { border: 1px solid #d0d7de; border-top: 6px solid; border-radius: 4px; padding: .5rem .75rem; }
.tile b { font-size: 1.9rem; display: block; line-height: 1.1; }
.tile span { font-weight: 600; }
.tile p { margin: .2rem 0 0; font-size: .85rem; color: #59636e; }
svg text { font: 13px "Segoe UI", system-ui, sans-serif; fill: #1f2328; }
ol.causes li { margin: .5rem 0; break-inside: avoid; }
ol.causes ul { margin: .2rem 0; }
table.devices { border-collapse: collapse; width: 100%; }
table.devices th, table.devices td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
table.devices th { background: #f6f8fa; }
table.devices tr { break-inside: avoid; }
.verdict { font-weight: 700; white-space: nowrap; }
@media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } }
`;

function bar(label: string, value: number, max: number, colour: string, y: number, width: number): string {
  const labelWidth = 360;
  const room = width - labelWidth - 60;
  const length = max === 0 ? 0 : Math.max(value > 0 ? 2 : 0, Math.round((value / max) * room));
  return [
    `<text x="0" y="${y + 15}">${escapeHtml(label.length > 52 ? `${label.slice(0, 51)}…` : label)}</text>`,
    `<rect x="${labelWidth}" y="${y + 2}" width="${length}" height="18" fill="${colour}"></rect>`,
    `<text x="${labelWidth + length + 6}" y="${y + 15}">${value}</text>`,
  ].join('');
}

function barChart(title: string, rows: { label: string; value: number; colour: string }[]): string {
  const width = 900;
  const height = rows.length * 26 + 4;
  const max = Math.max(0, ...rows.map((r) => r.value));
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="100%" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">${rows
    .map((r, i) => bar(r.label, r.value, max, r.colour, i * 26, width))
    .join('')}</svg>`;
}

function tiles(report: FleetReport): string {
  const total = report.devices.length;
  return `<div class="tiles">${FLEET_VERDICTS.map((v) => {
    const n = report.counts[v];
    const share = total === 0 ? 0 : Math.round((n / total) * 100);
    return `<div class="tile" style="border-top-color:${COLOUR[v]}"><b>${n}</b><span style="color:${COLOUR[v]}">${SYMBOL[v]} ${LABEL[v]}</span> <span class="muted">(${share}%)</span><p>${MEANING[v]}</p></div>`;
  }).join('')}</div>`;
}

function stepTitle(id: string): string {
  return findStep(id as Parameters<typeof findStep>[0])?.title ?? id;
}

/** ISO times as a technician reads them; anything else (a CSV's own date text) as exported. */
function shownTime(value: string | null): string {
  if (!value) return '—';
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(value);
  return iso ? `${iso[1]} ${iso[2]} UTC` : value;
}

function deviceRow(d: DeviceOutcome): string {
  const failed = d.failed.length === 0 ? '' : d.failed.map((id) => escapeHtml(stepTitle(id))).join('<br>');
  const note = [d.reason, d.disagreement]
    .filter((x): x is string => !!x)
    .map(escapeHtml)
    .join('<br>');
  return `<tr><td>${escapeHtml(d.device)}</td><td>${escapeHtml(shownTime(d.lastRun))}</td><td class="verdict" style="color:${COLOUR[d.verdict]}">${SYMBOL[d.verdict]} ${LABEL[d.verdict]}</td><td>${failed}</td><td>${note}</td></tr>`;
}

function groups(report: FleetReport): string {
  return FLEET_VERDICTS.filter((v) => report.counts[v] > 0)
    .map(
      (
        v,
      ) => `<h2 id="${v}">${SYMBOL[v]} ${LABEL[v]}: ${report.counts[v]} device${report.counts[v] === 1 ? '' : 's'}</h2>
<table class="devices"><thead><tr><th scope="col">Device</th><th scope="col">Last run</th><th scope="col">Verdict</th><th scope="col">Failed checks</th><th scope="col">Why</th></tr></thead><tbody>
${report.devices
  .filter((d) => d.verdict === v)
  .map(deviceRow)
  .join('\n')}
</tbody></table>`,
    )
    .join('\n');
}

export function renderFleetHtml(report: FleetReport): string {
  const total = report.devices.length;
  const causes = report.causes.slice(0, 10);
  const causeList = causes
    .map(
      (c) =>
        `<li><b>${c.status === 'fail' ? 'Failed: ' : ''}${escapeHtml(c.title)}</b> — ${c.devices} device${c.devices === 1 ? '' : 's'}. Fix:<ul>${c.fix
          .map((f) => `<li>${escapeHtml(f)}</li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  const unknown = report.unknownReasons
    .slice(0, 10)
    .map((u) => `<li>${escapeHtml(u.reason)} — ${u.devices} device${u.devices === 1 ? '' : 's'}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Fleet readiness: hybrid Azure AD join with VPN</title><style>${CSS}</style></head>
<body>
<h1>Fleet readiness: hybrid Azure AD join with VPN</h1>
<p class="muted">${total} device${total === 1 ? '' : 's'} from Intune Remediations · report made ${escapeHtml(shownTime(report.generatedAt))} · detection script ${escapeHtml(report.scriptId)}</p>
${tiles(report)}
${barChart(
  'Devices by verdict',
  FLEET_VERDICTS.map((v) => ({
    label: `${SYMBOL[v]} ${LABEL[v]}`,
    value: report.counts[v],
    colour: COLOUR[v],
  })),
)}
<h2>Most common causes and their fixes</h2>
${
  causes.length === 0
    ? '<p>No device failed a remote check.</p>'
    : `<p class="muted">Devices failing each check (a device can fail several):</p>${barChart(
        'Devices failing each check',
        causes.map((c) => ({
          label: `${c.status === 'fail' ? '✘' : '⚠'} ${c.title}`,
          value: c.devices,
          colour: c.status === 'fail' ? COLOUR['not-ready'] : '#bc4c00',
        })),
      )}<ol class="causes">${causeList}</ol>`
}
${unknown ? `<h2>Why devices are unknown</h2><ul>${unknown}</ul>` : ''}
<h2>Still to do on site, for every device</h2>
<p>Remote checks cannot connect the VPN, look at the logon screen or sign in; a technician does these with the app:</p>
<ul>${report.onSite.map((s) => `<li>${escapeHtml(s.title)}</li>`).join('')}</ul>
${groups(report)}
</body></html>
`;
}
