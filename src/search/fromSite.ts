/**
 * Node side, build time: loads the pages through the one loader, parses each page's body for its sections, reads
 * the synonym list (docs/search-synonyms.yaml) and builds the index. Used by the search plugin and the unit tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from '../content/loader';
import {parseMarkdown} from '../content/markdown';
import {parseYaml} from '../content/frontmatter';
import {validateWith} from '../content/validate';
import {contentError, type ContentError} from '../content/errors';
import {searchSynonymsSchema} from '../content/schemas/searchSynonyms';
import type {Corpus} from '../content/records';
import {pageSections} from './sections';
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

/** Every loaded record with its sections; the body is parsed with the loader's own Markdown processor. */
export function pageInputs(siteDir: string, corpus: Corpus): PageInput[] {
  return corpus.records.map((record) => {
    const source = fs.readFileSync(path.join(siteDir, record.file), 'utf8');
    const {sections, usesHubComponent} = pageSections(parseMarkdown(source, record.file.endsWith('.mdx')).tree);
    return {record, sections, usesHubComponent};
  });
}

export function buildSiteSearchIndex(
  siteDir: string,
  corpus: Corpus = loadContent(siteDir).corpus,
): {index: SearchIndexFile; texts: SearchTexts; errors: ContentError[]} {
  const synonyms = readSynonyms(siteDir);
  return {...buildSearchIndex(searchCorpus(pageInputs(siteDir, corpus)), synonyms.groups), errors: synonyms.errors};
}
