import * as z from 'zod';
import {contentError, type ContentError} from './errors';
import type {CodeLock} from './schemas';
import {LOCK_FILE} from './checks/codes';

/**
 * What an earlier lock is read for: its codes and retired codes. Lenient on purpose: a version 1 lock (codes only,
 * nothing recorded as retired) still tells which codes were published.
 */
const earlierLockSchema = z.looseObject({
  codes: z.array(z.string()).catch([]),
  retired: z.array(z.string()).catch([]),
});

/** Line of a top-level key in the lock text, so the error points where the fix goes; 1 if it is not there. */
function keyLine(text: string, key: string): number {
  const i = text.split('\n').findIndex((l) => l.trimStart().startsWith(`"${key}"`));
  return i < 0 ? 1 : i + 1;
}

/**
 * The lock only grows: every code of the earlier lock is still in it, and every code retired there is still retired.
 * Without this, editing the lock (retired back to active) lets checkLock accept the code on a new active entry, and
 * short links printed by old CLIs would open a fix for another problem. An earlier lock that is not JSON is not
 * judged: it was reviewed when it was committed, and only the change under review is this check's business.
 */
export function checkLockHistory(earlierText: string, commit: string, current: CodeLock, text: string): ContentError[] {
  let json: unknown;
  try {
    json = JSON.parse(earlierText);
  } catch {
    return [];
  }
  const earlier = earlierLockSchema.safeParse(json);
  if (!earlier.success) return [];
  const at = commit.slice(0, 12);
  const codes = new Set(current.codes);
  const retired = new Set(current.retired);
  const errors: ContentError[] = [];
  for (const code of [...new Set(earlier.data.codes)].sort()) {
    if (codes.has(code)) continue;
    errors.push(
      contentError({
        file: LOCK_FILE,
        line: keyLine(text, 'codes'),
        field: 'codes',
        message: `expected every code of the lock at ${at} to stay in it, found ${code} removed`,
        fix: `put ${code} back in codes; codes are never deleted (to stop using one, set status: retired on its entry)`,
        rule: 'codes/lock-history',
      }),
    );
  }
  for (const code of [...new Set(earlier.data.retired)].sort()) {
    if (retired.has(code) || !codes.has(code)) continue;
    errors.push(
      contentError({
        file: LOCK_FILE,
        line: keyLine(text, 'retired'),
        field: 'retired',
        message: `expected ${code} to stay retired (it is retired in the lock at ${at}), found it no longer in retired`,
        fix: `put ${code} back in retired and give the new problem a new code`,
        rule: 'codes/lock-history',
      }),
    );
  }
  return errors;
}
