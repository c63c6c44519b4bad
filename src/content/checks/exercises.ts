import {contentError, type ContentError} from '../errors';
import {allRecords, fieldOf, isString, isStringList, type Corpus} from '../records';

/**
 * A runbook's last_exercised is the date of its latest logged exercise, never a claim without a record.
 * Files that failed validation take part with the fields that did validate, so one typo is one error.
 */
export function checkExercises(corpus: Corpus): ContentError[] {
  const errors: ContentError[] = [];
  const all = allRecords(corpus);
  const books = all.filter((r) => r.type === 'runbook');
  const ids = new Set(books.map((r) => r.id));
  const latest = new Map<string, {date: string; file: string}>();
  for (const e of all.filter((r) => r.type === 'exercise')) {
    const date = fieldOf(e, 'date', isString);
    for (const id of fieldOf(e, 'runbooks', isStringList) ?? []) {
      if (!ids.has(id)) {
        const message = `expected an existing runbook id, found "${id}"`;
        const fix = `use one of: ${[...ids].sort().join(', ')}`;
        const line = e.fieldLines.runbooks ?? e.frontmatterLine;
        errors.push(contentError({file: e.file, line, field: 'runbooks', message, fix, rule: 'exercise/runbook'}));
      }
      const cur = latest.get(id);
      if (date && (!cur || date > cur.date)) latest.set(id, {date, file: e.file});
    }
  }
  for (const r of books) {
    const claimed = fieldOf(r, 'last_exercised', isString);
    if (!claimed) continue;
    const where = {
      file: r.file,
      line: r.fieldLines.last_exercised ?? r.frontmatterLine,
      field: 'last_exercised',
      rule: 'exercise/last-exercised' as const,
    };
    const log = latest.get(r.id);
    if (!log) {
      const message = `expected an exercise log entry naming ${r.id} on ${claimed}, found none`;
      errors.push(
        contentError({...where, message, fix: `add runbooks/exercises/${claimed}-<slug>.md with runbooks: [${r.id}]`}),
      );
    } else if (log.date !== claimed) {
      const fix =
        log.date > claimed
          ? `set last_exercised: "${log.date}"`
          : `log the ${claimed} exercise under runbooks/exercises/ or set last_exercised: "${log.date}"`;
      errors.push(
        contentError({...where, message: `expected ${log.date} (latest exercise, ${log.file}), found ${claimed}`, fix}),
      );
    }
  }
  return errors;
}
