import fs from 'node:fs';
import path from 'node:path';
import type {ParsedYaml} from './frontmatter';
import {validateWith} from './validate';
import {contentError, type ContentError} from './errors';
import {readContentText} from './readText';
import {parseYamlRecord, parseYamlText} from './readYamlRecord';
import {ALERT_TESTS_DIR, type ProbeCatalogue, type ProbeRecord, type TestSeriesUse} from './opsCatalogue';
import {probeSchema, probesFileSchema} from './schemas';

/**
 * The blackbox exporter's probes: the jobs behind every probe_success and probe_http_status_code series an alert
 * reads. The build turns them into the exporter's modules file and Prometheus' scrape configs (generate/probes.ts).
 */
export const PROBES_FILE = 'monitoring/probes.yaml';

/** Parses monitoring/probes.yaml; each probe is validated on its own, so one bad record is one error. */
export function parseProbesFile(file: string, source: string): {probes?: ProbeCatalogue; errors: ContentError[]} {
  const {yaml, value: shape, errors} = parseYamlRecord(source, file, probesFileSchema, 'probes/schema');
  if (!yaml || !shape) return {errors};
  const probes: ProbeRecord[] = [];
  const rejected: string[] = [];
  const seen = new Map<string, number>();
  shape.probes.forEach((raw, i) => {
    const lineOf: ParsedYaml['lineOf'] = (p, o) => yaml.lineOf(['probes', i, ...p], o);
    const line = lineOf([]);
    const r = validateWith(probeSchema, raw, file, {lineOf}, `probes[${i}]`, 'probes/schema');
    if (!r.value) {
      errors.push(...r.errors);
      const job = (raw as {job?: unknown} | null)?.job;
      if (typeof job === 'string') rejected.push(job);
      return;
    }
    const first = seen.get(r.value.job);
    if (first !== undefined) {
      const message = `expected probe job ${r.value.job} declared once, found it also at line ${first}`;
      errors.push(
        contentError({
          file,
          line,
          field: `probes[${i}].job`,
          message,
          fix: 'merge the two records: one job is one blackbox module',
          rule: 'probes/schema',
        }),
      );
      return;
    }
    seen.set(r.value.job, line);
    probes.push({file, line, data: r.value});
  });
  return {probes: {file, exporter: shape.exporter, probes, rejected}, errors};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The input series and expected labels of one promtool test file. Read leniently: the shape is alerts/tested's to
 * report, and promtool judges the rest.
 */
export function testSeriesUses(file: string, source: string): TestSeriesUse[] {
  const {yaml} = parseYamlText(source, file, 'alerts/tested');
  if (!yaml || !isRecord(yaml.data)) return [];
  const uses: TestSeriesUse[] = [];
  items(yaml.data.tests).forEach((group, i) => {
    if (!isRecord(group)) return;
    const name = typeof group.name === 'string' ? `test "${group.name}"` : `test group ${i + 1}`;
    items(group.input_series).forEach((s, k) => {
      if (!isRecord(s) || typeof s.series !== 'string') return;
      const at = ['tests', i, 'input_series', k, 'series'];
      uses.push({
        file,
        line: yaml.lineOf(at),
        field: `tests[${i}].input_series[${k}].series`,
        what: `the input series of ${name}`,
        series: s.series,
      });
    });
    items(group.alert_rule_test).forEach((c, j) => {
      if (!isRecord(c)) return;
      items(c.exp_alerts).forEach((e, k) => {
        if (!isRecord(e) || !isRecord(e.exp_labels)) return;
        const labels = Object.fromEntries(
          Object.entries(e.exp_labels).flatMap(([l, v]) => (typeof v === 'string' ? [[l, v]] : [])),
        );
        const at = ['tests', i, 'alert_rule_test', j, 'exp_alerts', k, 'exp_labels'];
        uses.push({
          file,
          line: yaml.lineOf(at, {key: true}),
          field: `tests[${i}].alert_rule_test[${j}].exp_alerts[${k}].exp_labels`,
          what: `the expected ${String(c.alertname)} alert at ${String(c.eval_time)}`,
          labels,
        });
      });
    });
  });
  return uses;
}

/** Reads monitoring/probes.yaml and the series of monitoring/tests/ under `siteDir`, for the one loader. */
export function loadProbes(siteDir: string): {
  probes?: ProbeCatalogue;
  probesMissing: boolean;
  testSeries: TestSeriesUse[];
  errors: ContentError[];
} {
  const abs = path.join(siteDir, PROBES_FILE);
  const read = fs.existsSync(abs) ? readContentText(siteDir, PROBES_FILE, 'probes/schema') : undefined;
  const parsed = read && (read.text === undefined ? {errors: read.errors} : parseProbesFile(PROBES_FILE, read.text));
  const testsDir = path.join(siteDir, ALERT_TESTS_DIR);
  const testFiles = fs.existsSync(testsDir)
    ? fs
        .readdirSync(testsDir)
        .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
        .sort()
    : [];
  const testSeries = testFiles.flatMap((n) =>
    testSeriesUses(`${ALERT_TESTS_DIR}/${n}`, fs.readFileSync(path.join(testsDir, n), 'utf8')),
  );
  return {probes: parsed?.probes, probesMissing: !parsed, testSeries, errors: parsed?.errors ?? []};
}
