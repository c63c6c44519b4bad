import {contentError, type ContentError} from '../errors';
import {allRecords, fieldOf, isString, isStringList, type Corpus} from '../records';
import type {CodeLock} from '../schemas';
import {codeHomes} from '../queries';

interface Home {
  file: string;
  line: number;
  status: string;
}

/** Homes as the checks see them: entries that failed validation still home the codes they list. */
function checkedHomes(corpus: Corpus): Map<string, Home[]> {
  const homes = new Map<string, Home[]>();
  for (const r of allRecords(corpus).filter((x) => x.type === 'faq')) {
    const home = {
      file: r.file,
      line: r.fieldLines.error_codes ?? r.frontmatterLine,
      status: fieldOf(r, 'status', isString) ?? 'active',
    };
    for (const code of fieldOf(r, 'error_codes', isStringList) ?? [])
      homes.set(code, [...(homes.get(code) ?? []), home]);
  }
  return homes;
}

/** Codes some FAQ entry homes, counting entries that failed validation: what cross-file checks compare against. */
export const checkedCodes = (corpus: Corpus): Set<string> => new Set(checkedHomes(corpus).keys());

export function checkCodeHomes(corpus: Corpus): ContentError[] {
  const errors: ContentError[] = [];
  const homes = checkedHomes(corpus);
  for (const [code, entries] of homes) {
    if (entries.length < 2) continue;
    for (const h of entries) {
      const others = entries.filter((o) => o !== h).map((o) => o.file);
      const message = `expected ${code} to be homed on exactly one entry, found it also on ${others.join(', ')}`;
      const fix = `keep ${code} on the entry that fixes it and link to that entry from the others`;
      errors.push(
        contentError({file: h.file, line: h.line, field: 'error_codes', message, fix, rule: 'codes/single-home'}),
      );
    }
  }
  for (const r of allRecords(corpus).filter(
    (x) => x.type === 'runbook' && fieldOf(x, 'kind', isString) === 'disaster-recovery',
  )) {
    for (const code of fieldOf(r, 'error_codes', isStringList) ?? []) {
      if (homes.has(code)) continue;
      const message = `expected a code homed by an FAQ entry, found ${code}, which no entry homes`;
      const fix = `add ${code} to the error_codes of the FAQ entry that explains it`;
      const line = r.fieldLines.error_codes ?? r.frontmatterLine;
      errors.push(contentError({file: r.file, line, field: 'error_codes', message, fix, rule: 'codes/runbook-homed'}));
    }
  }
  return errors;
}

export const LOCK_FILE = 'error-codes.lock.json';

/** Line of a code in the lock file as the generator writes it: one code per line after three header lines. */
const lineInLock = (lock: CodeLock, code: string) => lock.codes.indexOf(code) + 4;

/**
 * A published code never loses its home; a new code must be added to the lock in the same change;
 * a code the lock records as retired stays on a retired entry, so it can never be given to a new problem.
 */
export function checkLock(corpus: Corpus, lock: CodeLock): ContentError[] {
  const errors: ContentError[] = [];
  const homes = checkedHomes(corpus);
  const locked = new Set(lock.codes);
  const retired = new Set(lock.retired);
  for (const code of lock.codes) {
    if (homes.has(code)) continue;
    const message = `expected published code ${code} to have a home, found no FAQ entry listing it in error_codes`;
    const fix = `restore the entry that homed ${code}; to retire a code set status: retired on its entry and keep it (codes are never deleted)`;
    errors.push(
      contentError({
        file: LOCK_FILE,
        line: lineInLock(lock, code),
        field: code,
        message,
        fix,
        rule: 'codes/locked-home',
      }),
    );
  }
  for (const [code, entries] of homes) {
    const h = entries[0];
    if (!locked.has(code)) {
      const message = `expected every published code in ${LOCK_FILE}, found new code ${code}`;
      const fix = 'run npm run doctor-map -- --update-lock and commit the lock file with this change';
      errors.push(
        contentError({file: h.file, line: h.line, field: 'error_codes', message, fix, rule: 'codes/new-code'}),
      );
    }
    for (const active of entries.filter((e) => retired.has(code) && e.status !== 'retired')) {
      const message = `expected retired code ${code} only on an entry with status: retired, found it on an active entry`;
      const fix = `give this problem a new code; ${code} was retired and never returns`;
      errors.push(
        contentError({file: active.file, line: active.line, field: 'error_codes', message, fix, rule: 'codes/retired'}),
      );
    }
  }
  return errors;
}

/** The lock after this change: codes are only ever added, and a retired code stays retired. */
export function nextLock(corpus: Corpus, previous: CodeLock | undefined): CodeLock {
  const homes = codeHomes(corpus);
  const codes = [...new Set([...(previous?.codes ?? []), ...homes.keys()])].sort();
  const nowRetired = [...homes].filter(([, [r]]) => r.data.status === 'retired').map(([code]) => code);
  const retired = [...new Set([...(previous?.retired ?? []), ...nowRetired])].sort();
  return {version: 2, codes, retired};
}

export interface CliCodesReport {
  /** Codes the CLI emits that no page explains. */
  missingPages: string[];
  /** Active codes with a page that the CLI no longer emits: retire them. */
  notEmitted: string[];
}

export function compareCliCodes(corpus: Corpus, cliCodes: readonly string[]): CliCodesReport {
  const homes = codeHomes(corpus);
  const cli = new Set(cliCodes);
  return {
    missingPages: [...cli].filter((c) => !homes.has(c)).sort(),
    notEmitted: [...homes.entries()]
      .filter(([code, [r]]) => !cli.has(code) && r.data.status === 'active')
      .map(([code]) => code)
      .sort(),
  };
}

export function cliCodesErrors(corpus: Corpus, cliCodes: readonly string[], cliFile: string): ContentError[] {
  const homes = codeHomes(corpus);
  const report = compareCliCodes(corpus, cliCodes);
  return [
    ...report.missingPages.map((code) => {
      const message = `expected a page for every code the CLI emits, found no FAQ entry homing ${code}`;
      const fix = `write docs/troubleshooting/<category>/<slug>.md with error_codes: [${code}]`;
      return contentError({file: cliFile, line: 1, field: code, message, fix, rule: 'codes/cli'});
    }),
    ...report.notEmitted.map((code) => {
      const r = homes.get(code)![0];
      const message = `expected an active code to be emitted by the CLI, found ${code} missing from ${cliFile}`;
      const fix = 'if the CLI retired it, set status: retired on this entry (keep the entry)';
      const line = r.fieldLines.error_codes ?? r.frontmatterLine;
      return contentError({file: r.file, line, field: 'status', severity: 'warning', message, fix, rule: 'codes/cli'});
    }),
  ];
}
