import {test} from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildCollector} from '../../../src/feedback/app';
import {openStore} from '../../../src/feedback/store';
import {CliError} from '../../../scripts/lib/cli';
import {supportToken} from '../../../scripts/lib/collector';
import {SITE} from './fixtures';

const NOW = Date.UTC(2026, 11, 3, 8, 41, 7);
const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';

/** `token` null: a collector started without AIBOX_SUPPORT_TOKEN. */
async function collector(token: string | null = TOKEN) {
  const store = openStore(':memory:');
  const app = await buildCollector({store, site: SITE, rateLimit: 0, supportToken: token ?? undefined, now: () => NOW});
  return {app, store};
}

/** `auth` null sends no Authorization header. */
const post = (payload: unknown, auth: string | null = `Bearer ${TOKEN}`) => ({
  url: '/api/support',
  method: 'POST' as const,
  headers: {'content-type': 'application/json', ...(auth === null ? {} : {authorization: auth})},
  payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

const supportLines = (metrics: string) =>
  metrics
    .split('\n')
    .filter((l) => /^(# (HELP|TYPE) )?aibox_support_/.test(l))
    .join('\n');

/** The three families on a collector with no support events yet: every tier at 0, so increase() sees the first. */
const EMPTY = `# HELP aibox_support_tickets_total Support tickets opened, by the tier that took them (POST /api/support, event opened).
# TYPE aibox_support_tickets_total counter
aibox_support_tickets_total{tier="1"} 0
aibox_support_tickets_total{tier="2"} 0
aibox_support_tickets_total{tier="3"} 0
# HELP aibox_support_issues_resolved_total Support issues resolved, by the tier that solved them (POST /api/support, event resolved).
# TYPE aibox_support_issues_resolved_total counter
aibox_support_issues_resolved_total{tier="0"} 0
aibox_support_issues_resolved_total{tier="1"} 0
aibox_support_issues_resolved_total{tier="2"} 0
aibox_support_issues_resolved_total{tier="3"} 0
# HELP aibox_support_resolution_seconds Seconds from a ticket opened to resolved (fixed or worked around), by the tier that solved it.
# TYPE aibox_support_resolution_seconds histogram
aibox_support_resolution_seconds_bucket{tier="1",le="900"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="3600"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="14400"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="28800"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="86400"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="259200"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="604800"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="+Inf"} 0
aibox_support_resolution_seconds_sum{tier="1"} 0
aibox_support_resolution_seconds_count{tier="1"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="900"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="3600"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="14400"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="28800"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="86400"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="259200"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="604800"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="+Inf"} 0
aibox_support_resolution_seconds_sum{tier="2"} 0
aibox_support_resolution_seconds_count{tier="2"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="900"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="3600"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="14400"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="28800"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="86400"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="259200"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="604800"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="+Inf"} 0
aibox_support_resolution_seconds_sum{tier="3"} 0
aibox_support_resolution_seconds_count{tier="3"} 0`;

test('before any event, /metrics has the three support families with every tier at 0', async () => {
  const {app} = await collector();
  assert.equal(supportLines((await app.inject({url: '/metrics'})).body), EMPTY);
});

/*
 * HELP-1: Tier 2 fixes it in 2 h 30 min (9,000 s).
 * HELP-2: taken by Tier 2 at 16:00, solved by Tier 3 40 hours later (144,000 s); its resolution is posted first.
 * HELP-3: taken by a champion, still open.
 * HELP-4: opened at 08:00, resolved with no time, so at the collector's now, 08:41:07 (2,467 s).
 * CH-7: a champion's report of an issue the developer solved from the FAQ, never opened as a ticket.
 */
const EVENTS = [
  {id: 'HELP-1', tier: 2, event: 'opened', at: '2026-12-01T09:00:00Z'},
  {id: 'HELP-1', tier: 2, event: 'resolved', at: '2026-12-01T11:30:00Z'},
  {id: 'HELP-2', tier: 3, event: 'resolved', at: '2026-12-03T08:00:00Z'},
  {id: 'HELP-2', tier: 2, event: 'opened', at: '2026-12-01T17:00:00+01:00'},
  {id: 'HELP-3', tier: 1, event: 'opened', at: '2026-12-03T08:30:00Z'},
  {id: 'HELP-4', tier: 2, event: 'opened', at: '2026-12-03T08:00:00Z'},
  {id: 'HELP-4', tier: 2, event: 'resolved'},
  {id: 'CH-7', tier: 0, event: 'resolved', at: '2026-12-02T10:00:00Z'},
];

const AFTER = `# HELP aibox_support_tickets_total Support tickets opened, by the tier that took them (POST /api/support, event opened).
# TYPE aibox_support_tickets_total counter
aibox_support_tickets_total{tier="1"} 1
aibox_support_tickets_total{tier="2"} 3
aibox_support_tickets_total{tier="3"} 0
# HELP aibox_support_issues_resolved_total Support issues resolved, by the tier that solved them (POST /api/support, event resolved).
# TYPE aibox_support_issues_resolved_total counter
aibox_support_issues_resolved_total{tier="0"} 1
aibox_support_issues_resolved_total{tier="1"} 0
aibox_support_issues_resolved_total{tier="2"} 2
aibox_support_issues_resolved_total{tier="3"} 1
# HELP aibox_support_resolution_seconds Seconds from a ticket opened to resolved (fixed or worked around), by the tier that solved it.
# TYPE aibox_support_resolution_seconds histogram
aibox_support_resolution_seconds_bucket{tier="1",le="900"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="3600"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="14400"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="28800"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="86400"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="259200"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="604800"} 0
aibox_support_resolution_seconds_bucket{tier="1",le="+Inf"} 0
aibox_support_resolution_seconds_sum{tier="1"} 0
aibox_support_resolution_seconds_count{tier="1"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="900"} 0
aibox_support_resolution_seconds_bucket{tier="2",le="3600"} 1
aibox_support_resolution_seconds_bucket{tier="2",le="14400"} 2
aibox_support_resolution_seconds_bucket{tier="2",le="28800"} 2
aibox_support_resolution_seconds_bucket{tier="2",le="86400"} 2
aibox_support_resolution_seconds_bucket{tier="2",le="259200"} 2
aibox_support_resolution_seconds_bucket{tier="2",le="604800"} 2
aibox_support_resolution_seconds_bucket{tier="2",le="+Inf"} 2
aibox_support_resolution_seconds_sum{tier="2"} 11467
aibox_support_resolution_seconds_count{tier="2"} 2
aibox_support_resolution_seconds_bucket{tier="3",le="900"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="3600"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="14400"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="28800"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="86400"} 0
aibox_support_resolution_seconds_bucket{tier="3",le="259200"} 1
aibox_support_resolution_seconds_bucket{tier="3",le="604800"} 1
aibox_support_resolution_seconds_bucket{tier="3",le="+Inf"} 1
aibox_support_resolution_seconds_sum{tier="3"} 144000
aibox_support_resolution_seconds_count{tier="3"} 1`;

test('opened and resolved events give the ticket counters by tier and the resolution histogram', async () => {
  const {app, store} = await collector();
  for (const e of EVENTS) {
    const res = await app.inject(post(e));
    assert.equal(res.statusCode, 201, `${e.id} ${e.event}: ${res.body}`);
    assert.deepEqual(JSON.parse(res.body), {stored: true});
  }
  assert.equal(store.counts().support, 8);
  assert.equal(supportLines((await app.inject({url: '/metrics'})).body), AFTER);
});

test('a re-sent event counts once; the same id and event with another tier or time is a conflict', async () => {
  const {app, store} = await collector();
  for (const e of EVENTS) await app.inject(post(e));
  for (const again of [
    EVENTS[0],
    {id: 'HELP-1', tier: 2, event: 'opened'}, // the same report without its time
    {id: 'HELP-1', tier: 2, event: 'opened', at: '2026-12-01T10:00:00+01:00'}, // the same instant in another zone
    EVENTS[6],
  ]) {
    const res = await app.inject(post(again));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(JSON.parse(res.body), {stored: true, duplicate: true});
  }
  const tier = await app.inject(post({...EVENTS[1], tier: 3}));
  assert.equal(tier.statusCode, 409);
  assert.deepEqual(JSON.parse(tier.body), {
    error: 'conflict',
    field: 'tier',
    message: 'expected tier 2, as ticket HELP-1 was first posted resolved with, found 3',
  });
  const at = await app.inject(post({...EVENTS[0], at: '2026-12-01T09:05:00Z'}));
  assert.equal(at.statusCode, 409);
  assert.deepEqual(JSON.parse(at.body), {
    error: 'conflict',
    field: 'at',
    message:
      'expected 2026-12-01T09:00:00.000Z, as ticket HELP-1 was first posted opened with, found 2026-12-01T09:05:00.000Z',
  });
  assert.equal(store.counts().support, 8);
  assert.equal(supportLines((await app.inject({url: '/metrics'})).body), AFTER);
});

const OK = {id: 'HELP-9', tier: 2, event: 'opened', at: '2026-12-03T08:00:00Z'};

/** Each kind of bad input: the field the one JSON line names, and nothing stored. */
const BAD: {name: string; body: unknown; field: string; message?: string}[] = [
  {name: 'not JSON', body: '{"id": ', field: '(body)'},
  {name: 'a list', body: [OK], field: '(body)'},
  {
    name: 'no id',
    body: {tier: 2, event: 'opened'},
    field: 'id',
    message: 'expected the ticket id as a string, like "HELP-1042", found nothing',
  },
  {name: 'an id with a space', body: {...OK, id: 'HELP 9'}, field: 'id'},
  {name: 'an id over 120 characters', body: {...OK, id: 'H'.repeat(121)}, field: 'id'},
  {name: 'a number as id', body: {...OK, id: 9}, field: 'id'},
  {
    name: 'tier 4',
    body: {...OK, tier: 4},
    field: 'tier',
    message: 'expected a tier number 0, 1, 2 or 3, found 4',
  },
  {name: 'the tier as a string', body: {...OK, tier: '2'}, field: 'tier'},
  {
    name: 'an opened ticket at Tier 0',
    body: {...OK, tier: 0},
    field: 'tier',
    message: 'expected the tier that took the ticket, 1, 2 or 3 (Tier 0 is self-service), found 0',
  },
  {
    name: 'an unknown event',
    body: {...OK, event: 'closed'},
    field: 'event',
    message: 'expected "opened" or "resolved", found "closed"',
  },
  {name: 'a time that is not ISO', body: {...OK, at: 'yesterday'}, field: 'at'},
  {name: 'a time without its zone', body: {...OK, at: '2026-12-03T08:00:00'}, field: 'at'},
  {
    name: 'a time in the future',
    body: {...OK, at: '2026-12-03T09:00:00Z'},
    field: 'at',
    message: 'expected a time no later than now (2026-12-03T08:41:07.000Z), found "2026-12-03T09:00:00Z"',
  },
  {name: 'an unknown key', body: {...OK, team: 'payments'}, field: 'team'},
];

for (const c of BAD) {
  test(`400 naming the field, nothing stored: ${c.name}`, async () => {
    const {app, store} = await collector();
    const res = await app.inject(post(c.body));
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.body.split('\n').length, 1);
    const body = JSON.parse(res.body);
    assert.equal(body.field, c.field, res.body);
    assert.match(body.message, /^expected /);
    if (c.message) assert.equal(body.message, c.message);
    assert.equal(store.counts().support, 0);
  });
}

test('a resolution before its ticket was opened is refused, in either order of posting', async () => {
  const {app, store} = await collector();
  await app.inject(post(OK));
  const early = await app.inject(post({...OK, event: 'resolved', at: '2026-12-03T07:59:59Z'}));
  assert.equal(early.statusCode, 400);
  assert.deepEqual(JSON.parse(early.body), {
    error: 'bad-request',
    field: 'at',
    message:
      'expected a time after ticket HELP-9 was opened (2026-12-03T08:00:00.000Z), found 2026-12-03T07:59:59.000Z',
  });
  await app.inject(post({id: 'HELP-10', tier: 2, event: 'resolved', at: '2026-12-03T08:00:00Z'}));
  const late = await app.inject(post({id: 'HELP-10', tier: 2, event: 'opened', at: '2026-12-03T08:30:00Z'}));
  assert.equal(late.statusCode, 400);
  assert.equal(JSON.parse(late.body).field, 'at');
  assert.equal(store.counts().support, 2);
});

test('without the token, or with another, 401 before the body is read, and nothing stored', async () => {
  const {app, store} = await collector();
  for (const [auth, message] of [
    [null, 'expected "Authorization: Bearer <token>", found none'],
    [TOKEN, 'expected "Authorization: Bearer <token>", found none'],
    [`Bearer ${TOKEN}x`, 'expected the token in AIBOX_SUPPORT_TOKEN, found another'],
    ['Bearer short', 'expected the token in AIBOX_SUPPORT_TOKEN, found another'],
  ] as const) {
    for (const body of [OK, '{"id": ']) {
      const res = await app.inject(post(body, auth));
      assert.equal(res.statusCode, 401, `${auth}: ${res.body}`);
      assert.equal(res.headers['www-authenticate'], 'Bearer');
      assert.deepEqual(JSON.parse(res.body), {error: 'unauthorized', field: 'Authorization', message});
    }
  }
  assert.equal(store.counts().support, 0);
});

test('with no token configured the route is off: 404 saying so, even with a token, and nothing stored', async () => {
  const {app, store} = await collector(null);
  for (const auth of [null, `Bearer ${TOKEN}`]) {
    const res = await app.inject(post(OK, auth));
    assert.equal(res.statusCode, 404);
    assert.deepEqual(JSON.parse(res.body), {
      error: 'not-enabled',
      field: '(path)',
      message: 'expected a collector started with AIBOX_SUPPORT_TOKEN set, found none: support events are off',
    });
  }
  assert.equal(store.counts().support, 0);
  assert.equal(supportLines((await app.inject({url: '/metrics'})).body), EMPTY);
});

test('AIBOX_SUPPORT_TOKEN: unset or empty turns the route off; a short one stops the collector at start', () => {
  assert.equal(supportToken(undefined), undefined);
  assert.equal(supportToken(''), undefined);
  assert.equal(supportToken(TOKEN), TOKEN);
  assert.throws(
    () => supportToken('hunter2'),
    (err: unknown) =>
      err instanceof CliError &&
      err.message ===
        'AIBOX_SUPPORT_TOKEN: expected at least 32 characters, found 7; make one with openssl rand -hex 32',
  );
});

test('a database of schema 1 opens as schema 2 with its answers kept and support events added', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-support-'));
  const file = path.join(dir, 'feedback.sqlite');
  try {
    const old = new Database(file);
    old.exec(`CREATE TABLE page_feedback (id INTEGER PRIMARY KEY, page TEXT NOT NULL, answer TEXT NOT NULL,
      comment TEXT NOT NULL DEFAULT '', hour TEXT NOT NULL);
      INSERT INTO page_feedback (page, answer, comment, hour) VALUES ('/', 'yes', '', '2026-11-30T10:00Z');`);
    old.pragma('user_version = 1');
    old.close();
    const store = openStore(file);
    store.recordSupport({id: 'HELP-1', tier: 2, event: 'opened', at: NOW});
    assert.deepEqual(store.counts(), {feedback: 1, responses: 0, support: 1});
    store.close();
    const db = new Database(file, {readonly: true});
    assert.equal(db.pragma('user_version', {simple: true}), 2);
    db.close();
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
