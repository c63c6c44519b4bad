import * as z from 'zod';

/**
 * Every custom message states what was expected, prefixed with "expected ".
 * The error formatter relies on that prefix to tell our wording from zod's
 * defaults, so contributors always read the same "expected …, found …" shape.
 */
export const expected = (what: string) => `expected ${what}`;

export const ERROR_CODE_RE = /^AIBOX-[A-Z]{2,8}-[0-9]{3}$/;
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DURATION_RE = /^(0|[1-9][0-9]*)(m|h|d)$/;
export const ALERT_RE = /^[A-Z][A-Za-z0-9]+$/;

export const isoDate = z
  .string({error: expected('an ISO date in quotes, like "2026-11-20"')})
  .regex(/^\d{4}-\d{2}-\d{2}$/, expected('an ISO date in quotes, like "2026-11-20"'))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: expected('a real calendar date, like "2026-11-20"'),
  })
  .describe('ISO date (YYYY-MM-DD), quoted');

export const slug = (what: string) =>
  z
    .string({error: expected(`${what} as a lower-case slug, like "platform-team"`)})
    .regex(SLUG_RE, expected(`${what} as a lower-case slug, like "platform-team"`));

export const teamSlug = slug('a team').describe('Team slug, for example `platform-team`');

export const errorCode = z
  .string({error: expected('an error code like "AIBOX-NET-001"')})
  .regex(ERROR_CODE_RE, expected('an error code matching ^AIBOX-[A-Z]{2,8}-[0-9]{3}$, like "AIBOX-NET-001"'))
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

export const plainLine = (what: string) =>
  z
    .string({error: expected(`${what} as text`)})
    .min(1, expected(`a non-empty ${what}`))
    .refine((s) => !/[\r\n]/.test(s), {error: expected(`${what} on one line`)});

export const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, {error: expected(`a list of ${what}`)})
    .refine((xs) => new Set(xs as unknown[]).size === xs.length, {error: expected(`a list of ${what} without duplicates`)});

/**
 * How readers describe a problem in their own words: indexed by search with a high boost, never rendered.
 * Duplicates and phrases equal to the title are refused by the 'search/phrases' check, which can name the line.
 */
export const searchPhrases = z
  .array(
    plainLine('search phrase').refine((s) => s.length <= 80, {error: expected('a search phrase of at most 80 characters')}),
    {error: expected('a list of short phrases, like ["copilot stopped answering"]')},
  )
  .optional()
  .describe('Phrases readers type when they have this problem; boosts search, never shown');
