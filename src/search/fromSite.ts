/**
 * Node side, build time: loads the pages through the one loader (which also splits each page into sections), reads
 * the synonym list (src/content/synonyms.ts) and builds the index. Used by the search plugin and the unit tests.
 */
import {loadContent} from '../content/loader';
import type {ContentError} from '../content/errors';
import {readSynonyms} from '../content/synonyms';
import type {Corpus} from '../content/records';
import {searchCorpus, type PageInput} from './documents';
import {buildSearchIndex} from './buildIndex';
import type {SearchBodiesFile, SearchIndexFile, SearchTexts} from './types';

/** Every loaded record with the sections the loader took from its one parse of the page. */
export const pageInputs = (corpus: Corpus): PageInput[] =>
  corpus.records.map((record) => ({record, sections: record.sections, usesHubComponent: record.usesHubComponent}));

export function buildSiteSearchIndex(
  siteDir: string,
  corpus: Corpus = loadContent(siteDir).corpus,
): {index: SearchIndexFile; bodies: SearchBodiesFile; texts: SearchTexts; errors: ContentError[]} {
  const synonyms = readSynonyms(siteDir);
  return {...buildSearchIndex(searchCorpus(pageInputs(corpus)), synonyms.groups), errors: synonyms.errors};
}
