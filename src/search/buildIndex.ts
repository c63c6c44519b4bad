/** Build time: the search corpus and synonym groups to the files the browser fetches. Pure. */
import MiniSearch from 'minisearch';
import {BODY_FIELDS, HEAD_FIELDS, indexOptions} from './options';
import {createTextProcessor} from './text';
import type {SearchCorpus} from './documents';
import type {SearchBodiesFile, SearchDocument, SearchIndexFile, SearchTexts} from './types';

/** Sections are quoted, never shown whole: keep enough text for a snippet, not the page. */
export const SNIPPET_TEXT_CHARS = 600;

/**
 * Both indexes hold every document with the same ids, so MiniSearch's per-field statistics (document count, average
 * field length) are those of one index over all fields: the engine adds the two scores up to the same ranking.
 */
export function buildSearchIndex(
  corpus: SearchCorpus,
  synonyms: string[][],
): {index: SearchIndexFile; bodies: SearchBodiesFile; texts: SearchTexts} {
  const groups = synonyms.map((g) => g.map((w) => w.toLowerCase()));
  const text = createTextProcessor(groups);
  const heads = new MiniSearch<SearchDocument>(indexOptions(text, HEAD_FIELDS));
  heads.addAll(corpus.documents);
  const bodies = new MiniSearch<SearchDocument>(indexOptions(text, BODY_FIELDS));
  bodies.addAll(corpus.documents);
  return {
    index: {version: 2, pages: corpus.pages, sections: corpus.sections, synonyms: groups, index: heads.toJSON()},
    bodies: {version: 2, index: bodies.toJSON()},
    texts: corpus.texts.map((t) => cut(t, SNIPPET_TEXT_CHARS)),
  };
}

/** The texts split by page (sections of a page are contiguous): entry p is written to `searchTextsPath(p)`. */
export function textsByPage(index: SearchIndexFile, texts: SearchTexts): SearchTexts[] {
  const out: SearchTexts[] = index.pages.map(() => []);
  index.sections.forEach((s, j) => out[s.page].push(texts[j]));
  return out;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}
