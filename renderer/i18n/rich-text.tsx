/**
 * A translated sentence with elements inside it (a path in <code>, a name in <strong>, a link):
 * the translator moves the placeholder where the language wants it, and the element keeps its
 * markup, without splitting the sentence into fragments a translator cannot reorder.
 */
import { Fragment, type ReactNode } from 'react';
import type { TFunction } from 'i18next';

// A control character never typed in a message: it marks where each element goes.
const MARK = '\u0001';

export function richText(
  t: TFunction,
  key: string,
  elements: Readonly<Record<string, ReactNode>>,
  params: Readonly<Record<string, string | number>> = {},
): ReactNode {
  const marks = Object.fromEntries(Object.keys(elements).map((name) => [name, `${MARK}${name}${MARK}`]));
  const text = t(key, { ...params, ...marks });
  // Split with a capture group: even parts are text, odd parts are element names.
  const parts = text.split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return parts.map((part, index) =>
    index % 2 === 1 ? <Fragment key={index}>{elements[part] ?? part}</Fragment> : part,
  );
}
