import * as z from 'zod';
import {expected} from './common';

const WORDS_RE = /^[\p{Ll}\p{N}]+(?: [\p{Ll}\p{N}]+)*$/u;

/** docs/search-synonyms.yaml: groups of words a searcher uses for the same thing. */
export const searchSynonymsSchema = z.strictObject(
  {
    groups: z.array(
      z
        .array(
          z
            .string({error: expected('a word or short phrase in lower case, like "vs code"')})
            .regex(WORDS_RE, expected('lower-case words separated by single spaces, like "vs code"')),
          {error: expected('a list of words that mean the same, like [slow, hangs, forever]')},
        )
        .min(2, expected('a group of at least two words'))
        .refine((xs) => new Set(xs).size === xs.length, {error: expected('a group without repeated words')}),
      {error: expected('a list of groups')},
    ),
  },
  {error: expected('an object { groups: [[word, word, ...], ...] }')},
);
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
