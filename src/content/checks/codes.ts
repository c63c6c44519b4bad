import {contentError, type ContentError} from '../errors';
import {faqs, runbooks, type Corpus, type FaqRecord} from '../records';

/** Every code and the one FAQ entry that homes it. Duplicate homes are reported by checkCodeHomes. */
export function codeHomes(corpus: Corpus): Map<string, FaqRecord[]> {
  const homes = new Map<string, FaqRecord[]>();
  for (const r of faqs(corpus)) {
    for (const code of r.data.error_codes) homes.set(code, [...(homes.get(code) ?? []), r]);
  }
  return homes;
}

export function checkCodeHomes(corpus: Corpus): ContentError[] {
  const errors: ContentError[] = [];
  const homes = codeHomes(corpus);
  for (const [code, entries] of homes) {
    if (entries.length < 2) continue;
    for (const r of entries) {
      const others = entries.filter((o) => o !== r).map((o) => o.file);
      errors.push(contentError({file: r.file, line: r.fieldLines.error_codes ?? r.frontmatterLine, field: 'error_codes', message: `expected ${code} to be homed on exactly one entry, found it also on ${others.join(', ')}`, fix: `keep ${code} on the entry that fixes it and link to that entry from the others`}));
    }
  }
  for (const r of runbooks(corpus)) {
    if (r.data.kind !== 'disaster-recovery') continue;
    for (const code of r.data.error_codes) {
      if (!homes.has(code)) {
        errors.push(contentError({file: r.file, line: r.fieldLines.error_codes ?? r.frontmatterLine, field: 'error_codes', message: `expected a code homed by an FAQ entry, found ${code}, which no entry homes`, fix: `add ${code} to the error_codes of the FAQ entry that explains it`}));
      }
    }
  }
  return errors;
}

export const LOCK_FILE = 'error-codes.lock.json';

/** A published code never loses its home; a new code must be added to the lock in the same change. */
export function checkLock(corpus: Corpus, locked: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const homes = codeHomes(corpus);
  const lockedSet = new Set(locked);
  for (const code of locked) {
    if (!homes.has(code)) {
      errors.push(contentError({file: LOCK_FILE, line: lineInLock(locked, code), field: code, message: `expected published code ${code} to have a home, found no FAQ entry listing it in error_codes`, fix: `restore the entry that homed ${code}; to retire a code set status: retired on its entry and keep it (codes are never deleted)`}));
    }
  }
  for (const [code, entries] of homes) {
    if (!lockedSet.has(code)) {
      const r = entries[0];
      errors.push(contentError({file: r.file, line: r.fieldLines.error_codes ?? r.frontmatterLine, field: 'error_codes', message: `expected every published code in ${LOCK_FILE}, found new code ${code}`, fix: 'run npm run doctor-map -- --update-lock and commit the lock file with this change'}));
    }
  }
  return errors;
}

/** Line of a code in the lock file as the generator writes it: one code per line after three header lines. */
const lineInLock = (locked: readonly string[], code: string) => locked.indexOf(code) + 4;

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
    ...report.missingPages.map((code) =>
      contentError({file: cliFile, line: 1, field: code, message: `expected a page for every code the CLI emits, found no FAQ entry homing ${code}`, fix: `write docs/troubleshooting/<category>/<slug>.md with error_codes: [${code}]`}),
    ),
    ...report.notEmitted.map((code) => {
      const r = homes.get(code)![0];
      return contentError({file: r.file, line: r.fieldLines.error_codes ?? r.frontmatterLine, field: 'status', severity: 'warning', message: `expected an active code to be emitted by the CLI, found ${code} missing from ${cliFile}`, fix: 'if the CLI retired it, set status: retired on this entry (keep the entry)'});
    }),
  ];
}
