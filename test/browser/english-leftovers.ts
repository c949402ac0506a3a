/**
 * Finds English left on a screen drawn in another language (issue 19). The page gives every piece
 * of text a technician sees or hears (text, aria-label, title, placeholder, alt, button values);
 * Node decides which words are English: a word of the English catalog that the target language's
 * catalog does not also use (cognates such as "VPN", "Proxy", "Status") and that is not a proper
 * name or technical token (ALLOWED). Words come from the catalogs, not from a hand list, so a new
 * English string is caught the day it is added.
 */
import type { Page } from '@playwright/test';
import { catalogFor } from '../../common/i18n/catalogs.js';
import type { Language } from '../../common/i18n/languages.js';

/** One piece of text as the page shows it: where it is, how it is exposed, what it says. */
export interface ShownText {
  path: string;
  kind: string;
  text: string;
}

/**
 * Proper names and technical tokens that are English-looking but correct in every language, each
 * with why. Lower case; matched against whole words.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  ['hybrid', 'part of the product name "Hybrid VPN Validator", never translated'],
  ['validator', 'part of the product name "Hybrid VPN Validator"'],
  ['autopilot', 'Microsoft product name (Windows Autopilot)'],
  ['intune', 'Microsoft product name'],
  ['azure', 'Microsoft product name (Azure AD)'],
  ['entra', 'Microsoft product name (Entra ID)'],
  ['windows', 'Microsoft product name'],
  ['powershell', 'Microsoft product name'],
  ['globalprotect', 'Palo Alto product name'],
  ['forticlient', 'Fortinet product name'],
  ['anyconnect', 'Cisco product name'],
  ['cisco', 'vendor name'],
  ['zscaler', 'vendor name'],
  ['contoso', 'Microsoft’s sample company name, used in the recordings'],
  ['fabrikam', 'Microsoft’s sample company name, used in the recordings'],
  ['ikev', 'protocol name (IKEv2; the digit splits the word)'],
  ['ras', 'Windows Remote Access Service, named so in every language'],
  ['ldap', 'protocol name'],
  ['kerberos', 'protocol name'],
  ['dns', 'protocol name'],
  ['eap', 'protocol name (EAP-TLS)'],
  ['tls', 'protocol name'],
  ['tcp', 'protocol name'],
  ['udp', 'protocol name'],
  ['scp', 'service connection point, the Active Directory object’s name in Microsoft’s docs'],
  ['wpad', 'protocol name (Web Proxy Auto-Discovery)'],
  ['winhttp', 'Windows API name (WinHTTP proxy)'],
  ['mdm', 'Microsoft’s name for device management enrollment (MDM) in every language'],
  ['utc', 'time zone name'],
  ['dsregcmd', 'command name'],
  ['rasdial', 'command name'],
  ['netsh', 'command name'],
  ['nltest', 'command name'],
  ['certutil', 'command name'],
  ['wusa', 'command name'],
  ['ipconfig', 'command name'],
  ['html', 'file format name'],
  ['json', 'file format name'],
  ['csv', 'file format name'],
  ['pdf', 'file format name'],
  ['hvv', 'the CLI’s command name and the JSON formats’ prefix (hvv-fleet/1)'],
]);

/** Words of three letters or more, ICU syntax removed (placeholders, plural/select keywords). */
function words(message: string): string[] {
  const text = message
    .replace(/\{\s*[\w.]+\s*(,\s*(plural|select|selectordinal|number|date|time)\s*(,\s*[\w-]*)?)?/g, ' ')
    .replace(/(=\d+|\b(zero|one|two|few|many|other)\b)\s*\{/g, ' ');
  return (text.match(/[\p{L}][\p{L}’']*[\p{L}]/gu) ?? [])
    .map((w) => w.toLowerCase().replace(/[’']s$/, ''))
    .filter((w) => w.length >= 3);
}

function vocabulary(language: Language): Set<string> {
  return new Set(Object.values(catalogFor(language)).flatMap(words));
}

/** The words that, on a screen in `language`, can only be English left behind. */
export function englishOnlyWords(language: Exclude<Language, 'en'>): Set<string> {
  const theirs = vocabulary(language);
  const english = vocabulary('en');
  return new Set([...english].filter((w) => !theirs.has(w) && !ALLOWED.has(w)));
}

/** One piece of English found: where first, how often, what it says. */
export interface Leftover {
  screens: string[];
  path: string;
  kind: string;
  text: string;
  english: string[];
}

/**
 * What is data, not words of the app: the recording's own sentences (titles, notes, the
 * technician's confirmation and sign-off notes) quoted inside a translated message, file and
 * registry paths, version numbers, Windows constants (ERROR_VPN_TIMEOUT), dotted names (host
 * names, e-mail addresses, probe ids such as tls.chain). The recording's sentences are cut first:
 * one holding a dotted name ("new user ben.okafor signed in") no longer matches once that is gone.
 */
function withoutData(text: string, quoted: readonly string[]): string {
  let rest = text;
  for (const q of quoted) if (rest.includes(q)) rest = rest.split(q).join(' ');
  return rest
    .replace(/(?:[A-Za-z]:\\|HK[A-Z_]+\\|\/)[^\s«»"“”„]+/g, ' ')
    .replace(/\bv?\d+\.\d+\.\d+[\w.-]*/g, ' ')
    .replace(/\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g, ' ')
    .replace(/[\w@-]+(?:\.[\w-]+)+/g, ' ');
}

/**
 * Adds to `found` each text with English words in it, once per element and text, remembering
 * every screen it was seen on. `data` are the recording's strings (recordedStrings): a text that
 * is exactly one is the device's own, and the longer ones are cut out of the sentences quoting them.
 */
export function collectLeftovers(
  found: Map<string, Leftover>,
  screen: string,
  shown: readonly ShownText[],
  english: ReadonlySet<string>,
  data: ReadonlySet<string>,
): void {
  const quoted = [...data]
    .filter((d) => d.length >= 12 && d.includes(' '))
    .sort((a, b) => b.length - a.length);
  for (const item of shown) {
    if (data.has(item.text)) continue;
    const hits = [...new Set(words(withoutData(item.text, quoted)).filter((w) => english.has(w)))];
    if (hits.length === 0) continue;
    const key = `${item.path}|${item.kind}|${item.text}`;
    const seen = found.get(key);
    if (seen) seen.screens.push(screen);
    else
      found.set(key, { screens: [screen], path: item.path, kind: item.kind, text: item.text, english: hits });
  }
}

/** One line per leftover: the first screen it is on (and how many more), the element, the text. */
export function describeLeftover(l: Leftover): string {
  const more = l.screens.length > 1 ? ` (+${l.screens.length - 1} more)` : '';
  return `${l.screens[0]}${more} — ${l.path} [${l.kind}]: "${l.text}" (English: ${l.english.join(', ')})`;
}

/**
 * Every text on the page a technician reads or a screen reader says, with its element's path.
 * Skipped: code, pre, kbd, samp (commands and outputs are never translated), the language switch's
 * own option names and its "(Language)" hint (each language named in its own words, on purpose),
 * and anything not rendered (a closed disclosure, display: none). Visually hidden text is kept:
 * a screen reader says it.
 */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(() => {
    const SKIP =
      'code, pre, kbd, samp, script, style, template, .language-switch option, .language-switch [lang]';
    const out: { path: string; kind: string; text: string }[] = [];
    const rendered = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const label = (el: Element) => {
      const role = el.getAttribute('role');
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
      return `${el.tagName.toLowerCase()}${cls}${role ? `[role=${role}]` : ''}`;
    };
    const pathOf = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(label(e));
      }
      return parts.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!parent || !text || parent.closest(SKIP) || !rendered(parent)) continue;
      out.push({ path: pathOf(parent), kind: 'text', text });
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest(SKIP) || !rendered(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push({ path: pathOf(el), kind: attr, text: value });
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && el.value) {
        out.push({ path: pathOf(el), kind: 'value', text: el.value });
      }
    }
    return out;
  });
}

/**
 * The strings a recording carries (its title, inputs, notes, the technician's confirmation and
 * sign-off notes, probe outputs, and the lines and "name : value" values inside those outputs, JSON
 * ones parsed): the device's own data, shown as recorded in every language, so a text that is
 * exactly one of them is not a leftover.
 */
export function recordedStrings(scenario: unknown): Set<string> {
  const found = new Set<string>();
  const add = (value: string) => {
    const whole = value.replace(/\s+/g, ' ').trim();
    if (whole) found.add(whole);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.replace(/\s+/g, ' ').trim();
      if (trimmed) found.add(trimmed);
      const pair = /^[^:]+?\s:\s(.+)$/.exec(trimmed);
      if (pair?.[1]) found.add(pair[1].trim());
    }
    if (/^\s*[[{]/.test(value)) {
      try {
        visit(JSON.parse(value) as unknown);
      } catch {
        // Not JSON after all: its lines are in already.
      }
    }
  };
  const visit = (node: unknown): void => {
    if (typeof node === 'string') add(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(scenario);
  return found;
}
