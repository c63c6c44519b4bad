/**
 * The search synonym list (docs/search-synonyms.yaml) is content: read and validated here like every other content
 * file, so the check and the search plugin read it through one function.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseYaml} from './frontmatter';
import {readContentText} from './readText';
import {validateWith} from './validate';
import {contentError, type ContentError} from './errors';
import {searchSynonymsSchema} from './schemas/searchSynonyms';

export const SYNONYMS_FILE = 'docs/search-synonyms.yaml';

export function readSynonyms(siteDir: string): {groups: string[][]; errors: ContentError[]} {
  const abs = path.join(siteDir, SYNONYMS_FILE);
  if (!fs.existsSync(abs)) return {groups: [], errors: []};
  const read = readContentText(siteDir, SYNONYMS_FILE, 'search/synonyms');
  if (read.text === undefined) return {groups: [], errors: read.errors};
  const yaml = parseYaml(read.text, 1);
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
