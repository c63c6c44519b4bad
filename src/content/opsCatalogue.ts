import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type {ParsedYaml} from './frontmatter';
import {parseYamlRecord, withRule} from './readYamlRecord';
import {validateWith} from './validate';
import {readContentText} from './readText';
import {contentError, type ContentError} from './errors';
import {
  ALERT_RE,
  alertSchema,
  alertTestFileSchema,
  dashboardSchema,
  expected,
  metricSchema,
  metricsFileSchema,
  type Alert,
  type Dashboard,
  type Metric,
  type Probe,
} from './schemas';

/** Alerts and dashboards live beside the pages, as YAML records: one file per service, one per dashboard. */
export const ALERTS_DIR = 'monitoring/alerts';
export const DASHBOARDS_DIR = 'monitoring/dashboards';
/** The metrics catalogue: every metric an expression in monitoring/ may use. */
export const METRICS_FILE = 'monitoring/metrics.yaml';
/** promtool test files, one per service, beside the alert records they test. */
export const ALERT_TESTS_DIR = 'monitoring/tests';

export interface AlertRecord {
  file: string;
  /** File line of the alert's `- name:` item, where errors about the whole alert point. */
  line: number;
  /** File line of each key of the alert, so checks can point at the field they fault. */
  fieldLines: Record<string, number>;
  data: Alert;
}

export interface DashboardRecord {
  file: string;
  /** The file name without `.yaml`: what alerts and pages call the dashboard. */
  id: string;
  line: number;
  /** File line of each panel's `- id:` item, by panel id. */
  panelLines: Record<string, number>;
  /** File line of each panel's `expr:` key, by panel id. */
  exprLines: Record<string, number>;
  data: Dashboard;
}

export interface MetricRecord {
  file: string;
  line: number;
  data: Metric;
}

/** A record of monitoring/probes.yaml (src/content/probes.ts reads it). */
export interface ProbeRecord {
  file: string;
  /** File line of the probe's `- job:` item. */
  line: number;
  data: Probe;
}

export interface ProbeCatalogue {
  file: string;
  /** host:port where Prometheus reaches the exporter. */
  exporter: string;
  probes: ProbeRecord[];
  /** Job names whose record failed validation: already reported, so uses of them are not reported again. */
  rejected: string[];
}

/**
 * A series a promtool case feeds in (`series`, a selector as written) or the labels an expected alert carries
 * (`labels`): where probes/undeclared looks for probe jobs in monitoring/tests/.
 */
export interface TestSeriesUse {
  file: string;
  line: number;
  field: string;
  /** How an error names it: "the input series of test "..."" or "the expected HarborDown alert at 6m". */
  what: string;
  series?: string;
  labels?: Record<string, string>;
}

/** What one promtool test file says about one alert: where it is tested, and whether a case expects it to fire. */
export interface AlertTestCoverage {
  file: string;
  line: number;
  /** Some alert_rule_test expects the alert firing. */
  fires: boolean;
  /** Some alert_rule_test expects no alert (below the threshold or before its for:). */
  silent: boolean;
}

export interface OpsCatalogue {
  alerts: AlertRecord[];
  dashboards: DashboardRecord[];
  /** The metrics catalogue; undefined when monitoring/metrics.yaml is missing or unreadable (already reported). */
  metrics?: MetricRecord[];
  /** Metric names whose record failed validation, so expressions using them are not reported again. */
  rejectedMetrics?: string[];
  /** Alert name to the promtool cases that test it; undefined when there are no test files at all. */
  alertTests?: Map<string, AlertTestCoverage[]>;
  /** A test file could not be read: which alerts it covers is unknown, so "no case" would repeat its error. */
  alertTestsIncomplete?: boolean;
  /** monitoring/probes.yaml (src/content/probes.ts); undefined when it is missing or unreadable. */
  probes?: ProbeCatalogue;
  /** True when monitoring/probes.yaml does not exist, which probes/undeclared reports once if a probe job is used. */
  probesMissing?: boolean;
  /** The series promtool cases feed in and the labels they expect, where probes/undeclared reads probe jobs. */
  testSeries?: TestSeriesUse[];
  /** Names of alerts (and ids of dashboards) that failed validation: already reported, so cross-checks skip them. */
  rejectedAlerts: string[];
  rejectedDashboards: string[];
  /**
   * True when an alert file could not be read or an alert has no usable name: the set of defined alerts is
   * unknown, so "no record defines it" would only repeat the error already reported.
   */
  incomplete?: boolean;
}

export const emptyCatalogue = (): OpsCatalogue => ({
  alerts: [],
  dashboards: [],
  rejectedAlerts: [],
  rejectedDashboards: [],
});

const alertListSchema = z.strictObject(
  {alerts: z.array(z.unknown(), {error: expected('a list of alerts')}).min(1, expected('at least one alert'))},
  {error: expected('a YAML mapping with an alerts: list')},
);

/** Parses one monitoring/alerts/<service>.yaml. Each alert is validated on its own, so one bad alert is one error. */
export function parseAlertFile(
  file: string,
  source: string,
): {alerts: AlertRecord[]; rejected: string[]; incomplete: boolean; errors: ContentError[]} {
  const {yaml, value: list, errors} = parseYamlRecord(source, file, alertListSchema, 'alerts/schema');
  if (!yaml || !list) return {alerts: [], rejected: [], incomplete: true, errors};
  const alerts: AlertRecord[] = [];
  const rejected: string[] = [];
  let incomplete = false;
  list.alerts.forEach((raw, i) => {
    const lineOf: ParsedYaml['lineOf'] = (p, o) => yaml.lineOf(['alerts', i, ...p], o);
    const {value, errors: alertErrors} = validateWith(alertSchema, raw, file, {lineOf}, `alerts[${i}]`);
    if (!value) {
      errors.push(...alertErrors.map(withRule('alerts/schema')));
      const name = (raw as {name?: unknown} | null)?.name;
      if (typeof name === 'string' && ALERT_RE.test(name)) rejected.push(name);
      else incomplete = true;
      return;
    }
    const fieldLines = Object.fromEntries(Object.keys(raw as object).map((k) => [k, lineOf([k], {key: true})]));
    alerts.push({file, line: lineOf([]), fieldLines, data: value});
  });
  return {alerts, rejected, incomplete, errors};
}

/** Parses one monitoring/dashboards/<id>.yaml. */
export function parseDashboardFile(
  file: string,
  source: string,
): {dashboard?: DashboardRecord; errors: ContentError[]} {
  const {yaml, value, errors} = parseYamlRecord(source, file, dashboardSchema, 'dashboards/schema');
  if (!yaml || !value) return {errors};
  const panelLines = Object.fromEntries(value.panels.map((p, i) => [p.id, yaml.lineOf(['panels', i])]));
  const exprLines = Object.fromEntries(
    value.panels.map((p, i) => [p.id, yaml.lineOf(['panels', i, 'expr'], {key: true})]),
  );
  const id = path.basename(file, '.yaml');
  return {dashboard: {file, id, line: 1, panelLines, exprLines, data: value}, errors: []};
}

/** Parses monitoring/metrics.yaml; each metric is validated on its own, so one bad record is one error. */
export function parseMetricsFile(
  file: string,
  source: string,
): {metrics?: MetricRecord[]; rejected: string[]; errors: ContentError[]} {
  const {yaml, value: shape, errors} = parseYamlRecord(source, file, metricsFileSchema, 'metrics/schema');
  if (!yaml || !shape) return {rejected: [], errors};
  const metrics: MetricRecord[] = [];
  const rejected: string[] = [];
  const seen = new Map<string, number>();
  shape.metrics.forEach((raw, i) => {
    const lineOf: ParsedYaml['lineOf'] = (p, o) => yaml.lineOf(['metrics', i, ...p], o);
    const line = lineOf([]);
    const r = validateWith(metricSchema, raw, file, {lineOf}, `metrics[${i}]`, 'metrics/schema');
    if (!r.value) {
      errors.push(...r.errors);
      const name = (raw as {name?: unknown} | null)?.name;
      if (typeof name === 'string') rejected.push(name);
      return;
    }
    const first = seen.get(r.value.name);
    if (first !== undefined) {
      const message = `expected metric ${r.value.name} declared once, found it also at line ${first}`;
      errors.push(
        contentError({
          file,
          line,
          field: `metrics[${i}].name`,
          message,
          fix: 'merge the two records',
          rule: 'metrics/schema',
        }),
      );
      return;
    }
    seen.set(r.value.name, line);
    metrics.push({file, line, data: r.value});
  });
  return {metrics, rejected, errors};
}

/**
 * Parses one promtool test file (monitoring/tests/<service>.test.yaml). Only what the coverage rule needs is
 * validated here; promtool itself judges the rest when the unit tests run it.
 */
export function parseAlertTestFile(
  file: string,
  source: string,
): {coverage: Map<string, AlertTestCoverage>; errors: ContentError[]} {
  const coverage = new Map<string, AlertTestCoverage>();
  const {yaml, value, errors} = parseYamlRecord(source, file, alertTestFileSchema, 'alerts/tested');
  if (!yaml || !value) return {coverage, errors};
  value.tests.forEach((t, i) =>
    t.alert_rule_test.forEach((c, j) => {
      const seen = coverage.get(c.alertname) ?? {
        file,
        line: yaml.lineOf(['tests', i, 'alert_rule_test', j, 'alertname'], {key: true}),
        fires: false,
        silent: false,
      };
      if (c.exp_alerts.length) seen.fires = true;
      else seen.silent = true;
      coverage.set(c.alertname, seen);
    }),
  );
  return {coverage, errors: []};
}

function listYaml(siteDir: string, dir: string): string[] {
  const abs = path.join(siteDir, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
    .sort()
    .map((n) => `${dir}/${n}`);
}

/** Reads every alert and dashboard record under `siteDir`, sorted by file. */
export function loadOpsCatalogue(siteDir: string): {catalogue: OpsCatalogue; errors: ContentError[]} {
  const catalogue = emptyCatalogue();
  const errors: ContentError[] = [];
  for (const file of listYaml(siteDir, ALERTS_DIR)) {
    const read = readContentText(siteDir, file, 'alerts/schema');
    if (read.text === undefined) {
      catalogue.incomplete = true;
      errors.push(...read.errors);
      continue;
    }
    const r = parseAlertFile(file, read.text);
    catalogue.alerts.push(...r.alerts);
    catalogue.rejectedAlerts.push(...r.rejected);
    if (r.incomplete) catalogue.incomplete = true;
    errors.push(...r.errors);
  }
  for (const file of listYaml(siteDir, DASHBOARDS_DIR)) {
    const read = readContentText(siteDir, file, 'dashboards/schema');
    if (read.text === undefined) {
      catalogue.rejectedDashboards.push(path.basename(file, '.yaml'));
      errors.push(...read.errors);
      continue;
    }
    const r = parseDashboardFile(file, read.text);
    if (r.dashboard) catalogue.dashboards.push(r.dashboard);
    else catalogue.rejectedDashboards.push(path.basename(file, '.yaml'));
    errors.push(...r.errors);
  }
  const hasRecords = catalogue.alerts.length + catalogue.dashboards.length > 0;
  if (fs.existsSync(path.join(siteDir, METRICS_FILE))) {
    const read = readContentText(siteDir, METRICS_FILE, 'metrics/schema');
    const r =
      read.text === undefined
        ? {metrics: [], rejected: [], errors: read.errors}
        : parseMetricsFile(METRICS_FILE, read.text);
    catalogue.metrics = r.metrics;
    catalogue.rejectedMetrics = r.rejected;
    errors.push(...r.errors);
  } else if (hasRecords) {
    const message =
      'expected the metrics catalogue that alert and panel expressions are checked against, found no file';
    const fix = `declare every metric the expressions use in ${METRICS_FILE}`;
    errors.push(contentError({file: METRICS_FILE, line: 1, field: '(file)', message, fix, rule: 'metrics/schema'}));
  }
  const testFiles = listYaml(siteDir, ALERT_TESTS_DIR);
  if (testFiles.length || hasRecords) catalogue.alertTests = new Map();
  for (const file of testFiles) {
    const read = readContentText(siteDir, file, 'alerts/tested');
    const r = read.text === undefined ? {coverage: [], errors: read.errors} : parseAlertTestFile(file, read.text);
    for (const [alert, c] of r.coverage)
      catalogue.alertTests!.set(alert, [...(catalogue.alertTests!.get(alert) ?? []), c]);
    if (r.errors.length) catalogue.alertTestsIncomplete = true;
    errors.push(...r.errors);
  }
  return {catalogue, errors};
}
