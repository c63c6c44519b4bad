import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseContentFile, loadContent} from '../src/content/loader';
import {checkCorpus} from '../src/content/check';
import {formatError, sortErrors, type ContentError} from '../src/content/errors';
import {fieldOf, isString, isStringList, type Corpus, type ExerciseRecord, type Instance} from '../src/content/records';
import type {CodeLock, SecretAllowlist} from '../src/content/schemas';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const GOOD = path.join(FIXTURES, 'good');
export const GOOD_LOCK: CodeLock = {version: 2, codes: ['AIBOX-NET-001', 'AIBOX-NET-006'], retired: ['AIBOX-NET-006']};

export const loadGood = (): Corpus => loadContent(GOOD).corpus;

/**
 * Checks a fixture as if it lived at `as` (a path like runbooks/disaster-recovery/x.md) inside the good corpus.
 * So that each case shows only the mistake it is about, the fixture's own codes count as published and a runbook
 * fixture counts as exercised on the good corpus' exercise, unless the case passes its own lock.
 */
export function checkFixtureAt(
  fixture: string,
  as: string,
  opts: {lock?: CodeLock; source?: string; allow?: SecretAllowlist; without?: string} = {},
): ContentError[] {
  const source =
    opts.source ?? fs.readFileSync(path.join(FIXTURES, fixture.includes('/') ? '' : 'bad', fixture), 'utf8');
  const instance = as.split('/')[0] as Instance;
  const {record, invalid, errors} = parseContentFile(as, instance, source);
  const corpus = loadGood();
  corpus.records = corpus.records.filter((r) => r.file !== opts.without);
  const added = record ?? invalid!;
  if (record) corpus.records.push(record);
  if (invalid) corpus.invalid = [invalid];
  const codes = added.type === 'faq' ? (fieldOf(added, 'error_codes', isStringList) ?? []) : [];
  const lock = opts.lock ?? {...GOOD_LOCK, codes: [...new Set([...GOOD_LOCK.codes, ...codes])].sort()};
  if (added.type === 'runbook') {
    const log = corpus.records.find((r): r is ExerciseRecord => r.type === 'exercise')!;
    if (fieldOf(added, 'last_exercised', isString) === log.data.date)
      log.data.runbooks = [...log.data.runbooks, added.id];
  }
  return [...errors, ...checkCorpus(corpus, {lock, allow: opts.allow})];
}

/** First lines of the formatted errors, sorted: what a contributor reads, compared as an exact set. */
export const errorLines = (errors: ContentError[]) => sortErrors(errors).map((e) => formatError(e).split('\n')[0]);

export function findError(
  errors: ContentError[],
  want: {file: string; field: string; fragment: string; line?: number},
) {
  return errors.find(
    (e) =>
      e.file === want.file &&
      e.field === want.field &&
      `${e.message} ${e.fix ?? ''}`.includes(want.fragment) &&
      (want.line === undefined || e.line === want.line),
  );
}
