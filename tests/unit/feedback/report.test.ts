import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {openStore} from '../../../src/feedback/store';
import {buildReport, pilotCriterion, reportCsv, reportMarkdown} from '../../../src/feedback/report';
import {isoWeek} from '../../../src/feedback/stats';
import {PAGE, PILOT_WEEKLY} from './fixtures';

function sample(file = ':memory:') {
  const store = openStore(file);
  store.defineSurveys([PILOT_WEEKLY]);
  store.recordFeedback({page: PAGE, answer: 'no', comment: '=HYPERLINK("http://x")'}, '2026-11-30T09:00Z');
  store.recordFeedback({page: PAGE, answer: 'yes', comment: ''}, '2026-11-30T10:00Z');
  store.recordFeedback({page: '/docs/intro', answer: 'yes', comment: 'clear, "short"'}, '2026-12-01T10:00Z');
  for (const [overall, hour] of [
    [2, '2026-11-24T09:00Z'],
    [4, '2026-12-01T09:00Z'],
    [3, '2026-12-02T09:00Z'],
    [1, '2026-12-03T09:00Z'],
  ] as const)
    store.recordSurvey('pilot-weekly', {overall, start: 4, blocked: 'slow first build'}, hour);
  return store;
}

test('ISO weeks: Monday starts the week, and early January can belong to the year before', () => {
  assert.equal(isoWeek('2026-12-03T08:00Z'), '2026-W49');
  assert.equal(isoWeek('2026-11-30T00:00Z'), '2026-W49');
  assert.equal(isoWeek('2026-11-29T23:00Z'), '2026-W48');
  assert.equal(isoWeek('2027-01-01T00:00Z'), '2026-W53');
});

test('pages rank by share of "no", surveys by week, the pilot rating against 8 of 10', () => {
  const s = sample();
  const r = buildReport(s.feedbackRows(), s.surveyAnswerRows(), s.questions());
  assert.deepEqual(
    r.pages.map((p) => [p.page, p.no, p.yes, p.noShare]),
    [
      [PAGE, 1, 1, 0.5],
      ['/docs/intro', 0, 1, 0],
    ],
  );
  assert.deepEqual(
    r.surveys.map((w) => [w.week, w.responses, w.means]),
    [
      ['2026-W48', 1, {overall: 2, start: 4}],
      ['2026-W49', 3, {overall: 2.67, start: 4}],
    ],
  );
  assert.deepEqual(
    {...r.pilot, survey: undefined},
    {
      survey: undefined,
      question: 'overall',
      week: '2026-W49',
      respondents: 3,
      acceptable: 2,
      acceptableFrom: 3,
      needed: 8,
      of: 10,
      met: false,
    },
  );
  assert.match(reportMarkdown(r), /2026-W49: 2 of 3 respondents rate AI-Box acceptable or better .*: not met\./);
});

test('the CSV opens in a spreadsheet: quoted cells, CRLF, no formula from a comment', () => {
  const s = sample();
  const csv = reportCsv(buildReport(s.feedbackRows(), s.surveyAnswerRows(), s.questions()));
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'section,subject,week,item,value,text');
  assert.ok(lines.includes(`comment,${PAGE},2026-11-30,no,,"'=HYPERLINK(""http://x"")"`), csv);
  assert.ok(lines.includes('comment,/docs/intro,2026-12-01,yes,,"clear, ""short"""'));
  assert.ok(!/\n(?<!\r\n)/.test(csv.replace(/\r\n/g, '')));
});

test('npm run feedback-report: --since, --format, --retention-days, and one-line errors', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-report-'));
  const db = path.join(dir, 'f.sqlite');
  sample(db).close();
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/feedback-report.ts', ...args], {
      encoding: 'utf8',
      env: {...process.env, AIBOX_TODAY: '2026-12-04'},
    });
  const json = run('--db', db, '--since', '2026-12-01', '--format', 'json');
  assert.equal(json.status, 0, json.stderr);
  assert.deepEqual(
    JSON.parse(json.stdout).pages.map((p: {page: string}) => p.page),
    ['/docs/intro'],
  );
  const bad = run('--db', db, '--format', 'xls');
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, 'feedback-report: --format: expected md, csv or json, found "xls"\n');
  const missing = run('--db', path.join(dir, 'nope.sqlite'));
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  const pruned = run('--db', db, '--retention-days', '1', '--format', 'json');
  assert.equal(pruned.status, 0, pruned.stderr);
  assert.match(pruned.stderr, /deleted 3 page answer\(s\) and 3 survey response\(s\) from before 2026-12-03T00:00Z/);
  assert.deepEqual(JSON.parse(pruned.stdout).pages, []);
  fs.rmSync(dir, {recursive: true, force: true});
});

test('the pilot criterion is read from the pilot-acceptance fact, and a fact of another shape is refused', () => {
  assert.deepEqual(pilotCriterion(), {needed: 8, of: 10});
  assert.deepEqual(pilotCriterion('12 of 15 pilot developers rate it acceptable'), {needed: 12, of: 15});
  assert.throws(() => pilotCriterion('most pilot developers'), /must start with "N of M", not "most pilot developers"/);
});
