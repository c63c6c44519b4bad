/** Build time: the search corpus and synonym groups to the index file the browser fetches. Pure. */
import MiniSearch from 'minisearch';
import {indexOptions} from './options';
import {createTextProcessor} from './text';
import type {SearchCorpus} from './documents';
import type {SearchDocument, SearchIndexFile, SearchTexts} from './types';

/** Sections are quoted, never shown whole: keep enough text for a snippet, not the page. */
export const SNIPPET_TEXT_CHARS = 600;

export function buildSearchIndex(
  corpus: SearchCorpus,
  synonyms: string[][],
): {index: SearchIndexFile; texts: SearchTexts} {
  const groups = synonyms.map((g) => g.map((w) => w.toLowerCase()));
  const mini = new MiniSearch<SearchDocument>(indexOptions(createTextProcessor(groups)));
  mini.addAll(corpus.documents);
  return {
    index: {version: 1, pages: corpus.pages, sections: corpus.sections, synonyms: groups, index: mini.toJSON()},
    texts: corpus.texts.map((t) => cut(t, SNIPPET_TEXT_CHARS)),
  };
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max / 2 ? space : max);
}
