import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkExercises} from '../../../../src/content/checks/exercises';
import {latestExercises} from '../../../../src/content/queries';
import {checkFixtureAt, errorLines, loadGood} from '../../../helpers';
import type {Corpus, ExerciseRecord} from '../../../../src/content/records';

test('[exercise/last-exercised] latest exercise per runbook', () => {
  const latest = latestExercises(loadGood());
  assert.equal(latest.get('disaster-recovery/harbor-down')?.data.date, '2026-10-14');
  assert.equal(latest.get('day-2/gc')?.data.date, '2026-10-14');
});

test('[exercise/last-exercised] a logged exercise newer than last_exercised fails with the runbook file and both dates', () => {
  const errors = checkFixtureAt('exercise-newer-than-runbook.md', 'runbooks/exercises/2026-11-20-x.md').filter(
    (e) => e.field === 'last_exercised',
  );
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'runbooks/disaster-recovery/harbor-down.md');
  assert.match(errors[0].message, /2026-11-20/);
  assert.match(errors[0].message, /2026-10-14/);
  assert.equal(errors[0].fix, 'set last_exercised: "2026-11-20"');
});

test('[exercise/last-exercised] a last_exercised with no logged exercise fails', () => {
  const corpus = loadGood();
  corpus.records = corpus.records.filter((r) => r.type !== 'exercise');
  const errors = checkExercises(corpus);
  assert.deepEqual(errors.map((e) => e.file).sort(), [
    'runbooks/day-2/gc.md',
    'runbooks/disaster-recovery/harbor-down.md',
  ]);
});

/** The good site with a second, older exercise of harbor-down, placed before or after the newer one. */
function withOlderExercise(olderFirst: boolean) {
  const corpus = loadGood();
  const newer = corpus.records.find((r): r is ExerciseRecord => r.type === 'exercise')!;
  const older: ExerciseRecord = {
    ...newer,
    // The checks read records in file order, so the file name, not only the array position, sets which comes first.
    file: olderFirst ? 'runbooks/exercises/2026-09-01-harbor.md' : 'runbooks/exercises/2026-10-14-zz-older.md',
    data: {...newer.data, date: '2026-09-01', runbooks: ['disaster-recovery/harbor-down']},
  };
  const others = corpus.records.filter((r) => r !== newer);
  corpus.records = olderFirst ? [...others, older, newer] : [...others, newer, older];
  return corpus;
}

const lastExercised = (corpus: Corpus, date: string) => {
  for (const r of corpus.records)
    if (r.type === 'runbook' && r.id === 'disaster-recovery/harbor-down') r.data.last_exercised = date;
  return corpus;
};

for (const olderFirst of [true, false]) {
  const order = olderFirst ? 'older file first' : 'newer file first';

  test(`[exercise/last-exercised] the latest of two exercises counts, ${order}`, () => {
    const corpus = withOlderExercise(olderFirst);
    assert.equal(latestExercises(corpus).get('disaster-recovery/harbor-down')?.data.date, '2026-10-14');
    assert.deepEqual(errorLines(checkExercises(corpus)), []);
  });

  test(`[exercise/last-exercised] claiming the older of two exercises names the newer one, ${order}`, () => {
    const errors = checkExercises(lastExercised(withOlderExercise(olderFirst), '2026-09-01'));
    assert.deepEqual(errorLines(errors), [
      'runbooks/disaster-recovery/harbor-down.md:13  last_exercised  expected 2026-10-14 (latest exercise, runbooks/exercises/2026-10-14-harbor.md), found 2026-09-01  [exercise/last-exercised]',
    ]);
    assert.equal(errors[0].fix, 'set last_exercised: "2026-10-14"');
  });
}

test('[exercise/last-exercised] a claim newer than the latest log asks for the log or the logged date', () => {
  const errors = checkExercises(lastExercised(loadGood(), '2026-12-01'));
  assert.deepEqual(errorLines(errors), [
    'runbooks/disaster-recovery/harbor-down.md:13  last_exercised  expected 2026-10-14 (latest exercise, runbooks/exercises/2026-10-14-harbor.md), found 2026-12-01  [exercise/last-exercised]',
  ]);
  assert.equal(
    errors[0].fix,
    'log the 2026-12-01 exercise under runbooks/exercises/ or set last_exercised: "2026-10-14"',
  );
});

test('[exercise/last-exercised] an exercise whose date failed validation dates nothing: one schema error, no second', () => {
  const corpus = loadGood();
  const log = corpus.records.find((r): r is ExerciseRecord => r.type === 'exercise')!;
  (log.data as {date?: unknown}).date = 20261014;
  assert.deepEqual(errorLines(checkExercises(corpus)), [
    'runbooks/day-2/gc.md:9  last_exercised  expected an exercise log entry naming day-2/gc on 2026-10-14, found none  [exercise/last-exercised]',
    'runbooks/disaster-recovery/harbor-down.md:13  last_exercised  expected an exercise log entry naming disaster-recovery/harbor-down on 2026-10-14, found none  [exercise/last-exercised]',
  ]);
});

test('[exercise/runbook] an unknown runbook id is one error naming the known ids; a runbook without last_exercised is not checked', () => {
  const corpus = loadGood();
  const log = corpus.records.find((r): r is ExerciseRecord => r.type === 'exercise')!;
  log.data.runbooks = [...log.data.runbooks, 'day-2/gcc'];
  for (const r of corpus.records)
    if (r.type === 'runbook' && r.id === 'day-2/gc') (r.data as {last_exercised?: string}).last_exercised = undefined;
  const errors = checkExercises(corpus);
  assert.deepEqual(errorLines(errors), [
    'runbooks/exercises/2026-10-14-harbor.md:9  runbooks  expected an existing runbook id, found "day-2/gcc"  [exercise/runbook]',
  ]);
  assert.equal(errors[0].fix, 'use one of: day-2/gc, disaster-recovery/harbor-down');
});

test('[exercise/last-exercised] two exercises on the latest date: the first file is the one named', () => {
  const corpus = loadGood();
  const first = corpus.records.find((r): r is ExerciseRecord => r.type === 'exercise')!;
  const second: ExerciseRecord = {...first, file: 'runbooks/exercises/2026-10-14-zz-second.md'};
  corpus.records.push(second);
  assert.equal(latestExercises(corpus).get('disaster-recovery/harbor-down'), first);
  assert.deepEqual(errorLines(checkExercises(lastExercised(corpus, '2026-09-01'))), [
    'runbooks/disaster-recovery/harbor-down.md:13  last_exercised  expected 2026-10-14 (latest exercise, runbooks/exercises/2026-10-14-harbor.md), found 2026-09-01  [exercise/last-exercised]',
  ]);
});
