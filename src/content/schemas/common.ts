import * as z from 'zod';
import {ERROR_CODE_RE} from '../codePattern';
import type {IssueParams} from '../schemaErrorMap';

/**
 * Every custom message states what was expected, prefixed with "expected ", as the error map words zod's defaults;
 * validateWith adds ", found …", so contributors always read the same "expected …, found …" shape. A refinement that
 * found something other than the value itself passes it as `params: {found, why}`, never inside the message.
 */
export const expected = (what: string) => `expected ${what}`;

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DURATION_RE = /^(0|[1-9][0-9]*)(m|h|d)$/;
export const ALERT_RE = /^[A-Z][A-Za-z0-9]+$/;

export const isoDate = z
  .string({error: expected('an ISO date in quotes, like "2026-11-20"')})
  .regex(/^\d{4}-\d{2}-\d{2}$/, expected('an ISO date in quotes, like "2026-11-20"'))
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: expected('a real calendar date, like "2026-11-20"'),
    },
  )
  .describe('ISO date (YYYY-MM-DD), quoted');

export const slug = (what: string) =>
  z
    .string({error: expected(`${what} as a lower-case slug, like "platform-team"`)})
    .regex(SLUG_RE, expected(`${what} as a lower-case slug, like "platform-team"`));

export const teamSlug = slug('a team').describe('Team slug, for example `platform-team`');

export const errorCode = z
  .string({error: expected('an error code like "AIBOX-NET-001"')})
  .regex(ERROR_CODE_RE, expected(`an error code matching ${ERROR_CODE_RE.source}, like "AIBOX-NET-001"`))
  .describe('Error code, `AIBOX-<AREA>-<NNN>`');

export const duration = z
  .string({error: expected('a duration like "30m", "4h" or "1d"')})
  .regex(DURATION_RE, expected('a duration like "30m", "4h" or "1d"'))
  .describe('Duration: a number followed by m, h or d');

export const alertName = z
  .string({error: expected('an alert name in PascalCase, like "HarborDown"')})
  .regex(ALERT_RE, expected('an alert name in PascalCase, like "HarborDown"'));

export const positiveDays = (fallback: number) =>
  z
    .number({error: expected('a whole number of days, like 90')})
    .int(expected('a whole number of days, like 90'))
    .positive(expected('a whole number of days greater than 0'))
    .default(fallback);

/**
 * Characters that can rewrite a terminal (C0/C1 controls, ESC sequences, OSC 8 hyperlinks) or hide text
 * (bidirectional overrides, zero-width characters). Tab and newline are handled by each field's own rule.
 */
export const CONTROL_RE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/**
 * Something a browser would read as markup rather than text: a closing tag, comment or declaration, a tag with
 * attributes, a real HTML element, or a character reference. Placeholders such as <project> stay allowed.
 */
export const MARKUP_RE = /<[/!?]|<[A-Za-z][\w-]*[\s/]|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption code col colgroup ' +
    'data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form frame frameset h1 h2 h3 ' +
    'h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark math menu meta meter nav ' +
    'noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script section select slot ' +
    'small source span strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track ' +
    'u ul var video wbr marquee applet xmp plaintext image'
  ).split(' '),
);
const TAG_RE = /<([A-Za-z][\w-]*)>/g;

/** Why a text value is not plain text, or undefined when it is. */
export function plainTextProblem(s: string): string | undefined {
  const control = CONTROL_RE.exec(s);
  if (control)
    return `the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  // The first piece of markup in the text, whichever pattern finds it.
  const found = [MARKUP_RE.exec(s), [...s.matchAll(TAG_RE)].find((m) => HTML_ELEMENTS.has(m[1].toLowerCase()))]
    .filter((m): m is RegExpExecArray => Boolean(m))
    .sort((a, b) => a.index - b.index)[0];
  if (found) return `markup "${found[0]}"`;
  return undefined;
}

const PLAIN_TEXT_RULE = {rule: 'security/plain-text'} satisfies IssueParams;

/** A string that reaches HTML, JSON maps or terminals: refused with its own rule when it carries markup or controls. */
export const plainString = (what: string) =>
  z.string({error: expected(`${what} as text`)}).check((ctx) => {
    const problem = plainTextProblem(ctx.value);
    if (problem) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: {...PLAIN_TEXT_RULE, found: problem} satisfies IssueParams,
        message: expected(`${what} as plain text`),
      });
    }
  });

export const plainLine = (what: string) =>
  plainString(what)
    .min(1, expected(`a non-empty ${what}`))
    .refine((s) => !/[\r\n]/.test(s), {error: expected(`${what} on one line`)});

export const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, {error: expected(`a list of ${what}`)}).refine((xs) => new Set(xs as unknown[]).size === xs.length, {
    error: expected(`a list of ${what} without duplicates`),
  });

/**
 * Search weighs phrases above the title, so their number and length are what let one entry win every query. The
 * longest list today has 4 phrases and the longest phrase 65 characters; the caps leave room for about three times
 * the phrases and a longer sentence, no more.
 */
export const SEARCH_PHRASE_LIMITS = {count: 12, length: 80} as const;

/**
 * How readers describe a problem in their own words: indexed by search with a high boost, never rendered.
 * Duplicates and phrases equal to the title are refused by the 'search/phrases' check, which can name the line.
 * Both caps are judged on the list, so two hundred long phrases are one error, not two hundred and one.
 */
export const searchPhrases = z
  .array(plainLine('search phrase').meta({maxLength: SEARCH_PHRASE_LIMITS.length}), {
    error: expected('a list of short phrases, like ["copilot stopped answering"]'),
  })
  .superRefine((phrases, ctx) => {
    const {count, length} = SEARCH_PHRASE_LIMITS;
    if (phrases.length > count) {
      ctx.addIssue({
        code: 'custom',
        input: phrases,
        params: {
          rule: 'search/phrase-count',
          found: String(phrases.length),
          why: 'more phrases make the entry win unrelated searches',
        } satisfies IssueParams,
        message: expected(`at most ${count} search phrases`),
      });
      return;
    }
    phrases.forEach((phrase, i) => {
      if (typeof phrase !== 'string' || phrase.length <= length) return;
      ctx.addIssue({
        code: 'custom',
        path: [i],
        input: phrase,
        params: {
          rule: 'search/phrase-length',
          found: String(phrase.length),
          why: 'write what a reader types, not a paragraph',
        } satisfies IssueParams,
        message: expected(`a search phrase of at most ${length} characters`),
      });
    });
  })
  .meta({maxItems: SEARCH_PHRASE_LIMITS.count})
  .optional()
  .describe('Phrases readers type when they have this problem; boosts search, never shown');
