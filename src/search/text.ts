/**
 * Words as the search sees them, the same at build time and in the browser: lower case, error codes kept whole,
 * camelCase names also split, stop words dropped, English suffixes stemmed, and the synonym groups written as
 * content turned into extra query terms. Client-safe: no zod, no Node modules.
 */
import {stemmer} from 'stemmer';
import {CODE_AREA, CODE_NUMBER, CODE_SOURCE} from '../content/codePattern';

const CODE_RE = new RegExp(`^${CODE_SOURCE.toLowerCase()}$`);
/** In a query, `net-001` or `AIBOX NET 001` mean the code `aibox-net-001` (but `curl 407` means curl and 407). */
const AREA = CODE_AREA.toLowerCase();
const QUERY_CODE_RE = new RegExp(`\\b(?:aibox[-\\s]+(${AREA})[-\\s]+|(${AREA})-)(${CODE_NUMBER})\\b`, 'g');
const WORD_RE = new RegExp(`${CODE_SOURCE}|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*`, 'giu');
const CAMEL_RE = /^[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;

/** Words that carry no meaning in a symptom query. Kept short: "not", "no" and "fails" stay out of this list. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does doesnt dont for from get gets got had has have how i ' +
    'if im in into is it its ive me my of on or our so that the their them then there these this to too us was we ' +
    'were what when where which while who why will with would you your after again any all just keeps now still'
  ).split(' '),
);

export const isErrorCode = (term: string) => CODE_RE.test(term);

/** Porter stemming, except for codes and words with digits (`x509`, `401`), which must match exactly. */
function stem(word: string): string {
  if (/\d|-/.test(word) || word.length < 4) return word;
  return stemmer(word);
}

export interface TextProcessor {
  /** Splits text into raw lower-case words (multi-word synonym entries joined into one word). */
  tokenize(text: string, opts?: {query?: boolean}): string[];
  /** One raw word to its index term, or null for a stop word. */
  processTerm(word: string): string | null;
  /** Index terms of a text, in order, with duplicates. */
  terms(text: string, opts?: {query?: boolean}): string[];
  /** Other index terms that mean the same as `term`, from the synonym groups. */
  synonymsOf(term: string): string[];
}

/** The processor both sides build from the same synonym groups, so documents and queries meet on the same terms. */
export function createTextProcessor(synonymGroups: readonly (readonly string[])[]): TextProcessor {
  // Multi-word entries such as "vs code" become one word ("vscode") wherever they appear.
  const compounds = new Map<string, string[][]>();
  for (const entry of synonymGroups.flat()) {
    const words = entry.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    const list = compounds.get(words[0]) ?? [];
    list.push(words);
    compounds.set(
      words[0],
      list.sort((a, b) => b.length - a.length),
    );
  }

  function tokenize(text: string, opts: {query?: boolean} = {}): string[] {
    let source = text;
    if (opts.query)
      source = source
        .toLowerCase()
        .replace(QUERY_CODE_RE, (_m, a1?: string, a2?: string, n?: string) => `aibox-${a1 ?? a2}-${n}`);
    const raw: string[] = [];
    for (const m of source.matchAll(WORD_RE)) {
      const word = m[0].replace(/['’]/g, '');
      if (CAMEL_RE.test(word)) raw.push(...word.split(/(?=[A-Z])/).map((w) => w.toLowerCase()));
      raw.push(word.toLowerCase());
    }
    if (!compounds.size) return raw;
    const out: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const match = compounds.get(raw[i])?.find((words) => words.every((w, k) => raw[i + k] === w));
      if (match) {
        out.push(match.join(''));
        i += match.length - 1;
      } else out.push(raw[i]);
    }
    return out;
  }

  function processTerm(word: string): string | null {
    const w = word.toLowerCase();
    if (STOP_WORDS.has(w)) return null;
    return stem(w);
  }

  const terms = (text: string, opts?: {query?: boolean}) =>
    tokenize(text, opts)
      .map(processTerm)
      .filter((t): t is string => t !== null);

  const synonyms = new Map<string, Set<string>>();
  for (const group of synonymGroups) {
    const members = [...new Set(group.flatMap((entry) => terms(entry)))];
    for (const m of members) {
      const set = synonyms.get(m) ?? new Set<string>();
      for (const other of members) if (other !== m) set.add(other);
      synonyms.set(m, set);
    }
  }

  return {tokenize, processTerm, terms, synonymsOf: (term) => [...(synonyms.get(term) ?? [])]};
}
