/**
 * Node side, build time: loads the pages through the one loader (which also splits each page into sections), reads
 * the synonym list (docs/search-synonyms.yaml) and builds the index. Used by the search plugin and the unit tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from '../content/loader';
import {parseYaml} from '../content/frontmatter';
import {validateWith} from '../content/validate';
import {contentError, type ContentError} from '../content/errors';
import {searchSynonymsSchema} from '../content/schemas/searchSynonyms';
import type {Corpus} from '../content/records';
import {searchCorpus, type PageInput} from './documents';
import {buildSearchIndex} from './buildIndex';
import type {SearchIndexFile, SearchTexts} from './types';

export const SYNONYMS_FILE = 'docs/search-synonyms.yaml';

export function readSynonyms(siteDir: string): {groups: string[][]; errors: ContentError[]} {
  const abs = path.join(siteDir, SYNONYMS_FILE);
  if (!fs.existsSync(abs)) return {groups: [], errors: []};
  const yaml = parseYaml(fs.readFileSync(abs, 'utf8'), 1);
  if (yaml.syntaxErrors.length) {
    const e = yaml.syntaxErrors[0];
    return {
      groups: [],
      errors: [
        contentError({
          file: SYNONYMS_FILE,
          line: e.line,
          field: '(file)',
          message: `expected valid YAML, found: ${e.message}`,
          rule: 'search/synonyms',
        }),
      ],
    };
  }
  const {value, errors} = validateWith(searchSynonymsSchema, yaml.data, SYNONYMS_FILE, yaml);
  return {
    groups: value?.groups ?? [],
    errors: errors.map((e) => (e.rule.startsWith('frontmatter/') ? {...e, rule: 'search/synonyms'} : e)),
  };
}

/** Every loaded record with the sections the loader took from its one parse of the page. */
export const pageInputs = (corpus: Corpus): PageInput[] =>
  corpus.records.map((record) => ({record, sections: record.sections, usesHubComponent: record.usesHubComponent}));

export function buildSiteSearchIndex(
  siteDir: string,
  corpus: Corpus = loadContent(siteDir).corpus,
): {index: SearchIndexFile; texts: SearchTexts; errors: ContentError[]} {
  const synonyms = readSynonyms(siteDir);
  return {...buildSearchIndex(searchCorpus(pageInputs(corpus)), synonyms.groups), errors: synonyms.errors};
}
