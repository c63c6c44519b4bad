import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseContentFile, loadContent} from '../src/content/loader';
import {checkCorpus} from '../src/content/check';
import type {ContentError} from '../src/content/errors';
import type {Corpus, Instance} from '../src/content/records';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const GOOD = path.join(FIXTURES, 'good');
export const GOOD_LOCK = ['AIBOX-NET-001', 'AIBOX-NET-006'];

export const loadGood = (): Corpus => loadContent(GOOD).corpus;

/** Parses a bad fixture as if it lived at `as` (a path like runbooks/disaster-recovery/x.md) inside the good corpus. */
export function checkFixtureAt(fixture: string, as: string): ContentError[] {
  const source = fs.readFileSync(path.join(FIXTURES, 'bad', fixture), 'utf8');
  const instance = as.split('/')[0] as Instance;
  const {record, errors} = parseContentFile(as, instance, source);
  if (!record) return errors;
  const corpus = loadGood();
  corpus.records.push(record);
  return checkCorpus(corpus, GOOD_LOCK);
}

export function findError(errors: ContentError[], want: {file: string; field: string; fragment: string; line?: number}) {
  return errors.find(
    (e) => e.file === want.file && e.field === want.field && `${e.message} ${e.fix ?? ''}`.includes(want.fragment) && (want.line === undefined || e.line === want.line),
  );
}
