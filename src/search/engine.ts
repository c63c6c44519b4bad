/**
 * The reader's search over a loaded index file: MiniSearch scores page heads and sections (on titles, phrases, codes
 * and headings first, on section bodies too once that index has arrived), this module adds them up per page, pins
 * the page that homes an exact error code, and says which section to link and what to quote.
 * Used by the browser, `npm run search-eval` and the unit tests alike. Client-safe.
 */
import MiniSearch from 'minisearch';
import {
  BODY_FIELDS,
  HEAD_FIELDS,
  indexOptions,
  KIND_WEIGHT,
  queryOptions,
  sectionWeight,
  SYNONYM_WEIGHT,
} from './options';
import {createTextProcessor, isErrorCode, type TextProcessor} from './text';
import {snippet, type Segment} from './snippet';
import type {SearchResult} from 'minisearch';
import type {
  SearchBodiesFile,
  SearchDocument,
  SearchGroup,
  SearchIndexFile,
  SearchKind,
  SearchPage,
  SearchTexts,
} from './types';

export interface SearchHit {
  page: SearchPage;
  /** Index of the page in the index file: its section texts are `searchTextsPath(pageIndex)`. */
  pageIndex: number;
  /** `route#anchor` of the best-matching section, or the route alone when the match is in the page's head. */
  href: string;
  /** Heading of the linked section, empty for the top of the page. */
  section: string;
  /** Quote from the section with the matched words marked (the description until section texts are loaded). */
  snippet: Segment[];
  score: number;
}

export interface SearchEngine {
  search(query: string, opts?: {group?: SearchGroup; limit?: number}): SearchHit[];
  /** Terms the query turns into (after stop words, stemming and synonyms): for tests and the eval. */
  queryTerms(query: string): string[];
  /** Hands over the index of section bodies once it is fetched; later searches rank on the bodies too. */
  setBodies(bodies: SearchBodiesFile): void;
  hasBodies(): boolean;
  /** Hands over one page's section texts once they are fetched; later searches quote them. */
  setPageTexts(page: number, texts: SearchTexts): void;
  /** Whether hits on this page can quote its sections (false: they quote the description). */
  hasPageTexts(page: number): boolean;
  pages: SearchPage[];
}

/** Other sections of a page add a little: a page that answers in several places beats one lucky paragraph. */
const OTHER_SECTIONS_WEIGHT = 0.3;

/** Query words that ask for a list of pages rather than one answer. */
const LIST_WORDS = new Set(['list', 'lists', 'index', 'overview', 'catalogue', 'catalog', 'table']);

/**
 * `bodies` (the body index) and `allTexts` (every section's text, parallel to `file.sections`) may come later: until
 * then hits rank on heads and headings and quote the page description.
 */
export function createEngine(file: SearchIndexFile, bodies?: SearchBodiesFile, allTexts?: SearchTexts): SearchEngine {
  const text: TextProcessor = createTextProcessor(file.synonyms);
  const mini = MiniSearch.loadJS<SearchDocument>(file.index, indexOptions(text, HEAD_FIELDS));
  let bodyMini: MiniSearch<SearchDocument> | undefined;
  const setBodies = (b: SearchBodiesFile) => {
    bodyMini = MiniSearch.loadJS<SearchDocument>(b.index, indexOptions(text, BODY_FIELDS));
  };
  if (bodies) setBodies(bodies);
  const nPages = file.pages.length;
  // Sections of a page are contiguous: section j is text j - firstSection[page] of that page's texts file.
  const firstSection: number[] = [];
  file.sections.forEach((s, j) => (firstSection[s.page] ??= j));
  const texts: (SearchTexts | undefined)[] = file.pages.map((_p, i) =>
    allTexts ? file.sections.flatMap((s, j) => (s.page === i ? [allTexts[j]] : [])) : undefined,
  );
  const sectionText = (j: number) => texts[file.sections[j].page]?.[j - firstSection[file.sections[j].page]];
  const docWeights = (kindWeight: (kind: SearchKind) => number) => [
    ...file.pages.map((p) => kindWeight(p.kind)),
    ...file.sections.map((s) => kindWeight(file.pages[s.page].kind) * sectionWeight(s.heading)),
  ];
  const weights = docWeights((k) => KIND_WEIGHT[k]);
  // A reader asking for a list ("list of all error codes") wants the hub that lists them, not one entry.
  const listWeights = docWeights((k) => (k === 'hub' ? 1 : KIND_WEIGHT[k]));
  const codeHome = new Map<string, number>();
  file.pages.forEach((p, i) => p.codes.forEach((c) => codeHome.set(c.toLowerCase(), i)));

  function queryTerms(query: string): string[] {
    return [...new Set(text.terms(query, {query: true}))];
  }

  function search(query: string, opts: {group?: SearchGroup; limit?: number} = {}): SearchHit[] {
    const own = queryTerms(query);
    if (!own.length) return [];
    const termWeights = new Map(own.map((t) => [t, 1]));
    for (const t of own)
      for (const s of text.synonymsOf(t)) if (!termWeights.has(s)) termWeights.set(s, SYNONYM_WEIGHT);
    const q = [...termWeights.keys()].join(' ');
    const w = text.tokenize(query, {query: true}).some((t) => LIST_WORDS.has(t)) ? listWeights : weights;
    const qOpts = queryOptions(termWeights, (id) => w[id] ?? 1);
    const raw = combine(mini.search(q, qOpts), bodyMini?.search(q, qOpts) ?? []);

    type PageEntry = {head: number; sections: {j: number; score: number}[]; terms: Set<string>};
    const perPage = new Map<number, PageEntry>();
    for (const r of raw) {
      const id = r.id as number;
      const p = id < nPages ? id : file.sections[id - nPages].page;
      const entry = perPage.get(p) ?? {head: 0, sections: [], terms: new Set<string>()};
      // MiniSearch's score already favours a document matching more query terms; measured against the query
      // set, keeping that per document (rather than per page) ranks better.
      const score = r.score;
      if (id < nPages) entry.head += score;
      else entry.sections.push({j: id - nPages, score});
      r.terms.forEach((t) => entry.terms.add(t));
      perPage.set(p, entry);
    }
    const pinned = new Set(
      own
        .filter(isErrorCode)
        .map((c) => codeHome.get(c))
        .filter((p): p is number => p !== undefined),
    );

    const hits: SearchHit[] = [];
    for (const [p, e] of perPage) {
      const page = file.pages[p];
      if (opts.group && page.group !== opts.group) continue;
      e.sections.sort((a, b) => b.score - a.score || a.j - b.j);
      const [best, ...rest] = e.sections;
      const sum = e.head + (best?.score ?? 0) + OTHER_SECTIONS_WEIGHT * rest.reduce((acc, s) => acc + s.score, 0);
      const score = sum + (pinned.has(p) ? 1e6 : 0);
      const section = best ? file.sections[best.j] : undefined;
      hits.push({
        page,
        pageIndex: p,
        href: section?.anchor ? `${page.route}#${section.anchor}` : page.route,
        section: section?.heading ?? '',
        snippet: snippet((best && sectionText(best.j)) || page.description, e.terms, text),
        score,
      });
    }
    // Pinned code homes that matched nothing else still come first.
    for (const p of pinned) {
      if (perPage.has(p) || (opts.group && file.pages[p].group !== opts.group)) continue;
      const page = file.pages[p];
      hits.push({
        page,
        pageIndex: p,
        href: page.route,
        section: '',
        snippet: snippet(page.description, new Set(), text),
        score: 1e6,
      });
    }
    hits.sort((a, b) => b.score - a.score || a.page.route.localeCompare(b.page.route));
    return hits.slice(0, opts.limit ?? 20);
  }

  return {
    search,
    queryTerms,
    setBodies,
    hasBodies: () => bodyMini !== undefined,
    setPageTexts: (p, t) => (texts[p] = t),
    hasPageTexts: (p) => texts[p] !== undefined,
    pages: file.pages,
  };
}

type Raw = Pick<SearchResult, 'id' | 'score' | 'terms' | 'queryTerms'>;

/**
 * One document's results from the two indexes, as one index over all fields would score it: MiniSearch multiplies a
 * document's summed field scores by the number of query terms it matched, so the sums are added and the product is
 * taken again over the union of the terms.
 */
function combine(heads: Raw[], bodies: Raw[]): Raw[] {
  if (!bodies.length) return heads;
  const byId = new Map<number, {base: number; terms: Set<string>; queryTerms: Set<string>}>();
  for (const r of [...heads, ...bodies]) {
    const e = byId.get(r.id as number) ?? {base: 0, terms: new Set<string>(), queryTerms: new Set<string>()};
    e.base += r.score / (r.queryTerms.length || 1);
    r.terms.forEach((t) => e.terms.add(t));
    r.queryTerms.forEach((t) => e.queryTerms.add(t));
    byId.set(r.id as number, e);
  }
  return [...byId].map(([id, e]) => ({
    id,
    score: e.base * (e.queryTerms.size || 1),
    terms: [...e.terms],
    queryTerms: [...e.queryTerms],
  }));
}
