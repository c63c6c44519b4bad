// Search figures for the benchmark: index size and query time in Node, on the built index or a synthetic corpus.
// A script library (timings are measured here, never asserted in tests).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {createEngine} from '../../src/search/engine';
import {percentile, timeQueries} from './queryTiming';
import {buildSearchIndex} from '../../src/search/buildIndex';
import type {SearchCorpus} from '../../src/search/documents';
import type {SearchDocument, SearchIndexFile, SearchPage, SearchSection} from '../../src/search/types';

export interface SearchFigures {
  index_gzip_bytes: number;
  query_ms_p50: number;
  query_ms_p95: number;
}

/** Times every query (after one warm-up pass) against an index file as the browser would load it. */
export function measureIndex(json: string, queries: string[], rounds = 5): SearchFigures {
  const times = timeQueries(createEngine(JSON.parse(json) as SearchIndexFile), queries, rounds);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    index_gzip_bytes: zlib.gzipSync(json).length,
    query_ms_p50: round(percentile(times, 0.5) ?? 0),
    query_ms_p95: round(percentile(times, 0.95) ?? 0),
  };
}

/** For `npm run bench`: the built index (e.g. build/search/index.json) and a list of queries. */
export async function measureSearch(indexJsonPath: string, queries: string[]): Promise<SearchFigures> {
  return measureIndex(await fs.promises.readFile(path.resolve(indexJsonPath), 'utf8'), queries);
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

/** Index size and query time for a synthetic corpus of `pages` pages. */
export function measureSynthetic(
  pages: number,
  vocabulary: string[],
  queries: string[],
): SearchFigures & {pages: number; texts_gzip_bytes: number} {
  const {index, texts} = buildSearchIndex(syntheticCorpus(pages, vocabulary), []);
  return {
    pages,
    ...measureIndex(JSON.stringify(index), queries),
    texts_gzip_bytes: zlib.gzipSync(JSON.stringify(texts)).length,
  };
}
