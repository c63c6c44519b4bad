import {contentError, type ContentError} from '../errors';
import {fieldOf, isString, isStringList, type AnyRecord} from '../records';

/**
 * Alphabets whose letters pass for Latin ones (Cyrillic а, Greek ο, Armenian օ, Cherokee Ꭺ). A word that mixes two of
 * them is a spoof: it looks like the word a reader types but matches nothing they type, or it matches a query the
 * author wanted to steal. Other scripts mix with Latin in ordinary writing ("VPN接続"), and digits and marks belong to
 * no script, so only these five are compared.
 */
const CONFUSABLE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
] as const;

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const scriptOf = (ch: string) => CONFUSABLE_SCRIPTS.find(([, re]) => re.test(ch))?.[0];

/**
 * The first word of `text` whose letters come from two of the confusable alphabets, with the first letter that
 * differs from the word's first script: `"vаult", Latin with the Cyrillic letter "а" (U+0430)`.
 */
export function mixedScriptWord(text: string): string | undefined {
  for (const [word] of text.matchAll(WORD_RE)) {
    let first: string | undefined;
    for (const ch of word) {
      const script = scriptOf(ch);
      if (!script) continue;
      first ??= script;
      if (script !== first) return `"${word}", ${first} with the ${script} letter "${ch}" (${codePoint(ch)})`;
    }
  }
  return undefined;
}

export const LOOKALIKE_FIX = 'retype the word on a plain keyboard layout, in one alphabet';

export const lookalikeMessage = (what: string, found: string) =>
  `expected ${what} with each word in one alphabet, found ${found}`;

/** Every text of a page that search indexes or that names the page in the sidebar, the tab and the doctor map. */
export function checkLookalikes(r: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  const judge = (field: string, what: string, text: string, line: number) => {
    const found = mixedScriptWord(text);
    if (found)
      errors.push(
        contentError({
          file: r.file,
          line,
          field,
          message: lookalikeMessage(what, found),
          fix: LOOKALIKE_FIX,
          rule: 'search/lookalike',
        }),
      );
  };
  const lineOf = (key: string) => r.fieldLines[key] ?? r.frontmatterLine;
  for (const [key, what] of [
    ['title', 'a title'],
    ['sidebar_label', 'a sidebar label'],
    ['description', 'a description'],
  ] as const) {
    const value = fieldOf(r, key, isString);
    if (value !== undefined) judge(key, what, value, lineOf(key));
  }
  for (const [key, what] of [
    ['search_phrases', 'a search phrase'],
    ['keywords', 'a keyword'],
  ] as const)
    (fieldOf(r, key, isStringList) ?? []).forEach((value, i) => judge(`${key}[${i}]`, what, value, lineOf(key)));
  for (const h of r.headings) judge(`(body) ${'#'.repeat(h.depth)}`, 'a heading', h.text, h.line);
  for (const d of r.directives)
    if (d.name === 'step' && d.label) judge('(body) :::step', 'a step title', d.label, d.line);
  return errors;
}
