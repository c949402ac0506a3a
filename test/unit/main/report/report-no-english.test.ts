/**
 * The HTML report `hvv run --report --lang` writes keeps none of its former English labels in German
 * or Japanese: detail labels and values (main/report/detail-labels.ts), the event timeline
 * (main/report/html-timeline.ts), durations and times. The page's text is read the way a
 * technician reads it (tags stripped, `<pre>`/`<code>` left out: command output stays verbatim).
 * Step summaries and fixes are the engine's (common/i18n/step-text.ts) and are not scanned here.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../../../main/cli/report-command.js';
import { loadFixture, replay } from './replayed-session.js';

/** Events and a timeline (the scenario of test/browser/event-timeline.spec.ts), then more details. */
const FIXTURES = [
  'signin-events-contradict',
  'cached-credentials-signin',
  'dc-over-lan-while-vpn-up',
  'globalprotect-prelogon',
  'aovpn-device-tunnel-connected',
  'ras-809-timeout',
  'static-proxy-warn',
  'user-cert-only',
] as const;

/**
 * What the report used to print in English, as whole texts (a label cell, a value cell, a timeline
 * cell). Words a translation keeps (Version, Proxy, Edition, product names) are not listed.
 */
const FORMER_ENGLISH = [
  // Detail labels.
  'Windows build',
  'Update revision (UBR)',
  'Azure AD joined',
  'Domain joined',
  'Domain name',
  'MDM providers',
  'Enrolled by',
  'Enrollment id',
  'Join method',
  '"Skip domain connectivity check"',
  'Read from',
  'Proxy server',
  'Proxy bypass list',
  'Endpoints checked',
  'Unreachable endpoints',
  'Connection errors',
  'Reminders',
  'VPN connections',
  'Usable before sign-in',
  'Store (UWP) plug-in profiles',
  'Machine certificate',
  'Machine certificates',
  'Only a user certificate',
  'Error code',
  'Error name',
  'Meaning',
  'Message from Windows',
  'VPN connection',
  'Domain',
  'Domain controller',
  'Address',
  'Technician note',
  'Logon type',
  'Logon server',
  'Exit code',
  'Restart required',
  'Already installed',
  'Probe',
  'Why no result',
  'Reason',
  'Output',
  'Serial number',
  'Autopilot device id',
  'Group tag',
  'Profile id',
  'Join type',
  'Route to the domain controller',
  'Interface used',
  'VPN interface recognised by',
  'Source address',
  'Domain controller ports',
  "The device's events",
  'Contradiction',
  'Events not read',
  'Kind of VPN',
  'Always On tunnel',
  'VPN client',
  'Connects before sign-in',
  'Connected by',
  'Waited (seconds)',
  // Labels the report printed split from field names.
  'Subject',
  'Thumbprint',
  'Not after',
  'Problems',
  'Clients',
  'Auto connections',
  'Services',
  'Elevated',
  'User account',
  'User proxy',
  'System proxy',
  // Values.
  'yes',
  'no',
  'none',
  'hybrid Azure AD join',
  'the cached Autopilot profile',
  'direct access',
  'static WinHTTP proxy',
  'not in the recording',
  'through the VPN',
  'through the local network, not the VPN',
  'its type (PPP, ifType 23)',
  'the VPN connection name',
  'agree (VPN connected before the sign-in)',
  'contradict a pass',
  'neither confirm nor contradict',
  'the last sign-in used cached credentials',
  'no VPN connected before the last sign-in',
  'built-in connection that connects by itself (Always On)',
  'third-party VPN client',
  'device tunnel',
  'itself (Always On)',
  'the VPN client',
  'enabled',
  'disabled',
  'interactive (2)',
  'cached credentials (11)',
  // The event timeline.
  'What this device logged',
  'Time',
  'Source',
  'What happened',
  'Connection / account',
  'Event',
  'Hybrid join',
  'Sign-in',
  'VPN connected',
  'VPN disconnected',
  'VPN connection failed',
  'User signed in (interactive)',
  'User signed in with cached credentials',
] as const;

/** Each text a reader sees on its own (a cell, a paragraph), outside `<pre>` and `<code>`. */
function textsOf(html: string): string[] {
  return html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<(pre|code)\b[^>]*>[^]*?<\/\1>/g, '<>')
    .split(/<[^>]*>/)
    .map((t) => t.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))).trim())
    .filter((t) => t !== '');
}

/** The English a text still holds: the whole text, or a nested value's `Label: ` inside it. */
function englishIn(text: string): string[] {
  // A timeline cell is "✔ VPN connected (" before its code: the symbol and the bracket go.
  const bare = text.replace(/^[✔✘]\s*/, '').replace(/\s*\($/, '');
  return FORMER_ENGLISH.filter(
    (english) => bare === english || bare.startsWith(`${english}: `) || bare.includes(`; ${english}: `),
  );
}

let dir: string;
const reports = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hvv-report-lang-'));
  for (const name of FIXTURES) {
    const scenario = await loadFixture(name);
    const results = await replay(scenario);
    for (const language of ['de', 'ja'] as const) {
      const outPath = join(dir, `${name}.${language}.html`);
      await writeReport({ results, scenario, format: 'html', outPath, redact: false, language });
      reports.set(`${name} ${language}`, await readFile(outPath, 'utf8'));
    }
  }
});

describe.each(['de', 'ja'] as const)('the %s HTML report of a replayed recording', (language) => {
  it.each(FIXTURES)('%s keeps none of its former English labels', (name) => {
    const html = reports.get(`${name} ${language}`) ?? '';
    expect(html).toContain(`<html lang="${language}">`);
    const found = textsOf(html).flatMap((text) => englishIn(text).map((english) => `${english}  ←  ${text}`));
    expect([...new Set(found)]).toEqual([]);
  });

  it('draws the event timeline in its own words and times', () => {
    const html = reports.get(`signin-events-contradict ${language}`) ?? '';
    const timeline = /<section class="event-timeline">[^]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(timeline).toContain('data-event-id="20225"');
    // English's sortable "2026-11-24 08:11:03 UTC" is for English readers; here the locale's form.
    expect(timeline).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    expect(timeline).toMatch(
      language === 'de' ? /24\. Nov\. 2026, 08:11:03 UTC/ : /2026年11月24日 08:11:03 UTC/,
    );
  });

  it('writes durations in its own numbers and unit', () => {
    const texts = textsOf(reports.get(`signin-events-contradict ${language}`) ?? '');
    const durations = texts.filter((t) => /\d[.,]\d (s|秒)\b|\d[.,]\d 秒/.test(t));
    expect(durations.length).toBeGreaterThan(0);
    for (const t of durations) expect(t).toMatch(language === 'de' ? /\d,\d s/ : /\d\.\d 秒/);
  });
});

describe('the title of a live run', () => {
  it('is in the report language in HTML, and stays English in JSON', async () => {
    const results = await replay(await loadFixture('ras-809-timeout'));
    const write = async (format: 'html' | 'json'): Promise<string> => {
      const outPath = join(dir, `live.${format}`);
      await writeReport({ results, scenario: null, format, outPath, redact: false, language: 'de' });
      return readFile(outPath, 'utf8');
    };
    expect(await write('html')).toMatch(/<h1>Live-Ausführung auf [^<]+<\/h1>/);
    expect(JSON.parse(await write('json')).title).toMatch(/^Live run on /);
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
