import * as z from 'zod';
import {expected} from './common';
import type {RuleId} from '../rules';
import type {IssueParams} from '../schemaErrorMap';

// Lower case means no capitals: scripts without case (CJK, Thai) are words too. Blank glyphs among those letters are
// refused for every content file by the hidden-character scan.
const WORDS_RE = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?: [\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u;

/**
 * Every word of a group expands every query that holds another: the list's largest group today has 7 words and the
 * list 28 groups, so these caps leave room to grow (about three times over) while a pasted dictionary is refused.
 */
export const SYNONYM_LIMITS = {groupSize: 20, groups: 100, wordLength: 40} as const;

/** A cap on a list, judged on the list: the issue names the rule and the count it found. */
const atMost =
  (max: number, {rule, message, why}: {rule: RuleId; message: string; why: string}) =>
  (ctx: z.core.ParsePayload<unknown[]>) => {
    if (ctx.value.length <= max) return;
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      params: {rule, found: String(ctx.value.length), why} satisfies IssueParams,
      message,
    });
  };

const word = z
  .string({error: expected('a word or short phrase in lower case, like "vs code"')})
  .regex(WORDS_RE, expected('lower-case words separated by single spaces, like "vs code"'))
  .max(SYNONYM_LIMITS.wordLength, expected(`a word or phrase of at most ${SYNONYM_LIMITS.wordLength} characters`));

const group = z
  .array(word, {error: expected('a list of words that mean the same, like [slow, hangs, forever]')})
  .min(2, expected('a group of at least two words'))
  .refine((xs) => new Set(xs).size === xs.length, {error: expected('a group without repeated words')})
  .check(
    atMost(SYNONYM_LIMITS.groupSize, {
      rule: 'search/synonym-group-size',
      message: expected(`a group of at most ${SYNONYM_LIMITS.groupSize} words`),
      why: 'every word widens every query that holds another',
    }),
  )
  .meta({maxItems: SYNONYM_LIMITS.groupSize});

/** docs/search-synonyms.yaml: groups of words a searcher uses for the same thing. */
export const searchSynonymsSchema = z.strictObject(
  {
    groups: z
      .array(group, {error: expected('a list of groups')})
      .check(
        atMost(SYNONYM_LIMITS.groups, {
          rule: 'search/synonym-groups',
          message: expected(`at most ${SYNONYM_LIMITS.groups} groups`),
          why: 'keep the list to words readers really mix up',
        }),
      )
      .meta({maxItems: SYNONYM_LIMITS.groups}),
  },
  {error: expected('an object { groups: [[word, word, ...], ...] }')},
);
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
