/**
 * How the pure layer asks for words without knowing the language: a Translate gets a stable key,
 * the English text (the source of truth where the English lives in code, and the fallback when a
 * catalog has no entry, e.g. a step added after the catalogs) and the message's parameters.
 * Renderer and main build theirs over i18next (ICU); `inEnglish` is the identity.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export type Translate = (key: string, english: string, params?: MessageParams) => string;

/** `{name}` placeholders filled from params; the form every English fallback in code uses. */
export function fillPlaceholders(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export const inEnglish: Translate = (_key, english, params) => fillPlaceholders(english, params);
