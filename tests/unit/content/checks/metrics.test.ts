import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {FIXTURES, GOOD_LOCK, loadGood} from '../../../helpers';
import {checkCorpus, loadAndCheck} from '../../../../src/content/check';
import {formatError, sortErrors, type ContentError} from '../../../../src/content/errors';
import {parseAlertTestFile, parseDashboardFile, parseMetricsFile} from '../../../../src/content/opsCatalogue';
import type {RuleId} from '../../../../src/content/rules';

const DASH = 'monitoring/dashboards/fleet.yaml';
const METRICS = 'monitoring/metrics.yaml';
const TESTS = 'monitoring/tests/harbor.test.yaml';

const lines = (errors: ContentError[]) => sortErrors(errors).map((e) => formatError(e).split('\n')[0]);

type Kind = 'dashboards' | 'metrics' | 'alert-tests';

/** The good fixture site with one of its monitoring files replaced by a fixture; every error, formatted. */
function checkOps(kind: Kind, fixture: string): string[] {
  const source = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const corpus = loadGood();
  const ops = corpus.ops!;
  const errors: ContentError[] = [];
  if (kind === 'dashboards') {
    const r = parseDashboardFile(DASH, source);
    errors.push(...r.errors);
    ops.dashboards = r.dashboard ? [r.dashboard] : [];
  } else if (kind === 'metrics') {
    const r = parseMetricsFile(METRICS, source);
    errors.push(...r.errors);
    ops.metrics = r.metrics;
    ops.rejectedMetrics = r.rejected;
  } else {
    const r = parseAlertTestFile(TESTS, source);
    errors.push(...r.errors);
    ops.alertTests = new Map([...r.coverage].map(([alert, c]) => [alert, [c]]));
    ops.alertTestsIncomplete = r.errors.length > 0;
  }
  return lines([...errors, ...checkCorpus(corpus, {lock: GOOD_LOCK})]);
}

interface Case {
  rule: RuleId;
  kind: Kind;
  fixture: string;
  expect: string[];
}

const BAD: Case[] = [
  {
    rule: 'metrics/undeclared',
    kind: 'dashboards',
    fixture: 'bad/dashboards/undeclared-metric.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.expr  expected a metric declared in ${METRICS}, found aibox_no_such_metric in panel fleet/harbor-storage  [metrics/undeclared]`,
    ],
  },
  {
    rule: 'metrics/promql',
    kind: 'dashboards',
    fixture: 'bad/dashboards/promql-syntax.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.expr  expected a PromQL expression that parses, found a syntax error in panel fleet/harbor-storage at column 59, near "orage_capacity_bytes"  [metrics/promql]`,
    ],
  },
  {
    rule: 'metrics/promql',
    kind: 'dashboards',
    fixture: 'bad/dashboards/promql-unclosed-brace.yaml',
    expect: [
      `${DASH}:7  panels.services-up.expr  expected a PromQL expression that parses, found a syntax error in panel fleet/services-up at column 34, near "{job="blackbox-http""  [metrics/promql]`,
    ],
  },
  {
    rule: 'metrics/promql',
    kind: 'dashboards',
    fixture: 'bad/dashboards/promql-unclosed-call.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.expr  expected a PromQL expression that parses, found a syntax error in panel fleet/harbor-storage at column 35, near "orage_used_bytes[5m]"  [metrics/promql]`,
    ],
  },
  {
    rule: 'metrics/label',
    kind: 'dashboards',
    fixture: 'bad/dashboards/label-unknown.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.expr  expected a label of harbor_storage_used_bytes (instance), found "node" in panel fleet/harbor-storage  [metrics/label]`,
    ],
  },
  {
    rule: 'metrics/rate-of-gauge',
    kind: 'dashboards',
    fixture: 'bad/dashboards/rate-of-gauge.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.expr  expected a counter inside rate(), found the gauge harbor_storage_used_bytes in panel fleet/harbor-storage  [metrics/rate-of-gauge]`,
    ],
  },
  {
    rule: 'metrics/ratio-unit',
    kind: 'dashboards',
    fixture: 'bad/dashboards/ratio-unit.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.unit  expected unit percentunit for the 0-1 ratio of harbor_storage_used_bytes in panel fleet/harbor-storage, found "%"  [metrics/ratio-unit]`,
    ],
  },
  {
    rule: 'metrics/dropped-label',
    kind: 'dashboards',
    fixture: 'bad/dashboards/dropped-label.yaml',
    expect: [
      `${DASH}:11  panels.harbor-storage.expr  expected the split by instance that the title "Harbor storage used by instance" names, found a sum of harbor_storage_used_bytes in panel fleet/harbor-storage that drops it  [metrics/dropped-label]`,
    ],
  },
  {
    rule: 'metrics/schema',
    kind: 'metrics',
    fixture: 'bad/metrics/unknown-type.yaml',
    expect: [
      `${METRICS}:9  metrics[1].type  expected one of counter | gauge | histogram, found "summary"  [metrics/schema]`,
    ],
  },
  {
    rule: 'metrics/schema',
    kind: 'metrics',
    fixture: 'bad/metrics/unknown-source.yaml',
    expect: [
      `${METRICS}:24  metrics[3].source  expected one of aibox-cli | blackbox-exporter | harbor | nexus | vault | egress-proxy | feedback-collector | siem, found "monitoring"  [metrics/schema]`,
    ],
  },
  {
    rule: 'metrics/schema',
    kind: 'metrics',
    fixture: 'bad/metrics/declared-twice.yaml',
    expect: [
      `${METRICS}:26  metrics[4].name  expected metric probe_success declared once, found it also at line 2  [metrics/schema]`,
    ],
  },
  {
    rule: 'alerts/tested',
    kind: 'alert-tests',
    fixture: 'bad/alert-tests/no-case.yaml',
    expect: [
      `monitoring/alerts/harbor.yaml:17  HarborStorageHigh  expected a promtool case for HarborStorageHigh that fires at its threshold after its for: and one just below that stays silent, found no case  [alerts/tested]`,
    ],
  },
  {
    rule: 'alerts/tested',
    kind: 'alert-tests',
    fixture: 'bad/alert-tests/fires-only.yaml',
    expect: [
      `monitoring/alerts/harbor.yaml:17  HarborStorageHigh  expected a promtool case for HarborStorageHigh that fires at its threshold after its for: and one just below that stays silent, found only cases where it fires  [alerts/tested]`,
    ],
  },
  {
    rule: 'alerts/tested',
    kind: 'alert-tests',
    fixture: 'bad/alert-tests/unknown-alert.yaml',
    expect: [
      `${TESTS}:27  alertname  expected an alert defined in monitoring/alerts/, found HarborDwn; did you mean HarborDown?  [alerts/tested]`,
    ],
  },
];

const NEAR_MISS: Omit<Case, 'expect'>[] = [
  {rule: 'metrics/label', kind: 'dashboards', fixture: 'near-miss/dashboards/declared-label.yaml'},
  {rule: 'metrics/promql', kind: 'dashboards', fixture: 'near-miss/dashboards/braces-in-label-value.yaml'},
  {rule: 'metrics/undeclared', kind: 'dashboards', fixture: 'near-miss/dashboards/declared-metric.yaml'},
  {rule: 'metrics/rate-of-gauge', kind: 'dashboards', fixture: 'near-miss/dashboards/deriv-of-gauge.yaml'},
  {rule: 'metrics/ratio-unit', kind: 'dashboards', fixture: 'near-miss/dashboards/gauge-not-ratio.yaml'},
  {rule: 'metrics/rate-of-gauge', kind: 'dashboards', fixture: 'near-miss/dashboards/rate-of-counter.yaml'},
  {rule: 'metrics/dropped-label', kind: 'dashboards', fixture: 'near-miss/dashboards/split-kept.yaml'},
  {rule: 'metrics/dropped-label', kind: 'dashboards', fixture: 'near-miss/dashboards/title-by-not-a-label.yaml'},
  {rule: 'metrics/schema', kind: 'metrics', fixture: 'near-miss/metrics/histogram.yaml'},
  {rule: 'alerts/tested', kind: 'alert-tests', fixture: 'near-miss/alert-tests/cases-in-two-groups.yaml'},
];

for (const c of BAD)
  test(`[${c.rule}] ${c.fixture}: exactly the expected errors`, () => {
    assert.deepEqual(checkOps(c.kind, c.fixture), c.expect);
  });

for (const c of NEAR_MISS)
  test(`[${c.rule}] near miss ${c.fixture} passes`, () => {
    assert.deepEqual(checkOps(c.kind, c.fixture), []);
  });

test('[metrics/*, dashboards/*, alerts/tested] every monitoring fixture has a case, and every new rule a bad fixture and a near miss', () => {
  const used = new Set([...BAD, ...NEAR_MISS].map((c) => c.fixture));
  for (const dir of ['bad', 'near-miss'])
    for (const kind of ['dashboards', 'metrics', 'alert-tests'])
      for (const f of fs.readdirSync(path.join(FIXTURES, dir, kind)))
        assert.ok(used.has(`${dir}/${kind}/${f}`), `${dir}/${kind}/${f} has no case`);
});

test('[metrics/undeclared] an alert expression is checked too, and the error names the alert', () => {
  const corpus = loadGood();
  const down = corpus.ops!.alerts.find((a) => a.data.name === 'HarborDown')!;
  down.data = {...down.data, expr: 'aibox_harbor_up == 0'};
  assert.deepEqual(lines(checkCorpus(corpus, {lock: GOOD_LOCK})), [
    `monitoring/alerts/harbor.yaml:4  HarborDown.expr  expected a metric declared in ${METRICS}, found aibox_harbor_up in alert HarborDown  [metrics/undeclared]`,
  ]);
});

test('[metrics/schema] a site with alerts but no metrics catalogue is one error at the missing file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-metrics-'));
  fs.cpSync(path.join(FIXTURES, 'good'), dir, {recursive: true});
  fs.rmSync(path.join(dir, METRICS));
  assert.deepEqual(lines(loadAndCheck(dir).errors), [
    `${METRICS}:1  (file)  expected the metrics catalogue that alert and panel expressions are checked against, found no file  [metrics/schema]`,
  ]);
});
