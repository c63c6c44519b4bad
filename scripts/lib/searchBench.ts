// Search figures for the benchmark: index size and query time in Node, on the built index or a synthetic corpus.
// A script library (timings are measured here, never asserted in tests).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {createEngine} from '../../src/search/engine';
import {percentile, timeQueries} from './queryTiming';
import {buildSearchIndex} from '../../src/search/buildIndex';
import type {SearchCorpus} from '../../src/search/documents';
import type {
  SearchBodiesFile,
  SearchDocument,
  SearchIndexFile,
  SearchPage,
  SearchSection,
} from '../../src/search/types';

export interface SearchFigures {
  /** The small index: what a search fetches before its first result (besides the engine's code). */
  first_result_gzip_bytes: number;
  /** The body index, fetched after the first results. */
  bodies_gzip_bytes: number;
  /** Query time once the body index has arrived (the slower case: two indexes searched). */
  query_ms_p50: number;
  query_ms_p95: number;
  /** Query time on the small index alone, for the first results. */
  first_query_ms_p50: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Times every query (after one warm-up pass) against the index files as the browser would load them. */
export function measureIndex(indexJson: string, bodiesJson: string, queries: string[], rounds = 5): SearchFigures {
  const index = JSON.parse(indexJson) as SearchIndexFile;
  const full = timeQueries(createEngine(index, JSON.parse(bodiesJson) as SearchBodiesFile), queries, rounds);
  const first = timeQueries(createEngine(index), queries, rounds);
  return {
    first_result_gzip_bytes: zlib.gzipSync(indexJson).length,
    bodies_gzip_bytes: zlib.gzipSync(bodiesJson).length,
    query_ms_p50: round3(percentile(full, 0.5) ?? 0),
    query_ms_p95: round3(percentile(full, 0.95) ?? 0),
    first_query_ms_p50: round3(percentile(first, 0.5) ?? 0),
  };
}

/** For `npm run bench`: the built index (e.g. build/search/index.json, bodies.json beside it) and the queries. */
export async function measureSearch(indexJsonPath: string, queries: string[]): Promise<SearchFigures> {
  const read = (f: string) => fs.promises.readFile(path.resolve(f), 'utf8');
  return measureIndex(
    await read(indexJsonPath),
    await read(path.join(path.dirname(indexJsonPath), 'bodies.json')),
    queries,
  );
}

/** A deterministic pseudo-random generator, so synthetic corpora are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A synthetic site of `pages` FAQ-like pages: words drawn from `vocabulary` with a Zipf-like skew plus
 * page-specific rare words (vocabulary grows with the corpus), one code each, six sections of ~90 words.
 */
export function syntheticCorpus(pages: number, vocabulary: string[], seed = 7): SearchCorpus {
  const rand = rng(seed);
  const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 2.5)];
  const words = (n: number, p: number) =>
    Array.from({length: n}, (_, i) => (i % 9 === 4 ? `syn${p}w${Math.floor(rand() * 40)}` : word())).join(' ');
  const out: SearchCorpus = {pages: [], sections: [], texts: [], documents: []};
  const bodies: SearchDocument[] = [];
  for (let p = 0; p < pages; p++) {
    const code = `AIBOX-SYN${String.fromCharCode(65 + (p % 26))}-${String(p % 1000).padStart(3, '0')}`;
    const page: SearchPage = {
      route: `/docs/troubleshooting/synthetic/page-${p}`,
      title: words(5, p),
      description: words(20, p),
      kind: 'faq',
      group: 'troubleshooting',
      badge: 'FAQ: Synthetic',
      codes: [code],
    };
    out.pages.push(page);
    out.documents.push({
      id: p,
      title: page.title,
      description: page.description,
      codes: code,
      phrases: `${words(5, p)}\n${words(5, p)}`,
      meta: 'synthetic',
    });
    for (const heading of ['Symptoms', 'Cause', 'Fix', 'Escalate', 'Details', 'Notes']) {
      const section: SearchSection = {page: p, heading, anchor: heading.toLowerCase()};
      const text = words(90, p);
      out.sections.push(section);
      out.texts.push(text);
      bodies.push({id: -1, heading, text});
    }
  }
  bodies.forEach((d, j) => (d.id = pages + j));
  out.documents.push(...bodies);
  return out;
}

/** Index sizes and query time for a synthetic corpus of `pages` pages; texts are per page, fetched per result. */
export function measureSynthetic(
  pages: number,
  vocabulary: string[],
  queries: string[],
): SearchFigures & {pages: number; texts_gzip_bytes_per_page: number} {
  const {index, bodies, texts} = buildSearchIndex(syntheticCorpus(pages, vocabulary), []);
  return {
    pages,
    ...measureIndex(JSON.stringify(index), JSON.stringify(bodies), queries),
    texts_gzip_bytes_per_page: Math.round(zlib.gzipSync(JSON.stringify(texts)).length / pages),
  };
}
