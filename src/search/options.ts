/**
 * MiniSearch settings shared by the build (which creates the index) and the browser (which loads it):
 * both must tokenise and process terms the same way. Client-safe.
 */
import type {Options, SearchOptions} from 'minisearch';
import type {TextProcessor} from './text';
import type {SearchDocument, SearchKind} from './types';

export const FIELDS = ['title', 'phrases', 'codes', 'description', 'meta', 'heading', 'text'] as const;

/** A reader's own words (phrases) and a code outrank the title; body text counts least. */
export const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = {
  codes: 8,
  phrases: 5,
  title: 4,
  description: 2,
  heading: 1.5,
  meta: 1.5,
  text: 1,
};

/** Hubs and logs list or retell the answers; they rank below the entries and guides themselves. */
export const KIND_WEIGHT: Record<SearchKind, number> = {faq: 1, runbook: 1, guide: 1, hub: 0.25, log: 0.3};

/** Section headings whose text describes the problem count more; escalation boilerplate counts less. */
export function sectionWeight(heading: string): number {
  if (/^(Symptoms|Trigger)$/i.test(heading)) return 1.3;
  if (/^(Escalate|Escalation|Post-incident review|Rollback)$/i.test(heading)) return 0.5;
  return 1;
}

/** Weight of one query term beside the reader's own words: synonyms count a little less. */
export const SYNONYM_WEIGHT = 0.6;

/** The fields of the first, small index; `text` is the bodies index alone. */
export const HEAD_FIELDS = FIELDS.filter((f) => f !== 'text');
export const BODY_FIELDS = ['text'];

export function indexOptions(text: TextProcessor, fields: readonly string[] = FIELDS): Options<SearchDocument> {
  return {
    idField: 'id',
    fields: [...fields],
    storeFields: [],
    tokenize: (s) => text.tokenize(s),
    processTerm: (t) => text.processTerm(t) ?? undefined,
  };
}

/** Options for one query whose terms are already processed (so MiniSearch must not process them again). */
export function queryOptions(termWeights: Map<string, number>, docWeight: (id: number) => number): SearchOptions {
  const exact = (t: string) => /\d/.test(t) || t.startsWith('aibox-');
  return {
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    combineWith: 'OR',
    boost: FIELD_BOOST,
    prefix: (t) => !exact(t) && t.length >= 4,
    fuzzy: (t) => (!exact(t) && t.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    boostTerm: (t) => termWeights.get(t) ?? 1,
    boostDocument: (id) => docWeight(id as number),
  };
}
