/**
 * The search synonym list (docs/search-synonyms.yaml) is content: read and validated here like every other content
 * file, so the check and the search plugin read it through one function.
 */
import fs from 'node:fs';
import path from 'node:path';
import {readYamlRecord} from './readYamlRecord';
import type {ContentError} from './errors';
import {searchSynonymsSchema} from './schemas/searchSynonyms';

export const SYNONYMS_FILE = 'docs/search-synonyms.yaml';

export function readSynonyms(siteDir: string): {groups: string[][]; errors: ContentError[]} {
  if (!fs.existsSync(path.join(siteDir, SYNONYMS_FILE))) return {groups: [], errors: []};
  const {value, errors} = readYamlRecord(siteDir, SYNONYMS_FILE, searchSynonymsSchema, 'search/synonyms');
  return {groups: value?.groups ?? [], errors};
}
