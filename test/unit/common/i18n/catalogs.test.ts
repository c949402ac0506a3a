/**
 * The catalogs are complete and well-formed: every language has exactly English's keys, file by
 * file (the failure names `common/i18n/catalogs/<lang>/<file>.ts` and the keys, grouped), every
 * message parses as ICU MessageFormat, and a translation uses the same variables as its English.
 */
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOG_FILES, catalogFor, type Catalog } from '../../../../common/i18n/catalogs.js';
import { LANGUAGES, type Language } from '../../../../common/i18n/languages.js';

const TRANSLATED = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

/** `step.vpn-connect.{title,why}` rather than one line per key: the list stays readable. */
function groupKeys(keys: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const key of [...keys].sort()) {
    const cut = key.lastIndexOf('.');
    const [head, tail] = cut < 0 ? ['', key] : [key.slice(0, cut), key.slice(cut + 1)];
    groups.set(head, [...(groups.get(head) ?? []), tail]);
  }
  return [...groups]
    .map(([head, tails]) => {
      const body = tails.length === 1 ? tails[0] : `{${tails.join(',')}}`;
      return head ? `${head}.${body}` : body;
    })
    .join(' ');
}

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

// intl-messageformat's AST: 0 literal, 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 7 #, 8 tag.
function variablesOf(nodes: readonly AstNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string')
      into.add(`${node.type === 6 ? 'plural ' : ''}${node.value}`);
    if (node.type === 8 && typeof node.value === 'string') into.add(`<${node.value}>`);
    for (const option of Object.values(node.options ?? {})) variablesOf(option.value, into);
    variablesOf(node.children ?? [], into);
  }
  return into;
}

/**
 * As i18next-icu reads it (tags ignored: `<VPN name>` is text). An action's `{"vpnConnection"}` is
 * not ICU: i18next passes it through and actionConfirmText fills it, so it counts as a variable.
 */
function parse(message: string, language: Language): Set<string> {
  const actionInputs = [...message.matchAll(/\{"(\w+)"\}/g)].map((m) => `"${m[1]}"`);
  const icu = message.replace(/\{"(\w+)"\}/g, 'x');
  const ast = new IntlMessageFormat(icu, language, undefined, { ignoreTag: true }).getAst();
  return variablesOf(ast as unknown as AstNode[], new Set(actionInputs));
}

function problemsOf(catalog: Catalog, language: Language, english?: Catalog): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(catalog)) {
    let variables: Set<string>;
    try {
      variables = parse(message, language);
    } catch (error) {
      problems.push(`${key}: not ICU (${(error as Error).message})`);
      continue;
    }
    const source = english?.[key];
    if (source === undefined) continue;
    const englishVariables = parse(source, 'en');
    const expected = [...englishVariables].sort().join(', ');
    // A language may need a plural where English does not (French agreement: "1 réussi", "2 réussis").
    const got = [...variables]
      .map((v) => (v.startsWith('plural ') && englishVariables.has(v.slice(7)) ? v.slice(7) : v))
      .sort()
      .join(', ');
    if (expected !== got) problems.push(`${key}: uses {${got}} where English uses {${expected}}`);
  }
  return problems;
}

describe('the message catalogs', () => {
  it('give every language exactly the keys English has, file by file', () => {
    const problems: string[] = [];
    for (const { file, english, translations } of CATALOG_FILES) {
      const englishKeys = Object.keys(english());
      for (const language of TRANSLATED) {
        const catalog = translations[language];
        const missing = englishKeys.filter((key) => !Object.hasOwn(catalog, key));
        const unused = Object.keys(catalog).filter((key) => !Object.hasOwn(english(), key));
        const path = `common/i18n/catalogs/${language}/${file}.ts`;
        if (missing.length) problems.push(`${path} misses ${missing.length}: ${groupKeys(missing)}`);
        if (unused.length)
          problems.push(`${path} has ${unused.length} English no longer uses: ${groupKeys(unused)}`);
      }
    }
    expect(problems.join('\n\n')).toBe('');
  });

  it('write every message, in every language, as ICU MessageFormat with English’s variables', () => {
    const english = catalogFor('en');
    const problems = LANGUAGES.flatMap((language) =>
      problemsOf(catalogFor(language), language, language === 'en' ? undefined : english).map(
        (p) => `${language} ${p}`,
      ),
    );
    expect(problems.join('\n')).toBe('');
  });

  it('keep each key in one file only, so no file silently overrides another', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { file, english } of CATALOG_FILES) {
      for (const key of Object.keys(english())) {
        const before = seen.get(key);
        if (before) clashes.push(`${key} in ${before} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names the missing keys compactly', () => {
    expect(groupKeys(['step.a.title', 'step.a.why', 'ras.809.meaning', 'app'])).toBe(
      'app ras.809.meaning step.a.{title,why}',
    );
  });

  it('catches a translation that drops a variable or breaks ICU', () => {
    const english = { 'x.count': '{count, plural, one {# step} other {# steps}} for {name}', 'x.ok': 'Fine' };
    const broken = { 'x.count': '{count, plural, one {# étape} other {# étapes}}', 'x.ok': 'Bien {' };
    const problems = problemsOf(broken, 'fr', english);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('x.count: uses {plural count} where English uses {name, plural count}');
    expect(problems[1]).toContain('x.ok: not ICU');
  });
});
