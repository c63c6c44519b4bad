/**
 * The reader's search over a loaded index file: MiniSearch scores page heads and sections, this module adds them
 * up per page, pins the page that homes an exact error code, and says which section to link and what to quote.
 * Used by the browser, `npm run search-eval` and the unit tests alike. Client-safe.
 */
import MiniSearch from 'minisearch';
import {indexOptions, KIND_WEIGHT, queryOptions, sectionWeight, SYNONYM_WEIGHT} from './options';
import {createTextProcessor, isErrorCode, type TextProcessor} from './text';
import {snippet, type Segment} from './snippet';
import type {SearchDocument, SearchGroup, SearchIndexFile, SearchPage, SearchTexts} from './types';

export interface SearchHit {
  page: SearchPage;
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
  /** Hands over the section texts once they are fetched; later searches quote them. */
  setTexts(texts: SearchTexts): void;
  pages: SearchPage[];
}

/** Other sections of a page add a little: a page that answers in several places beats one lucky paragraph. */
const OTHER_SECTIONS_WEIGHT = 0.3;

/** `texts` (section bodies, for snippets) may come later: hits then quote the page description. */
export function createEngine(file: SearchIndexFile, initialTexts?: SearchTexts): SearchEngine {
  let texts = initialTexts;
  const text: TextProcessor = createTextProcessor(file.synonyms);
  const mini = MiniSearch.loadJS<SearchDocument>(file.index, indexOptions(text));
  const nPages = file.pages.length;
  const weights = [
    ...file.pages.map((p) => KIND_WEIGHT[p.kind]),
    ...file.sections.map((s) => KIND_WEIGHT[file.pages[s.page].kind] * sectionWeight(s.heading)),
  ];
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
    const raw = mini.search(
      [...termWeights.keys()].join(' '),
      queryOptions(termWeights, (id) => weights[id] ?? 1),
    );

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
        href: section?.anchor ? `${page.route}#${section.anchor}` : page.route,
        section: section?.heading ?? '',
        snippet: snippet((best && texts?.[best.j]) || page.description, e.terms, text),
        score,
      });
    }
    // Pinned code homes that matched nothing else still come first.
    for (const p of pinned) {
      if (perPage.has(p) || (opts.group && file.pages[p].group !== opts.group)) continue;
      const page = file.pages[p];
      hits.push({page, href: page.route, section: '', snippet: snippet(page.description, new Set(), text), score: 1e6});
    }
    hits.sort((a, b) => b.score - a.score || a.page.route.localeCompare(b.page.route));
    return hits.slice(0, opts.limit ?? 20);
  }

  return {search, queryTerms, setTexts: (t) => (texts = t), pages: file.pages};
}
