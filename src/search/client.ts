/**
 * Browser side: fetches the index only when a search starts, once per page load (the promise is shared by the
 * navbar box and the search page), then the section texts for snippets in the background.
 */
import type {SearchEngine} from './engine';
import {SEARCH_INDEX_PATH, SEARCH_TEXTS_PATH, type SearchIndexFile, type SearchTexts} from './types';

let enginePromise: Promise<SearchEngine> | undefined;
let textsPromise: Promise<void> | undefined;

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

/** Resolves once snippets can quote section texts. */
export function loadSearchTexts(baseUrl: string): Promise<void> {
  textsPromise ??= loadSearchEngine(baseUrl).then(async (engine) => {
    engine.setTexts(await fetchJson<SearchTexts>(`${baseUrl}${SEARCH_TEXTS_PATH}`));
  });
  textsPromise.catch(() => (textsPromise = undefined));
  return textsPromise;
}
