import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkFixtureAt, FIXTURES, GOOD_LOCK, loadGood} from '../../../helpers';
import {checkCorpus, loadAndCheck} from '../../../../src/content/check';
import {formatError, sortErrors, type ContentError} from '../../../../src/content/errors';
import {parseAlertFile, type AlertRecord} from '../../../../src/content/opsCatalogue';
import {KPI_PAGE_ID} from '../../../../src/content/checks/alertCatalogue';
import type {Corpus} from '../../../../src/content/records';

const AS = 'monitoring/alerts/harbor.yaml';

/** The good fixture site with its HarborDown record replaced by the bad fixture's alerts; every error, formatted. */
function checkAlertFixture(name: string): string[] {
  const corpus = loadGood();
  const parsed = parseAlertFile(AS, fs.readFileSync(path.join(FIXTURES, 'bad', 'alerts', name), 'utf8'));
  const ops = corpus.ops!;
  ops.alerts = [...ops.alerts.filter((a) => a.data.name !== 'HarborDown'), ...parsed.alerts];
  ops.rejectedAlerts.push(...parsed.rejected);
  if (parsed.incomplete) ops.incomplete = true;
  return lines([...parsed.errors, ...checkCorpus(corpus, {lock: GOOD_LOCK})]);
}
const lines = (errors: ContentError[]) => sortErrors(errors).map((e) => formatError(e).split('\n')[0]);

const CASES: Record<string, string[]> = {
  'for-not-a-duration.yaml': [
    `${AS}:5  alerts[0].for  expected the pending time as a Prometheus duration like "30s", "5m", "1h" or "1d", found "5 minutes"  [alerts/schema]`,
  ],
  'for-absurd.yaml': [
    `${AS}:5  alerts[0].for  expected the pending time between 0s and 7d, found "99999999999999999999d"  [alerts/schema]`,
  ],
  'for-over-a-week.yaml': [
    `${AS}:5  alerts[0].for  expected the pending time between 0s and 7d, found "8d"  [alerts/schema]`,
  ],
  'expr-unclosed-brace.yaml': [
    `${AS}:4  HarborDown.expr  expected a PromQL expression that parses, found a syntax error in alert HarborDown at column 95, near "al/api/v2.0/health" == 0"  [metrics/promql]`,
  ],
  // An aggregation that does not parse: one error, not a second guess at which labels it keeps.
  'expr-unclosed-call.yaml': [
    `${AS}:4  HarborDown.expr  expected a PromQL expression that parses, found a syntax error in alert HarborDown at column 53, near "kbox-http"}[5m]) < 1"  [metrics/promql]`,
  ],
  'unknown-severity.yaml': [
    `${AS}:7  alerts[0].severity  expected one of page | ticket, found "critical"  [alerts/schema]`,
  ],
  'two-mistakes.yaml': [
    `${AS}:6  alerts[0].threshhold  expected a known key, found unknown key "threshhold"; did you mean "threshold"?  [alerts/schema]`,
    `${AS}:10  alerts[0].routing.hours  expected one of business-hours | 24x7, found "nights"  [alerts/schema]`,
  ],
  'name-not-pascal.yaml': [
    `${AS}:2  alerts[0].name  expected an alert name in PascalCase, like "HarborDown", found "harbor_down"  [alerts/schema]`,
  ],
  'yaml-syntax.yaml': [
    `${AS}:4  (file)  expected valid YAML, found: Flow sequence in block collection must be sufficiently indented and end with a ]  [alerts/schema]`,
  ],
  'runbook-missing.yaml': [
    `${AS}:15  HarborDown.runbook  expected an existing runbook id, found "disaster-recovery/harbour-down"; did you mean "disaster-recovery/harbor-down"?  [alerts/runbook]`,
  ],
  'runbook-does-not-list.yaml': [
    `${AS}:15  HarborDown.runbook  expected runbooks/day-2/gc.md to list HarborDown in its alerts, found [HarborStorageHigh]  [alerts/runbook]`,
  ],
  'panel-missing.yaml': [
    `${AS}:14  HarborDown.panel.panel  expected a panel of dashboard fleet, found "services-upp"; did you mean "services-up"?  [alerts/panel]`,
  ],
  'dashboard-missing.yaml': [
    `${AS}:14  HarborDown.panel.dashboard  expected a dashboard in monitoring/dashboards/, found "fleets"  [alerts/panel]`,
  ],
  'template-label-aggregated.yaml': [
    `${AS}:12  HarborDown.summary  expected a label the aggregation keeps, found $labels.instance, which no by (...) clause names  [alerts/template]`,
    `${AS}:13  HarborDown.description  expected a label the aggregation keeps, found $labels.instance, which no by (...) clause names  [alerts/template]`,
  ],
  'template-syntax.yaml': [
    `${AS}:12  HarborDown.summary  expected only {{ $labels.<name> }} or {{ $value }} templates, found "{{ .Labels.instance }}"  [alerts/template]`,
  ],
  // Go templates span lines: a query split over two lines is still a template, and still refused.
  'template-multiline.yaml': [
    `${AS}:13  HarborDown.description  expected only {{ $labels.<name> }} or {{ $value }} templates, found "{{ query "up" | first | value }}"  [alerts/template]`,
  ],
  'template-unclosed.yaml': [
    `${AS}:13  HarborDown.description  expected only {{ $labels.<name> }} or {{ $value }} templates, found an unmatched "{{"  [alerts/template]`,
  ],
  'service-not-file.yaml': [
    `${AS}:3  HarborDown.service  expected "harbor" (the file's service), found "nexus"  [alerts/service-file]`,
  ],
};

test('[alerts/*, dashboards/*] the good fixture site, alerts and dashboards included, has no errors', () => {
  const corpus = loadGood();
  assert.deepEqual(
    corpus.ops?.alerts.map((a) => a.data.name),
    ['HarborDown', 'HarborStorageHigh'],
  );
  assert.deepEqual(
    corpus.ops?.dashboards.map((d) => d.id),
    ['fleet'],
  );
  assert.deepEqual(lines(checkCorpus(corpus, {lock: GOOD_LOCK})), []);
});

test('[alerts/*] every bad alert fixture has a case', () => {
  assert.deepEqual(fs.readdirSync(path.join(FIXTURES, 'bad', 'alerts')).sort(), Object.keys(CASES).sort());
});

for (const [fixture, want] of Object.entries(CASES)) {
  test(`[alerts/*] bad alert ${fixture}: exactly the expected errors, one per mistake`, () => {
    assert.deepEqual(checkAlertFixture(fixture), want);
  });
}

test('[alerts/defined] a runbook naming an alert no record defines fails with file, line of alerts and rule', () => {
  // The fixture has no exercise log entry either; only the alert rules are pinned here.
  const errors = checkFixtureAt('runbook-alert-undefined.md', 'runbooks/disaster-recovery/harbor-x.md');
  assert.deepEqual(lines(errors.filter((e) => e.rule?.startsWith('alerts/'))), [
    'runbooks/disaster-recovery/harbor-x.md:11  alerts  expected an alert defined in monitoring/alerts/, found HarborDwn, which no alert record defines; did you mean HarborDown?  [alerts/defined]',
  ]);
});

test('[alerts/duplicate] an alert defined twice is reported at the second record', () => {
  const corpus = loadGood();
  const ops = corpus.ops!;
  ops.alerts.push({...ops.alerts[0], file: 'monitoring/alerts/harbor-copy.yaml'});
  assert.deepEqual(
    lines(checkCorpus(corpus, {lock: GOOD_LOCK})).filter((l) => l.includes('[alerts/duplicate]')),
    [
      'monitoring/alerts/harbor-copy.yaml:2  name  expected alert HarborDown defined once, found it also in monitoring/alerts/harbor.yaml:2  [alerts/duplicate]',
    ],
  );
});

/** The good fixture site in a temp folder with its dashboard edited, checked through the one loader. */
function checkDashboardEdit(edit: (yaml: string) => string, extraFiles: Record<string, string> = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-dash-'));
  fs.cpSync(path.join(FIXTURES, 'good'), dir, {recursive: true});
  for (const [file, text] of Object.entries(extraFiles)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  const fleet = path.join(dir, 'monitoring/dashboards/fleet.yaml');
  fs.writeFileSync(fleet, edit(fs.readFileSync(fleet, 'utf8')));
  return lines(loadAndCheck(dir).errors);
}

test('[dashboards/schema] a misspelt panel key is one error with a suggestion', () => {
  assert.deepEqual(
    checkDashboardEdit((s) => s.replace('unit: percentunit', 'units: percentunit')),
    [
      'monitoring/dashboards/fleet.yaml:12  panels[1].units  expected a known key, found unknown key "units"; did you mean "unit"?  [dashboards/schema]',
    ],
  );
});

test('[dashboards/panel-id] two panels with one id are refused, and the alert on the lost panel says so', () => {
  assert.deepEqual(
    checkDashboardEdit((s) => s.replace('id: harbor-storage', 'id: services-up')),
    [
      'monitoring/alerts/harbor.yaml:29  HarborStorageHigh.panel.panel  expected a panel of dashboard fleet, found "harbor-storage"  [alerts/panel]',
      'monitoring/dashboards/fleet.yaml:9  panels.services-up  expected panel id services-up once, found it twice  [dashboards/panel-id]',
    ],
  );
});

test('[dashboards/kpi] a panel linked to a KPI the KPI page does not define is refused', () => {
  const kpis =
    '---\ntitle: KPIs\ndescription: Rollout KPIs.\nowner: platform-team\nlast_reviewed: "2026-11-20"\n---\n\n## Start time p95\n\nText.\n';
  const errors = checkDashboardEdit(
    (s) => s.replace('    shows: Registry storage in use', '    shows: Registry storage in use\n    kpi: no-such-kpi'),
    {
      'docs/rollout/kpis.md': kpis,
    },
  );
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /^monitoring\/dashboards\/fleet\.yaml:\d+  .*no-such-kpi.*\[dashboards\/kpi\]$/);
});

test("[dashboards/schema] a dashboard url carrying a Go template is refused: it becomes every alert's dashboard_url", () => {
  assert.deepEqual(
    checkDashboardEdit((s) =>
      s.replace(/^url: .*$/m, 'url: https://grafana.example.internal/d/fleet?x={{ query "up" }}'),
    ),
    [
      'monitoring/dashboards/fleet.yaml:3  url  expected an https URL without spaces, quotes, braces or backslashes (percent-encode them), found "https://grafana.example.internal/d/fleet?x={{ query \\"up\\" }}"  [dashboards/schema]',
    ],
  );
});

/** Every error of the good site after `edit` changes its alert records in place. */
function checkAlertEdit(edit: (alerts: AlertRecord[], corpus: Corpus) => void): string[] {
  const corpus = loadGood();
  edit(corpus.ops!.alerts, corpus);
  return lines(checkCorpus(corpus, {lock: GOOD_LOCK}));
}
const harborDown = (alerts: AlertRecord[]) => alerts.find((a) => a.data.name === 'HarborDown')!.data;

test('[alerts/template] a label the by (...) clause keeps may be used, with spaces around it', () => {
  assert.deepEqual(
    checkAlertEdit((alerts) => {
      const d = harborDown(alerts);
      d.expr = 'sum by (job, instance) (probe_success{job="blackbox-http"}) == 0';
      d.summary = 'Harbor is down ({{ $labels.instance }} fails)';
      d.description = '{{ $labels.job }} failed.';
    }),
    [],
  );
});

test('[alerts/template] a by (...) clause after the aggregation keeps only the labels it names', () => {
  assert.deepEqual(
    checkAlertEdit((alerts) => {
      const d = harborDown(alerts);
      d.expr = 'max(probe_success{job="blackbox-http"}) by (job) == 0';
      d.description = '{{ $value }} for {{ $labels.job }} on {{ $labels.instance }}';
    }),
    [
      `${AS}:12  HarborDown.summary  expected a label the aggregation keeps, found $labels.instance, which no by (...) clause names  [alerts/template]`,
      `${AS}:13  HarborDown.description  expected a label the aggregation keeps, found $labels.instance, which no by (...) clause names  [alerts/template]`,
    ],
  );
});

test('[alerts/template] an unmatched delimiter is the one error of its field, even beside a refused template', () => {
  assert.deepEqual(
    checkAlertEdit((alerts) => (harborDown(alerts).description = '{{ .Labels.instance }} failed. {{ $value')),
    [
      `${AS}:13  HarborDown.description  expected only {{ $labels.<name> }} or {{ $value }} templates, found an unmatched "{{"  [alerts/template]`,
    ],
  );
});

test('[alerts/template] a refused template is shown whole up to 60 characters, and cut to 57 and "..." beyond', () => {
  const sixty = `{{ ${'x'.repeat(54)} }}`;
  assert.equal(sixty.length, 60);
  assert.deepEqual(
    checkAlertEdit((alerts) => {
      harborDown(alerts).summary = sixty;
      harborDown(alerts).description = `{{ ${'y'.repeat(55)} }}`;
    }),
    [
      `${AS}:12  HarborDown.summary  expected only {{ $labels.<name> }} or {{ $value }} templates, found "${sixty}"  [alerts/template]`,
      `${AS}:13  HarborDown.description  expected only {{ $labels.<name> }} or {{ $value }} templates, found "{{ ${'y'.repeat(54)}..."  [alerts/template]`,
    ],
  );
});

test('[alerts/duplicate] a third record of one name is a second error, each naming the first record', () => {
  const errors = checkAlertEdit((alerts) => {
    alerts.push({...alerts[0], file: 'monitoring/alerts/harbor-copy.yaml'});
    alerts.push({...alerts[0], file: 'monitoring/alerts/harbor-copy2.yaml'});
  });
  assert.deepEqual(errors, [
    'monitoring/alerts/harbor-copy.yaml:2  name  expected alert HarborDown defined once, found it also in monitoring/alerts/harbor.yaml:2  [alerts/duplicate]',
    'monitoring/alerts/harbor-copy2.yaml:2  name  expected alert HarborDown defined once, found it also in monitoring/alerts/harbor.yaml:2  [alerts/duplicate]',
  ]);
});

test('[alerts/defined] with no close name there is no suggestion', () => {
  const errors = checkAlertEdit((_, corpus) => {
    for (const r of corpus.records) if (r.type === 'runbook' && r.id === 'day-2/gc') r.data.alerts.push('VaultSealed');
  });
  assert.deepEqual(errors, [
    'runbooks/day-2/gc.md:8  alerts  expected an alert defined in monitoring/alerts/, found VaultSealed, which no alert record defines  [alerts/defined]',
  ]);
});

test('[alerts/defined] while an alert file failed to load, names it might define are not reported', () => {
  const errors = checkAlertEdit((_, corpus) => {
    corpus.ops!.incomplete = true;
    for (const r of corpus.records) if (r.type === 'runbook' && r.id === 'day-2/gc') r.data.alerts.push('VaultSealed');
  });
  assert.deepEqual(errors, []);
});

test('[alerts/runbook] [alerts/panel] without a close name there is no suggestion', () => {
  assert.deepEqual(
    checkAlertEdit((alerts) => {
      harborDown(alerts).runbook = 'vault/sealed';
      harborDown(alerts).panel = {dashboard: 'fleet', panel: 'zzzzzz'};
    }),
    [
      `${AS}:14  HarborDown.panel.panel  expected a panel of dashboard fleet, found "zzzzzz"  [alerts/panel]`,
      `${AS}:15  HarborDown.runbook  expected an existing runbook id, found "vault/sealed"  [alerts/runbook]`,
    ],
  );
});

const KPIS =
  '---\ntitle: KPIs\ndescription: Rollout KPIs.\nowner: platform-team\nlast_reviewed: "2026-11-20"\n---\n\n## Start time p95\n\nText.\n';

test('[dashboards/kpi] a panel linked to a heading the KPI page defines passes', () => {
  assert.deepEqual(
    checkDashboardEdit(
      (s) =>
        s.replace('    shows: Registry storage in use', '    shows: Registry storage in use\n    kpi: start-time-p95'),
      {'docs/rollout/kpis.md': KPIS},
    ),
    [],
  );
});

test('[dashboards/kpi] the error lists the anchors the KPI page does define', () => {
  const corpus = loadGood();
  corpus.ops!.dashboards[0].data.panels[1].kpi = 'no-such-kpi';
  corpus.records.push({
    ...corpus.records.find((r) => r.instance === 'docs')!,
    id: KPI_PAGE_ID,
    headings: [
      {anchor: 'start-time-p95', text: 'Start time p95'},
      {anchor: 'adoption', text: 'Adoption'},
    ],
  } as (typeof corpus.records)[number]);
  const errors = checkCorpus(corpus, {lock: GOOD_LOCK}).filter((e) => e.rule === 'dashboards/kpi');
  assert.deepEqual(
    errors.map((e) => [e.file, e.line, e.field, e.fix]),
    [['monitoring/dashboards/fleet.yaml', 9, 'panels.harbor-storage.kpi', 'use one of: start-time-p95, adoption']],
  );
});

test('[alerts/schema] near miss: a pending time at either bound (0s, 7d) passes the schema', () => {
  const source = fs.readFileSync(path.join(FIXTURES, 'bad', 'alerts', 'for-not-a-duration.yaml'), 'utf8');
  for (const d of ['0s', '0m', '7d', '168h']) {
    const parsed = parseAlertFile(AS, source.replace('for: 5 minutes', `for: ${d}`));
    assert.deepEqual(lines(parsed.errors), [], d);
    assert.equal(parsed.alerts[0].data.for, d);
  }
});

/** Every error of the good site after `edit`, as file:line, rule and fix: what the lines above leave out. */
function fixesAfter(edit: (corpus: Corpus) => void): string[] {
  const corpus = loadGood();
  edit(corpus);
  return sortErrors(checkCorpus(corpus, {lock: GOOD_LOCK})).map((e) => `${e.file}:${e.line} [${e.rule}] ${e.fix}`);
}
const pushAlert = (corpus: Corpus, name: string) => {
  for (const r of corpus.records) if (r.type === 'runbook' && r.id === 'day-2/gc') r.data.alerts.push(name);
};

test('[alerts/defined] the fix renames to the close name, or else adds the alert to the service file', () => {
  assert.deepEqual(
    fixesAfter((corpus) => pushAlert(corpus, 'HarborDwn')),
    ['runbooks/day-2/gc.md:8 [alerts/defined] rename it to HarborDown'],
  );
  assert.deepEqual(
    fixesAfter((corpus) => pushAlert(corpus, 'VaultSealed')),
    [
      'runbooks/day-2/gc.md:8 [alerts/defined] add VaultSealed to monitoring/alerts/harbor.yaml or remove it from alerts',
    ],
  );
});

test('[alerts/duplicate] the error sits on the name line of the second record, not on its first line', () => {
  const errors = checkAlertEdit((alerts) => {
    alerts.push({...alerts[0], file: 'monitoring/alerts/harbor-copy.yaml', line: 1, fieldLines: {name: 3}});
  });
  assert.deepEqual(errors, [
    'monitoring/alerts/harbor-copy.yaml:3  name  expected alert HarborDown defined once, found it also in monitoring/alerts/harbor.yaml:2  [alerts/duplicate]',
  ]);
});

/** The good site with the harbor-storage panel linked to `kpi`, and `pages` added as records. */
function withKpiLink(kpi: string, pages: {instance: 'docs' | 'runbooks'; anchors: string[]}[]): Corpus {
  const corpus = loadGood();
  corpus.ops!.dashboards[0].data.panels[1].kpi = kpi;
  const page = corpus.records.find((r) => r.instance === 'docs')!;
  for (const p of pages)
    corpus.records.push({
      ...page,
      instance: p.instance,
      id: KPI_PAGE_ID,
      headings: p.anchors.map((anchor) => ({anchor, text: anchor})),
    } as (typeof corpus.records)[number]);
  return corpus;
}
const kpiErrors = (corpus: Corpus) =>
  checkCorpus(corpus, {lock: GOOD_LOCK})
    .filter((e) => e.rule === 'dashboards/kpi')
    .map((e) => `${e.file}:${e.line} ${e.field}`);

test('[dashboards/kpi] a site without the KPI page leaves KPI links unchecked', () => {
  assert.deepEqual(kpiErrors(withKpiLink('no-such-kpi', [])), []);
});

test('[dashboards/kpi] a runbook at rollout/kpis is not the KPI page: its headings define no KPI', () => {
  assert.deepEqual(kpiErrors(withKpiLink('adoption', [{instance: 'runbooks', anchors: ['adoption']}])), []);
  assert.deepEqual(
    kpiErrors(
      withKpiLink('adoption', [
        {instance: 'runbooks', anchors: ['adoption']},
        {instance: 'docs', anchors: ['start-time-p95']},
      ]),
    ),
    ['monitoring/dashboards/fleet.yaml:9 panels.harbor-storage.kpi'],
  );
});
