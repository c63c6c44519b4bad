import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from './loader';
import {readContentText} from './readText';
import {contentError, type ContentError} from './errors';
import {allRecords, type AnyRecord, type Corpus} from './records';
import {checkFolder, checkSections} from './checks/structure';
import {checkDirectives, checkStepLinks} from './checks/directives';
import {checkCodeHomes, checkedCodes, checkLock, LOCK_FILE} from './checks/codes';
import {buildTour, STORYBOARD_FILE} from './tour';
import {readSynonyms} from './synonyms';
import {checkAlerts} from './checks/alerts';
import {checkAlertCatalogue} from './checks/alertCatalogue';
import {checkAlertTests} from './checks/alertTests';
import {checkMetrics} from './checks/metrics';
import {checkProbes} from './checks/probes';
import {checkExercises} from './checks/exercises';
import {checkDataBlocks} from './checks/codeBlocks';
import {checkCopyBlocks} from './checks/copyBlocks';
import {checkLinks, checkPagination, checkRoutes} from './checks/links';
import {checkMdx} from './checks/mdx';
import {checkContentFolders} from './checks/contentFiles';
import {checkFacts} from './checks/facts';
import {checkConsistency} from './checks/consistency';
import {checkMarkup} from './checks/security';
import {checkAllowlistUsed, checkSecrets} from './checks/secrets';
import {codeLockSchema, secretAllowlistSchema, type CodeLock, type SecretAllowlist} from './schemas';
import {validateWith} from './validate';
import {parseYaml} from './frontmatter';
import {checkSearchPhrases} from './checks/searchPhrases';
import {checkLockHistory} from './codesHistory';
import {fileBeforeChange} from '../adapters/gitHistory';
import {checkWhereToRun} from './checks/whereToRun';
import {checkLookalikes} from './checks/lookalikes';

/** Checks of one file on its own; they run on every file, valid or not, so nothing is skipped silently. */
const FILE_CHECKS: ((r: AnyRecord) => ContentError[])[] = [
  checkSections,
  checkFolder,
  checkDirectives,
  checkStepLinks,
  checkDataBlocks,
  checkCopyBlocks,
  checkMarkup,
  checkMdx,
  checkFacts,
  checkConsistency,
  checkSearchPhrases,
  checkWhereToRun,
  checkLookalikes,
];
/** Checks across files: each sees every file on disk, so one bad page never cascades into errors on others. */
const CORPUS_CHECKS: ((c: Corpus) => ContentError[])[] = [
  checkLinks,
  checkRoutes,
  checkPagination,
  checkCodeHomes,
  checkAlerts,
  checkAlertCatalogue,
  checkAlertTests,
  checkMetrics,
  checkProbes,
  checkExercises,
];

export interface CheckInputs {
  lock?: CodeLock;
  allow?: SecretAllowlist;
}

/** All checks that need only the parsed corpus and the committed lists (no external tools, no clock). */
export function checkCorpus(corpus: Corpus, inputs: CheckInputs = {}): ContentError[] {
  const records = allRecords(corpus);
  const allow = inputs.allow?.entries ?? [];
  return [
    ...records.flatMap((r) => FILE_CHECKS.flatMap((check) => check(r))),
    ...records.flatMap((r) => checkSecrets(r.file, r.source, allow)),
    ...checkAllowlistUsed(allow, new Map(records.map((r) => [r.file, r.source])), SECRET_ALLOWLIST_FILE),
    ...CORPUS_CHECKS.flatMap((check) => check(corpus)),
    ...(inputs.lock ? checkLock(corpus, inputs.lock) : []),
  ];
}

export const SECRET_ALLOWLIST_FILE = 'secret-allowlist.json';

/** Reads a committed JSON list and validates it with its schema; every failure is one error naming the file. */
function readJsonList<T>(
  siteDir: string,
  file: string,
  schema: Parameters<typeof validateWith>[0],
  rule: 'codes/lock' | 'security/secret',
  required: boolean,
) {
  const abs = path.join(siteDir, file);
  if (!fs.existsSync(abs)) {
    if (!required) return {errors: []};
    const message = 'expected the committed lock of published error codes, found no file';
    return {
      errors: [
        contentError({file, line: 1, field: '(file)', message, fix: 'run npm run doctor-map -- --update-lock', rule}),
      ],
    };
  }
  const read = readContentText(siteDir, file, rule);
  if (read.text === undefined) return {errors: read.errors};
  const text = read.text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return {
      errors: [
        contentError({
          file,
          line: 1,
          field: '(file)',
          message: `expected valid JSON, found: ${(err as Error).message}`,
          rule,
        }),
      ],
    };
  }
  // JSON is YAML, so the YAML reader gives each field's line.
  const {value, errors} = validateWith(schema, parsed, file, parseYaml(text, 1), '', rule);
  return {value: value as T | undefined, text, errors};
}

export const readLock = (siteDir: string) =>
  readJsonList<CodeLock>(siteDir, LOCK_FILE, codeLockSchema, 'codes/lock', true);
export const readAllowlist = (siteDir: string) =>
  readJsonList<SecretAllowlist>(siteDir, SECRET_ALLOWLIST_FILE, secretAllowlistSchema, 'security/secret', false);

/** The lock against itself before the change; nothing when git cannot say what it was (see fileBeforeChange). */
function lockHistory(siteDir: string, lock: {value?: CodeLock; text?: string}): ContentError[] {
  if (!lock.value || lock.text === undefined) return [];
  const earlier = fileBeforeChange(siteDir, LOCK_FILE);
  if (!earlier) return [];
  return checkLockHistory(earlier.text, earlier.commit, lock.value, lock.text);
}

/** Load every page and run every corpus check: what `npm run check`, the scripts and the build plugin all call. */
export function loadAndCheck(siteDir: string): {corpus: Corpus; errors: ContentError[]} {
  const {corpus, errors} = loadContent(siteDir);
  const lock = readLock(siteDir);
  const allow = readAllowlist(siteDir);
  const synonyms = readSynonyms(siteDir).errors;
  const tour = fs.existsSync(path.join(siteDir, STORYBOARD_FILE))
    ? buildTour(siteDir, checkedCodes(corpus)).errors
    : [];
  return {
    corpus,
    errors: oncePerMistake([
      ...errors,
      ...checkContentFolders(siteDir),
      ...lock.errors,
      ...lockHistory(siteDir, lock),
      ...allow.errors,
      ...checkCorpus(corpus, {lock: lock.value, allow: allow.value}),
      ...tour,
      ...synonyms,
    ]),
  };
}

/**
 * Two readers can meet the same file (the page walk and the synonym reader both see a linked
 * docs/search-synonyms.yaml); the same error twice is still one mistake.
 */
function oncePerMistake(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = [e.file, e.line, e.field, e.rule, e.message].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
