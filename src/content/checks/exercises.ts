import {contentError, type ContentError} from '../errors';
import {exercises, runbooks, type Corpus, type ExerciseRecord} from '../records';

/** The latest logged exercise naming each runbook id. */
export function latestExercises(corpus: Corpus): Map<string, ExerciseRecord> {
  const latest = new Map<string, ExerciseRecord>();
  for (const e of exercises(corpus)) {
    for (const id of e.data.runbooks) {
      const cur = latest.get(id);
      if (!cur || e.data.date > cur.data.date) latest.set(id, e);
    }
  }
  return latest;
}

/** A runbook's last_exercised is the date of its latest logged exercise, never a claim without a record. */
export function checkExercises(corpus: Corpus): ContentError[] {
  const errors: ContentError[] = [];
  const ids = new Set(runbooks(corpus).map((r) => r.id));
  for (const e of exercises(corpus)) {
    e.data.runbooks.forEach((id) => {
      if (!ids.has(id)) {
        errors.push(contentError({file: e.file, line: e.fieldLines.runbooks ?? e.frontmatterLine, field: 'runbooks', message: `expected an existing runbook id, found "${id}"`, fix: `use one of: ${[...ids].sort().join(', ')}`}));
      }
    });
  }
  const latest = latestExercises(corpus);
  for (const r of runbooks(corpus)) {
    const line = r.fieldLines.last_exercised ?? r.frontmatterLine;
    const log = latest.get(r.id);
    const claimed = r.data.last_exercised;
    if (!log) {
      errors.push(contentError({file: r.file, line, field: 'last_exercised', message: `expected an exercise log entry naming ${r.id} on ${claimed}, found none`, fix: `add runbooks/exercises/${claimed}-<slug>.md with runbooks: [${r.id}]`}));
    } else if (log.data.date !== claimed) {
      const newer = log.data.date > claimed;
      errors.push(
        contentError({
          file: r.file,
          line,
          field: 'last_exercised',
          message: `expected ${log.data.date} (latest exercise, ${log.file}), found ${claimed}`,
          fix: newer ? `set last_exercised: "${log.data.date}"` : `log the ${claimed} exercise under runbooks/exercises/ or set last_exercised: "${log.data.date}"`,
        }),
      );
    }
  }
  return errors;
}
