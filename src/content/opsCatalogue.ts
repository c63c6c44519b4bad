import type {RuleId} from './rules';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {parseYaml, type ParsedYaml} from './frontmatter';
import {validateWith} from './validate';
import {contentError, type ContentError} from './errors';
import {ALERT_RE, alertSchema, dashboardSchema, expected, type Alert, type Dashboard} from './schemas';

/** Alerts and dashboards live beside the pages, as YAML records: one file per service, one per dashboard. */
export const ALERTS_DIR = 'monitoring/alerts';
export const DASHBOARDS_DIR = 'monitoring/dashboards';

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
  data: Dashboard;
}

export interface OpsCatalogue {
  alerts: AlertRecord[];
  dashboards: DashboardRecord[];
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

/**
 * A misspelt key yields "unknown key" (with its suggestion) and "required field missing" for the same mistake;
 * keep the first, which names both.
 */
function dropSuggestedMissing(errors: ContentError[]): ContentError[] {
  const suggested = new Set(
    errors.flatMap((e) => {
      const m = /did you mean "([^"]+)"\?/.exec(e.message);
      return m ? [`${e.field.replace(/[^.]+$/, '')}${m[1]}`] : [];
    }),
  );
  return errors.filter((e) => !(suggested.has(e.field) && e.message.includes('the required field is missing')));
}

// Schema errors of these files carry the catalogue's own rule; plain-text problems keep theirs.
const withRule = (rule: RuleId) => (e: ContentError) => (e.rule.startsWith('frontmatter/') ? {...e, rule} : e);

function readYaml(file: string, source: string, rule: RuleId): {yaml?: ParsedYaml; errors: ContentError[]} {
  const yaml = parseYaml(source, 1);
  if (yaml.syntaxErrors.length) {
    const errors = yaml.syntaxErrors.map((s) =>
      contentError({file, line: s.line, field: '(file)', message: `expected valid YAML, found: ${s.message}`, rule}),
    );
    return {errors};
  }
  return {yaml, errors: []};
}

const alertListSchema = z.strictObject(
  {alerts: z.array(z.unknown(), {error: expected('a list of alerts')}).min(1, expected('at least one alert'))},
  {error: expected('a YAML mapping with an alerts: list')},
);

/** Parses one monitoring/alerts/<service>.yaml. Each alert is validated on its own, so one bad alert is one error. */
export function parseAlertFile(
  file: string,
  source: string,
): {alerts: AlertRecord[]; rejected: string[]; incomplete: boolean; errors: ContentError[]} {
  const {yaml, errors} = readYaml(file, source, 'alerts/schema');
  if (!yaml) return {alerts: [], rejected: [], incomplete: true, errors};
  const shape = validateWith(alertListSchema, yaml.data ?? null, file, yaml);
  if (!shape.value)
    return {alerts: [], rejected: [], incomplete: true, errors: shape.errors.map(withRule('alerts/schema'))};
  const alerts: AlertRecord[] = [];
  const rejected: string[] = [];
  let incomplete = false;
  shape.value.alerts.forEach((raw, i) => {
    const lineOf: ParsedYaml['lineOf'] = (p, o) => yaml.lineOf(['alerts', i, ...p], o);
    const {value, errors: alertErrors} = validateWith(alertSchema, raw, file, {lineOf}, `alerts[${i}]`);
    if (!value) {
      errors.push(...dropSuggestedMissing(alertErrors).map(withRule('alerts/schema')));
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
  const {yaml, errors} = readYaml(file, source, 'dashboards/schema');
  if (!yaml) return {errors};
  const {value, errors: schemaErrors} = validateWith(dashboardSchema, yaml.data ?? null, file, yaml);
  if (!value) return {errors: dropSuggestedMissing(schemaErrors).map(withRule('dashboards/schema'))};
  const panelLines = Object.fromEntries(value.panels.map((p, i) => [p.id, yaml.lineOf(['panels', i])]));
  return {dashboard: {file, id: path.basename(file, '.yaml'), line: 1, panelLines, data: value}, errors: []};
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
    const r = parseAlertFile(file, fs.readFileSync(path.join(siteDir, file), 'utf8'));
    catalogue.alerts.push(...r.alerts);
    catalogue.rejectedAlerts.push(...r.rejected);
    if (r.incomplete) catalogue.incomplete = true;
    errors.push(...r.errors);
  }
  for (const file of listYaml(siteDir, DASHBOARDS_DIR)) {
    const r = parseDashboardFile(file, fs.readFileSync(path.join(siteDir, file), 'utf8'));
    if (r.dashboard) catalogue.dashboards.push(r.dashboard);
    else catalogue.rejectedDashboards.push(path.basename(file, '.yaml'));
    errors.push(...r.errors);
  }
  return {catalogue, errors};
}
