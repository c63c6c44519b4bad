import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parse} from 'yaml';
import {loadGood} from '../../../helpers';
import {REPO} from '../../../../scripts/lib/scratchSite';
import {loadAndCheck} from '../../../../src/content/check';
import {runbooks} from '../../../../src/content/records';
import {buildAlertMap} from '../../../../src/content/generate/alertMap';
import {generatedFiles} from '../../../../src/content/generate/outputs';
import {buildOpsPageData} from '../../../../src/content/generate/opsCatalogue';
import {buildAlertmanagerRoutes, buildPrometheusRules} from '../../../../src/content/generate/prometheusRules';

const SITE = 'https://aibox-docs.example.internal';
type Rules = {
  groups: {
    name: string;
    rules: {
      alert: string;
      expr: string;
      for: string;
      labels: Record<string, string>;
      annotations: Record<string, string>;
    }[];
  }[];
};

test('rules for the good fixture: one group per service, severity and absolute runbook_url on each rule', () => {
  const doc = parse(buildPrometheusRules(loadGood(), SITE)) as Rules;
  assert.deepEqual(
    doc.groups.map((g) => [g.name, g.rules.map((r) => [r.alert, r.for, r.labels.severity, r.annotations.runbook_url])]),
    [
      [
        'aibox-harbor',
        [
          ['HarborDown', '5m', 'page', `${SITE}/runbooks/disaster-recovery/harbor-down`],
          ['HarborStorageHigh', '30m', 'ticket', `${SITE}/runbooks/day-2/gc`],
        ],
      ],
    ],
  );
  assert.deepEqual(doc.groups[0].rules[0].annotations, {
    summary: 'Harbor is down ({{ $labels.instance }} fails)',
    description: '{{ $labels.instance }} has failed for 5 minutes.',
    runbook_url: `${SITE}/runbooks/disaster-recovery/harbor-down`,
    dashboard_url: 'https://grafana.example.internal/d/fleet',
    escalation: 'platform-oncall, infra-team',
  });
});

test('the Alertmanager fragment routes each receiver and hours, business hours through the shared interval', () => {
  const doc = parse(buildAlertmanagerRoutes(loadGood())) as Record<string, unknown>;
  assert.deepEqual(doc, {
    route: {
      routes: [
        {receiver: 'platform-pager', matchers: ['alertname=~"HarborDown"'], group_by: ['alertname', 'service']},
        {
          receiver: 'platform-tickets',
          matchers: ['alertname=~"HarborStorageHigh"'],
          group_by: ['alertname', 'service'],
          active_time_intervals: ['aibox-business-hours'],
        },
      ],
    },
    time_intervals: [
      {
        name: 'aibox-business-hours',
        time_intervals: [{weekdays: ['monday:friday'], times: [{start_time: '08:00', end_time: '18:00'}]}],
      },
    ],
    receivers: [{name: 'platform-pager'}, {name: 'platform-tickets'}],
  });
});

test('generated files are byte-identical whatever order the records were read in', () => {
  const a = loadGood();
  const b = loadGood();
  b.ops!.alerts.reverse();
  b.ops!.dashboards.reverse();
  b.ops!.probes!.probes.reverse();
  b.records.reverse();
  const files = (c: typeof a) => generatedFiles(c, SITE, '/').filter((f) => f.path.startsWith('ops/'));
  assert.deepEqual(
    files(a).map((f) => f.path),
    [
      'ops/alerts.v1.json',
      'ops/alerts.v1.schema.json',
      'ops/prometheus-rules.yaml',
      'ops/alertmanager-routes.yaml',
      'ops/grafana/fleet.json',
      'ops/blackbox/blackbox.yml',
      'ops/prometheus/scrape-probes.yaml',
    ],
  );
  assert.deepEqual(files(b), files(a));
  assert.equal(buildPrometheusRules(a, SITE), buildPrometheusRules(loadGood(), SITE));
});

test('the real catalogue: rules and the alert map hold the same alerts, each rule with severity and a runbook that lists it', () => {
  const {corpus, errors} = loadAndCheck(REPO);
  assert.deepEqual(
    errors.filter((e) => e.severity === 'error'),
    [],
  );
  const doc = parse(buildPrometheusRules(corpus, SITE)) as Rules;
  const rules = doc.groups.flatMap((g) => g.rules);
  const map = buildAlertMap(corpus, SITE);
  assert.deepEqual(
    rules.map((r) => r.alert).sort(),
    map.alerts.map((a) => a.alert),
  );
  const byUrl = new Map(runbooks(corpus).map((r) => [`${SITE}${r.route}`, r]));
  for (const r of rules) {
    assert.match(r.labels.severity, /^(page|ticket)$/, r.alert);
    assert.ok(
      byUrl.get(r.annotations.runbook_url)?.data.alerts.includes(r.alert),
      `${r.alert}: ${r.annotations.runbook_url} does not list it`,
    );
  }
  // Every alert a runbook names has a rule: the catalogue covers the runbooks.
  assert.deepEqual(
    runbooks(corpus)
      .flatMap((r) => r.data.alerts)
      .sort(),
    map.alerts.map((a) => a.alert),
  );
  // The KPI and SLA alerts the plan implies are all there.
  for (const name of [
    'ColdStartP95High',
    'WarmStartP95High',
    'CredentialIssueFailures',
    'ProxyDenialSpike',
    'HarborAvailabilityLow',
    'NexusAvailabilityLow',
    'SandboxImagesOutdated',
    'CriticalCVEDeadlineAtRisk',
  ]) {
    assert.ok(
      rules.some((r) => r.alert === name),
      name,
    );
  }
});

test('the page data links every alert to its panel title and every panel back to its alerts', () => {
  const data = buildOpsPageData(loadGood());
  assert.deepEqual(
    data.alerts.map((a) => [a.name, a.panel.title, a.runbook.route]),
    [
      ['HarborDown', 'Central services health checks', '/runbooks/disaster-recovery/harbor-down'],
      ['HarborStorageHigh', 'Harbor storage used', '/runbooks/day-2/gc'],
    ],
  );
  assert.deepEqual(
    data.dashboards[0].panels.map((p) => [p.id, p.alerts]),
    [
      ['services-up', ['HarborDown']],
      ['harbor-storage', ['HarborStorageHigh']],
    ],
  );
});
