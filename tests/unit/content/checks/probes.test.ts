import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {FIXTURES, GOOD, GOOD_LOCK, loadGood} from '../../../helpers';
import {checkCorpus, loadAndCheck} from '../../../../src/content/check';
import {formatError, sortErrors, type ContentError} from '../../../../src/content/errors';
import {parseAlertFile, parseAlertTestFile, parseDashboardFile} from '../../../../src/content/opsCatalogue';
import {parseProbesFile, PROBES_FILE, testSeriesUses} from '../../../../src/content/probes';
import {alternatives} from '../../../../src/content/checks/probes';
import {REPO} from '../../../../scripts/lib/scratchSite';
import type {RuleId} from '../../../../src/content/rules';

const DASH = 'monitoring/dashboards/fleet.yaml';
const ALERTS = 'monitoring/alerts/harbor.yaml';
const TESTS = 'monitoring/tests/harbor.test.yaml';

const lines = (errors: ContentError[]) => sortErrors(errors).map((e) => formatError(e).split('\n')[0]);

type Kind = 'probes' | 'dashboard' | 'alerts' | 'tests';

/** The good fixture site with one monitoring file replaced by a fixture; every error, formatted. */
function checkOps(kind: Kind, fixture: string): string[] {
  const source = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const corpus = loadGood();
  const ops = corpus.ops!;
  const errors: ContentError[] = [];
  if (kind === 'probes') {
    const r = parseProbesFile(PROBES_FILE, source);
    errors.push(...r.errors);
    ops.probes = r.probes;
  } else if (kind === 'dashboard') {
    const r = parseDashboardFile(DASH, source);
    errors.push(...r.errors);
    ops.dashboards = r.dashboard ? [r.dashboard] : [];
  } else if (kind === 'alerts') {
    const r = parseAlertFile(ALERTS, source);
    errors.push(...r.errors);
    ops.alerts = r.alerts;
  } else {
    const r = parseAlertTestFile(TESTS, source);
    errors.push(...r.errors);
    ops.alertTests = new Map([...r.coverage].map(([alert, c]) => [alert, [c]]));
    ops.testSeries = testSeriesUses(TESTS, source);
  }
  return lines([...errors, ...checkCorpus(corpus, {lock: GOOD_LOCK})]);
}

const kindOf = (fixture: string): Kind =>
  fixture.includes('/probes/') ? 'probes' : (/\/(dashboard|alert|test)-/.exec(fixture)![1].replace(/t$/, 'ts') as Kind);

interface Case {
  rule: RuleId;
  fixture: string;
  expect: string[];
}

const BAD: Case[] = [
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/unknown-prober.yaml',
    expect: [
      `${PROBES_FILE}:15  probes[1].prober  expected one of http | tcp, found "tcpp"; did you mean "tcp"?  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/http-without-settings.yaml',
    expect: [
      `${PROBES_FILE}:3  probes[0].http  expected an http: block of probe settings for prober http, found nothing (the field is missing)  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/timeout-over-interval.yaml',
    expect: [
      `${PROBES_FILE}:6  probes[0].timeout  expected a timeout of at most the interval (30s), found 1m  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/interval-absurd.yaml',
    expect: [
      `${PROBES_FILE}:5  probes[0].interval  expected the scrape interval between 1s and 1h, found "99999999999999999999d"  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/timeout-zero.yaml',
    expect: [
      `${PROBES_FILE}:6  probes[0].timeout  expected the probe timeout between 1s and 1h, found "0s"  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/https-without-ca.yaml',
    expect: [
      `${PROBES_FILE}:8  probes[0].http  expected a tls_config: {ca_file: ...} for https targets, found none  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/regexp-lookahead.yaml',
    expect: [
      `${PROBES_FILE}:10  probes[0].http.fail_if_body_not_matches_regexp[0]  expected a regular expression Go RE2 accepts, found "\\"status\\":\\\\s*\\"(?!unhealthy)": a lookaround, which Go RE2 does not support  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/job-twice.yaml',
    expect: [
      `${PROBES_FILE}:14  probes[1].job  expected probe job blackbox-http declared once, found it also at line 3  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/schema',
    fixture: 'bad/probes/tcp-target-url.yaml',
    expect: [
      `${PROBES_FILE}:18  probes[1].targets[0]  expected a host:port like "proxy.example.internal:3128", found "tcp://proxy.example.internal:3128"  [probes/schema]`,
    ],
  },
  {
    rule: 'probes/undeclared',
    fixture: 'bad/probe-uses/dashboard-job-typo.yaml',
    expect: [
      `${DASH}:7  panels.services-up.expr  expected a probe job declared in ${PROBES_FILE}, found job "blackbox-htp" in panel fleet/services-up; did you mean blackbox-http?  [probes/undeclared]`,
    ],
  },
  {
    rule: 'probes/undeclared',
    fixture: 'bad/probe-uses/dashboard-regex-undeclared.yaml',
    expect: [
      `${DASH}:7  panels.services-up.expr  expected a probe job declared in ${PROBES_FILE}, found job "blackbox-harbor" (in job=~"blackbox-http|blackbox-harbor|blackbox-v.*") in panel fleet/services-up  [probes/undeclared]`,
      `${DASH}:7  panels.services-up.expr  expected a job regex matching a probe job declared in ${PROBES_FILE}, found "blackbox-v.*" (in job=~"blackbox-http|blackbox-harbor|blackbox-v.*") in panel fleet/services-up, which matches none  [probes/undeclared]`,
    ],
  },
  {
    rule: 'probes/undeclared',
    fixture: 'bad/probe-uses/alert-instance-not-target.yaml',
    expect: [
      `${ALERTS}:4  HarborDown.expr  expected a target of probe job blackbox-http in ${PROBES_FILE}, found instance "https://harbor.example.internal/api/v2.0/healthz" in alert HarborDown; did you mean "https://harbor.example.internal/api/v2.0/health"?  [probes/undeclared]`,
    ],
  },
  {
    rule: 'probes/undeclared',
    fixture: 'bad/probe-uses/test-series-undeclared.yaml',
    expect: [
      `${TESTS}:5  tests[0].input_series[0].series  expected a probe job declared in ${PROBES_FILE}, found job "blackbox-harbor" in the input series of test group 1  [probes/undeclared]`,
      `${TESTS}:18  tests[0].alert_rule_test[1].exp_alerts[0].exp_labels  expected a target of probe job blackbox-http in ${PROBES_FILE}, found instance "https://harbor.internal/api/v2.0/health" in the expected HarborDown alert at 6m; did you mean "https://harbor.example.internal/api/v2.0/health"?  [probes/undeclared]`,
    ],
  },
];

const NEAR_MISS: Omit<Case, 'expect'>[] = [
  {rule: 'probes/schema', fixture: 'near-miss/probes/every-setting.yaml'},
  {rule: 'probes/undeclared', fixture: 'near-miss/probe-uses/dashboard-regex-declared.yaml'},
  {rule: 'probes/undeclared', fixture: 'near-miss/probe-uses/alert-instance-unpinned.yaml'},
];

for (const c of BAD)
  test(`[${c.rule}] ${c.fixture}: exactly the expected errors`, () => {
    assert.deepEqual(checkOps(kindOf(c.fixture), c.fixture), c.expect);
  });

for (const c of NEAR_MISS)
  test(`[${c.rule}] near miss ${c.fixture} passes`, () => {
    assert.deepEqual(checkOps(kindOf(c.fixture), c.fixture), []);
  });

test('[probes/*] every probe fixture has a case', () => {
  const used = new Set([...BAD, ...NEAR_MISS].map((c) => c.fixture));
  for (const dir of ['bad', 'near-miss'])
    for (const kind of ['probes', 'probe-uses'])
      for (const f of fs.readdirSync(path.join(FIXTURES, dir, kind)))
        assert.ok(used.has(`${dir}/${kind}/${f}`), `${dir}/${kind}/${f} has no case`);
});

test('[probes/undeclared] a job of a probe record that failed validation is not reported again', () => {
  const source = fs
    .readFileSync(path.join(GOOD, PROBES_FILE), 'utf8')
    .replace('valid_status_codes: [200]', 'valid_status_codes: [600]');
  const r = parseProbesFile(PROBES_FILE, source);
  const corpus = loadGood();
  corpus.ops!.probes = r.probes;
  assert.deepEqual(lines([...r.errors, ...checkCorpus(corpus, {lock: GOOD_LOCK})]), [
    `${PROBES_FILE}:9  probes[0].http.valid_status_codes[0]  expected an HTTP status code from 100 to 599, found 600  [probes/schema]`,
  ]);
});

test('[probes/schema] a site whose expressions name blackbox jobs but has no probes file: one error at the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-probes-'));
  fs.cpSync(GOOD, dir, {recursive: true});
  fs.rmSync(path.join(dir, PROBES_FILE));
  assert.deepEqual(lines(loadAndCheck(dir).errors), [
    `${PROBES_FILE}:1  (file)  expected the probe configuration that the blackbox-* jobs of the expressions come from, found no file  [probes/schema]`,
  ]);
  // Without any blackbox job in monitoring/ the file is not needed.
  const corpus = loadAndCheck(dir).corpus;
  corpus.ops!.alerts = corpus.ops!.alerts.filter((a) => !a.data.expr.includes('blackbox'));
  corpus.ops!.dashboards = [];
  corpus.ops!.testSeries = [];
  assert.deepEqual(
    lines(checkCorpus(corpus, {lock: GOOD_LOCK})).filter((l) => l.includes('[probes/')),
    [],
  );
});

test('[probes/*] the real monitoring/ names only declared probe jobs and targets, and every probe job is used', () => {
  const {corpus, errors} = loadAndCheck(REPO);
  assert.deepEqual(lines(errors.filter((e) => e.rule.startsWith('probes/'))), []);
  const probes = corpus.ops!.probes!.probes.map((p) => p.data.job).sort();
  assert.deepEqual(probes, ['blackbox-harbor', 'blackbox-http', 'blackbox-tcp', 'blackbox-vault']);
  const exprs = [
    ...corpus.ops!.alerts.map((a) => a.data.expr),
    ...corpus.ops!.dashboards.flatMap((d) => d.data.panels.map((p) => p.expr)),
  ].join('\n');
  for (const job of probes) assert.ok(exprs.includes(job), `${job} is probed but no alert or panel reads it`);
  // The series promtool cases feed in are read too: all five Vault nodes appear there.
  const series = corpus.ops!.testSeries!.flatMap((t) => (t.series?.includes('blackbox-vault') ? [t.series] : []));
  assert.equal(new Set(series.map((s) => /vault-\d/.exec(s)?.[0])).size, 5);
});

test('[probes/undeclared] job regex alternatives split at the top level only', () => {
  assert.deepEqual(alternatives('blackbox-http|blackbox-(a|b)|[|]x|a\\|b'), [
    'blackbox-http',
    'blackbox-(a|b)',
    '[|]x',
    'a\\|b',
  ]);
});
