/**
 * The search synonym list (docs/search-synonyms.yaml) is content: read and validated here like every other content
 * file, so the check and the search plugin read it through one function.
 */
import fs from 'node:fs';
import path from 'node:path';
import {readYamlRecord} from './readYamlRecord';
import {contentError, type ContentError} from './errors';
import {searchSynonymsSchema} from './schemas/searchSynonyms';
import {createTextProcessor} from '../search/text';
import {LOOKALIKE_FIX, lookalikeMessage, mixedScriptWord} from './checks/lookalikes';

export const SYNONYMS_FILE = 'docs/search-synonyms.yaml';

export function readSynonyms(siteDir: string): {groups: string[][]; errors: ContentError[]} {
  if (!fs.existsSync(path.join(siteDir, SYNONYMS_FILE))) return {groups: [], errors: []};
  const {value, yaml, errors} = readYamlRecord(siteDir, SYNONYMS_FILE, searchSynonymsSchema, 'search/synonyms');
  const schemaErrors = withinCaps(errors);
  if (!value || !yaml) return {groups: [], errors: schemaErrors};
  return {groups: value.groups, errors: [...schemaErrors, ...checkGroups(value.groups, yaml.lineOf)]};
}

const CAP_RULES = new Set(['search/synonym-group-size', 'search/synonym-groups']);

/**
 * A group or list over its cap is one mistake: the words inside it are not judged one by one as well, so a pasted
 * word list gives one error, not one per word.
 */
function withinCaps(errors: ContentError[]): ContentError[] {
  const capped = errors.filter((e) => CAP_RULES.has(e.rule)).map((e) => e.field);
  return errors.filter((e) => CAP_RULES.has(e.rule) || !capped.some((f) => e.field.startsWith(`${f}[`)));
}

/**
 * Words in two groups, and words spelt with letters from two alphabets: one error each, at the word's line. Words are
 * compared as search indexes them (stemmed, multi-word entries joined), so "crash" and "crashes" in two groups join
 * them just as the same word would.
 */
function checkGroups(groups: string[][], lineOf: (path: (string | number)[]) => number): ContentError[] {
  const errors: ContentError[] = [];
  const text = createTextProcessor(groups);
  const home = new Map<string, {group: number; word: string}>();
  groups.forEach((group, g) =>
    group.forEach((word, w) => {
      const field = `groups[${g}][${w}]`;
      const line = lineOf(['groups', g, w]);
      const lookalike = mixedScriptWord(word);
      if (lookalike)
        errors.push(
          contentError({
            file: SYNONYMS_FILE,
            line,
            field,
            message: lookalikeMessage('a synonym', lookalike),
            fix: LOOKALIKE_FIX,
            rule: 'search/lookalike',
          }),
        );
      const terms = text.terms(word);
      const first = terms.map((t) => home.get(t)).find((h) => h !== undefined && h.group !== g);
      for (const t of terms) if (!home.has(t)) home.set(t, {group: g, word});
      if (first)
        errors.push(
          contentError({
            file: SYNONYMS_FILE,
            line,
            field,
            message: `expected each word in one group, found "${word}" again after groups[${first.group}]${first.word === word ? '' : ` ("${first.word}", the same search term)`}`,
            fix: `keep "${word}" in the group it means most, or merge the two groups`,
            rule: 'search/synonym-overlap',
          }),
        );
    }),
  );
  return errors;
}
