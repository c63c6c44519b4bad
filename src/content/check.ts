import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from './loader';
import type {ContentError} from './errors';
import {contentError} from './errors';
import type {Corpus} from './records';
import {checkFolder, checkSections} from './checks/structure';
import {checkDirectives} from './checks/directives';
import {checkCodeHomes, checkLock, LOCK_FILE} from './checks/codes';
import {checkAlerts} from './checks/alerts';
import {checkAlertCatalogue} from './checks/alertCatalogue';
import {checkExercises} from './checks/exercises';
import {checkDataBlocks} from './checks/codeBlocks';
import {checkLinks} from './checks/links';
import {codeLockSchema} from './schemas';

/** All checks that need only the parsed corpus (no external tools, no clock). */
export function checkCorpus(corpus: Corpus, lockedCodes: readonly string[] | undefined): ContentError[] {
  return [
    ...corpus.records.flatMap((r) => [...checkSections(r), ...checkFolder(r), ...checkDirectives(r), ...checkDataBlocks(r)]),
    ...checkLinks(corpus),
    ...checkCodeHomes(corpus),
    ...checkAlerts(corpus),
    ...checkAlertCatalogue(corpus),
    ...checkExercises(corpus),
    ...(lockedCodes ? checkLock(corpus, lockedCodes) : []),
  ];
}

export function readLock(siteDir: string): {codes?: string[]; errors: ContentError[]} {
  const file = path.join(siteDir, LOCK_FILE);
  if (!fs.existsSync(file)) {
    return {errors: [contentError({file: LOCK_FILE, line: 1, field: '(file)', message: 'expected the committed lock of published error codes, found no file', fix: 'run npm run doctor-map -- --update-lock'})]};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return {errors: [contentError({file: LOCK_FILE, line: 1, field: '(file)', message: `expected valid JSON, found: ${(err as Error).message}`})]};
  }
  const result = codeLockSchema.safeParse(parsed);
  if (!result.success) {
    return {errors: [contentError({file: LOCK_FILE, line: 1, field: '(file)', message: 'expected { "version": 1, "codes": ["AIBOX-..."] }, found another shape'})]};
  }
  return {codes: result.data.codes, errors: []};
}

/** Load every page and run every corpus check: what `npm run check` and the build plugin both call. */
export function loadAndCheck(siteDir: string): {corpus: Corpus; errors: ContentError[]} {
  const {corpus, errors} = loadContent(siteDir);
  const lock = readLock(siteDir);
  return {corpus, errors: [...errors, ...lock.errors, ...checkCorpus(corpus, lock.codes)]};
}
