/**
 * Browser side: fetches the small index only when a search starts, once per page load (the promise is shared by the
 * navbar box and the search page); then the body index in the background; and the section texts of a page only
 * when one of its results is shown.
 */
import type {SearchEngine, SearchHit} from './engine';
import {
  SEARCH_BODIES_PATH,
  SEARCH_INDEX_PATH,
  searchTextsPath,
  type SearchBodiesFile,
  type SearchIndexFile,
  type SearchTexts,
} from './types';

let enginePromise: Promise<SearchEngine> | undefined;
let bodiesPromise: Promise<void> | undefined;
const textPromises = new Map<number, Promise<void>>();

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, {credentials: 'same-origin'});
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export function loadSearchEngine(baseUrl: string): Promise<SearchEngine> {
  // The engine (MiniSearch, stemmer) is its own chunk, loaded with the index: pages without a search never fetch it.
  enginePromise ??= Promise.all([
    fetchJson<SearchIndexFile>(`${baseUrl}${SEARCH_INDEX_PATH}`),
    import('./engine'),
  ]).then(([file, {createEngine}]) => createEngine(file));
  // A failed fetch is not cached: the next search tries again.
  enginePromise.catch(() => (enginePromise = undefined));
  return enginePromise;
}

/** Resolves once searches rank on section bodies too (asked for after the first results are shown). */
export function loadSearchBodies(baseUrl: string): Promise<void> {
  bodiesPromise ??= loadSearchEngine(baseUrl).then(async (engine) => {
    engine.setBodies(await fetchJson<SearchBodiesFile>(`${baseUrl}${SEARCH_BODIES_PATH}`));
  });
  bodiesPromise.catch(() => (bodiesPromise = undefined));
  return bodiesPromise;
}

/**
 * Fetches the section texts of the pages of `hits` not fetched yet; resolves to true when any arrived (search again
 * to quote them), false when there was nothing to fetch.
 */
export async function loadSnippetTexts(baseUrl: string, hits: SearchHit[]): Promise<boolean> {
  const engine = await loadSearchEngine(baseUrl);
  const missing = [...new Set(hits.map((h) => h.pageIndex))].filter(
    (p) => !engine.hasPageTexts(p) && !textPromises.has(p),
  );
  for (const p of missing) {
    const promise = fetchJson<SearchTexts>(`${baseUrl}${searchTextsPath(p)}`).then((t) => engine.setPageTexts(p, t));
    promise.catch(() => textPromises.delete(p));
    textPromises.set(p, promise);
  }
  const results = await Promise.allSettled(missing.map((p) => textPromises.get(p)));
  return results.some((r) => r.status === 'fulfilled');
}
