import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildCollector} from '../../../src/feedback/app';
import {openStore} from '../../../src/feedback/store';
import {PAGE, SITE} from './fixtures';
import {parseMetricsFile} from '../../../src/content/opsCatalogue';
import fs from 'node:fs';

const HOUR = Date.UTC(2026, 11, 3, 8, 41, 7);

async function collector(rateLimit = 0) {
  const store = openStore(':memory:');
  const app = await buildCollector({store, site: SITE, rateLimit, now: () => HOUR});
  const rows = () => store.counts();
  return {app, store, rows};
}

const json = (payload: unknown, extra: Record<string, string> = {}) => ({
  method: 'POST' as const,
  headers: {'content-type': 'application/json', ...extra},
  payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

const good = {page: PAGE, answer: 'no', comment: 'The proxy step is missing'};

test('a good answer is stored with the hour only and acknowledged 201', async () => {
  const {app, store} = await collector();
  const res = await app.inject({
    url: '/api/feedback',
    ...json(good, {origin: 'http://localhost:80', host: 'localhost:80'}),
  });
  assert.equal(res.statusCode, 201);
  assert.deepEqual(JSON.parse(res.body), {stored: true});
  assert.deepEqual(store.feedbackRows(), [{id: 1, ...good, hour: '2026-12-03T08:00Z'}]);
});

/** Each kind of bad input: the field the one JSON line names, and nothing stored. */
const BAD: {name: string; url?: string; req: ReturnType<typeof json>; field: string}[] = [
  {name: 'a body over 8 KB', req: json({...good, comment: 'x'.repeat(9000)}), field: '(body)'},
  {name: 'not JSON where JSON is declared', req: json('{"page": "/docs", '), field: '(body)'},
  {name: 'a JSON list instead of an object', req: json([good]), field: '(body)'},
  {name: 'an unknown key', req: json({...good, user: 'dana'}), field: 'user'},
  {name: 'an answer other than yes or no', req: json({...good, answer: 'maybe'}), field: 'answer'},
  {name: 'a page that is not a page of the site', req: json({...good, page: '/docs/nope'}), field: 'page'},
  {name: 'control characters in a comment', req: json({...good, comment: 'red \u001b[31m alert'}), field: 'comment'},
  {name: 'a bidirectional override in a comment', req: json({...good, comment: 'abc\u202edef'}), field: 'comment'},
  {
    name: 'a prototype key',
    req: json('{"__proto__": {"x": 1}, "page": "/", "answer": "yes", "comment": ""}'),
    field: '(body)',
  },
  {name: 'an unknown survey', url: '/api/survey/pilot-monthly', req: json({overall: 4, start: 3}), field: 'survey'},
  {
    name: 'an unknown question',
    url: '/api/survey/pilot-weekly',
    req: json({overall: 4, start: 3, mood: 2}),
    field: 'mood',
  },
  {name: 'a score above 5', url: '/api/survey/pilot-weekly', req: json({overall: 6, start: 3}), field: 'overall'},
  {name: 'a score below 1', url: '/api/survey/pilot-weekly', req: json({overall: 4, start: 0}), field: 'start'},
  {
    name: 'a score that is not whole',
    url: '/api/survey/pilot-weekly',
    req: json({overall: 3.5, start: 3}),
    field: 'overall',
  },
  {name: 'a missing score', url: '/api/survey/pilot-weekly', req: json({overall: 4}), field: 'start'},
  {
    name: 'control characters in a survey answer',
    url: '/api/survey/pilot-weekly',
    req: json({overall: 4, start: 3, blocked: 'a\u0007'}),
    field: 'blocked',
  },
  {
    name: 'a form post with a score outside 1-5',
    url: '/api/survey/pilot-weekly',
    req: {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded'}, payload: 'overall=9&start=3'},
    field: 'overall',
  },
  {
    name: 'a form post naming a field twice',
    req: {
      method: 'POST',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      payload: `page=${PAGE}&answer=yes&answer=no`,
    },
    field: 'answer',
  },
  {
    name: 'a body of another type',
    req: {method: 'POST', headers: {'content-type': 'text/plain'}, payload: 'yes'},
    field: '(body)',
  },
];

for (const c of BAD) {
  test(`400 naming the field, nothing stored: ${c.name}`, async () => {
    const {app, rows} = await collector();
    const before = rows();
    const res = await app.inject({url: c.url ?? '/api/feedback', ...c.req});
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.headers['content-type'] as string, /^application\/json/);
    assert.equal(res.body.split('\n').length, 1);
    const body = JSON.parse(res.body);
    assert.equal(body.field, c.field, res.body);
    assert.match(body.message, /^expected /);
    assert.deepEqual(rows(), before);
  });
}

test('a post from another origin is refused and stores nothing; the site itself and tools without Origin pass', async () => {
  const {app, rows} = await collector();
  const evil = await app.inject({
    url: '/api/feedback',
    ...json(good, {origin: 'https://evil.example', host: 'docs.aibox.internal'}),
  });
  assert.equal(evil.statusCode, 403);
  assert.equal(JSON.parse(evil.body).field, 'Origin');
  const nul = await app.inject({url: '/api/feedback', ...json(good, {origin: 'null', host: 'docs.aibox.internal'})});
  assert.equal(nul.statusCode, 403);
  assert.deepEqual(rows(), {feedback: 0, responses: 0, support: 0});
  const same = await app.inject({
    url: '/api/feedback',
    ...json(good, {origin: 'https://docs.aibox.internal', host: 'docs.aibox.internal'}),
  });
  assert.equal(same.statusCode, 201);
  const tool = await app.inject({url: '/api/feedback', ...json(good)});
  assert.equal(tool.statusCode, 201);
});

test('a form post is stored and answers 303 to the thank-you page (JavaScript off)', async () => {
  const {app, store} = await collector();
  const res = await app.inject({
    url: '/api/feedback',
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    payload: `page=${encodeURIComponent(`${PAGE}/`)}&answer=yes&comment=${encodeURIComponent('line one\r\nline two')}`,
  });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/feedback-thanks');
  assert.deepEqual(store.feedbackRows()[0], {
    id: 1,
    page: PAGE,
    answer: 'yes',
    comment: 'line one\nline two',
    hour: '2026-12-03T08:00Z',
  });
  const survey = await app.inject({
    url: '/api/survey/pilot-weekly',
    method: 'POST',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    payload: 'overall=4&start=2&blocked=',
  });
  assert.equal(survey.statusCode, 303);
  assert.deepEqual(
    store.surveyAnswerRows().map((r) => [r.question, r.score, r.text]),
    [
      ['overall', 4, null],
      ['start', 2, null],
    ],
  );
});

test('a vote is stored on its own; the comment added next joins it through the one-time token', async () => {
  const {app, store} = await collector();
  const vote = await app.inject({url: '/api/feedback', ...json({page: PAGE, answer: 'no', comment: ''})});
  assert.equal(vote.statusCode, 201);
  const {amend} = JSON.parse(vote.body);
  assert.match(amend, /^\/api\/feedback\/[\w-]{24}$/);
  assert.equal(store.feedbackRows()[0].comment, '');
  const wrong = await app.inject({url: amend, ...json({page: PAGE, answer: 'yes', comment: 'x'})});
  assert.equal(wrong.statusCode, 400);
  assert.equal(JSON.parse(wrong.body).field, 'answer');
  const ok = await app.inject({url: amend, ...json({page: PAGE, answer: 'no', comment: 'Proxy step missing'})});
  assert.equal(ok.statusCode, 201);
  const again = await app.inject({url: amend, ...json({page: PAGE, answer: 'no', comment: 'twice'})});
  assert.equal(again.statusCode, 400);
  assert.equal(JSON.parse(again.body).field, 'token');
  assert.deepEqual(
    store.feedbackRows().map((r) => r.comment),
    ['Proxy step missing'],
  );
  assert.equal(store.counts().feedback, 1);
});

test('/metrics counts stored rows by page and answer, responses by survey, mean scores and the pilot rating', async () => {
  const {app} = await collector();
  for (const answer of ['no', 'no', 'yes']) await app.inject({url: '/api/feedback', ...json({...good, answer})});
  for (const overall of [2, 3, 4, 5]) await app.inject({url: '/api/survey/pilot-weekly', ...json({overall, start: 4})});
  const res = await app.inject({url: '/metrics'});
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type'] as string, /^text\/plain; version=0\.0\.4/);
  // The support families have their own test (support.test.ts).
  const samples = res.body.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('aibox_support_'));
  assert.deepEqual(samples, [
    `aibox_docs_feedback_total{page="${PAGE}",answer="no"} 2`,
    `aibox_docs_feedback_total{page="${PAGE}",answer="yes"} 1`,
    'aibox_survey_responses_total{survey="pilot-weekly"} 4',
    'aibox_survey_score_mean{survey="pilot-weekly",question="overall"} 3.5',
    'aibox_survey_score_mean{survey="pilot-weekly",question="start"} 4',
    'aibox_pilot_respondents 4',
    'aibox_pilot_rating_acceptable_or_better 3',
  ]);
});

test('nothing else is readable: unknown paths and GETs of the post routes answer 404', async () => {
  const {app} = await collector();
  for (const url of ['/api/feedback', '/api/survey/pilot-weekly', '/api/feedback/rows', '/', '/db']) {
    const res = await app.inject({url});
    assert.equal(res.statusCode, 404, url);
  }
  assert.equal((await app.inject({url: '/healthz'})).statusCode, 200);
});

test('the rate limit holds per client without keeping the address', async () => {
  const {app, rows} = await collector(2);
  const from = (ip: string) => ({
    url: '/api/feedback',
    remoteAddress: '127.0.0.1',
    ...json(good, {'x-forwarded-for': ip}),
  });
  assert.equal((await app.inject(from('10.0.0.1'))).statusCode, 201);
  assert.equal((await app.inject(from('10.0.0.1'))).statusCode, 201);
  const third = await app.inject(from('10.0.0.1'));
  assert.equal(third.statusCode, 429);
  assert.equal(JSON.parse(third.body).error, 'rate-limit');
  assert.equal((await app.inject(from('10.0.0.2'))).statusCode, 201);
  assert.equal(rows().feedback, 3);
});

test('the collector exports exactly the metrics the catalogue says it emits, with the declared type and labels', async () => {
  const file = 'monitoring/metrics.yaml';
  const {metrics} = parseMetricsFile(file, fs.readFileSync(file, 'utf8'));
  const declared = metrics!
    .filter((m) => m.data.source === 'feedback-collector')
    .map((m) => `${m.data.name} ${m.data.type} [${[...m.data.labels].sort().join(',')}]`)
    .sort();
  const {app} = await collector();
  await app.inject({url: '/api/feedback', ...json(good)});
  await app.inject({url: '/api/survey/pilot-weekly', ...json({overall: 4, start: 4})});
  const body = (await app.inject({url: '/metrics'})).body.split('\n');
  const exported = body
    .filter((l) => l.startsWith('# TYPE '))
    .map((l) => {
      const [, , name, type] = l.split(' ');
      const sample = body.find((s) => s.startsWith(name))!;
      // A histogram's le is implied by its type, so the catalogue does not list it.
      const labels = [...sample.matchAll(/([a-z_]+)="/g)]
        .map((m) => m[1])
        .filter((k) => type !== 'histogram' || k !== 'le')
        .sort();
      return `${name} ${type} [${labels.join(',')}]`;
    })
    .sort();
  assert.deepEqual(exported, declared);
});
