import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkExercises, latestExercises} from '../../../../src/content/checks/exercises';
import {checkFixtureAt, loadGood} from '../../../helpers';

test('latest exercise per runbook', () => {
  const latest = latestExercises(loadGood());
  assert.equal(latest.get('disaster-recovery/harbor-down')?.data.date, '2026-10-14');
  assert.equal(latest.get('day-2/gc')?.data.date, '2026-10-14');
});

test('a logged exercise newer than last_exercised fails with the runbook file and both dates', () => {
  const errors = checkFixtureAt('exercise-newer-than-runbook.md', 'runbooks/exercises/2026-11-20-x.md').filter(
    (e) => e.field === 'last_exercised',
  );
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'runbooks/disaster-recovery/harbor-down.md');
  assert.match(errors[0].message, /2026-11-20/);
  assert.match(errors[0].message, /2026-10-14/);
  assert.equal(errors[0].fix, 'set last_exercised: "2026-11-20"');
});

test('a last_exercised with no logged exercise fails', () => {
  const corpus = loadGood();
  corpus.records = corpus.records.filter((r) => r.type !== 'exercise');
  const errors = checkExercises(corpus);
  assert.deepEqual(errors.map((e) => e.file).sort(), [
    'runbooks/day-2/gc.md',
    'runbooks/disaster-recovery/harbor-down.md',
  ]);
});
