import type {RuleId} from '../rules';
import path from 'node:path';
import {contentError, didYouMean, type ContentError} from '../errors';
import {opsOf, runbooks, type Corpus, type RunbookRecord} from '../records';
import type {AlertRecord, DashboardRecord, OpsCatalogue} from '../opsCatalogue';
import {selectorMatchers} from '../promql';

/** The page whose headings define the KPIs that dashboard panels show. */
export const KPI_PAGE_ID = 'rollout/kpis';

// Only what Prometheus fills in for an alert: its labels and its value, optionally through a humanize function.
// Go templates may span lines, so a template is anything from {{ to the next }}, newlines included.
const TEMPLATE_RE = /\{\{([\s\S]*?)\}\}/g;
const HUMANIZE = '(?:humanize|humanizeDuration|humanizePercentage|humanize1024)';
const ALLOWED_TEMPLATE = new RegExp(
  `^\\s*(?:${HUMANIZE}\\s+)?(\\$value|\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*))(?:\\s*\\|\\s*${HUMANIZE})?\\s*$`,
);
// An aggregation drops every label its by (...) clause does not name, so a template can only use those.
const AGGREGATES = /\b(sum|min|max|avg|count|group|stddev|stdvar|quantile|histogram_quantile)\b/;
const keptLabels = (expr: string) =>
  new Set([...expr.matchAll(/\bby\s*\(([^)]*)\)/g)].flatMap((m) => m[1].split(',').map((l) => l.trim())));

const suggest = (guess: string | undefined, quote = '') => (guess ? `; did you mean ${quote}${guess}${quote}?` : '');

/**
 * Cross-checks between the alert records, the dashboards and the runbooks (issue 11):
 * every alert a runbook names has a record, every record's runbook exists and lists it,
 * every panel reference resolves, and templates use only labels the expression can carry.
 */
export function checkAlertCatalogue(corpus: Corpus): ContentError[] {
  const ops = opsOf(corpus);
  const errors: ContentError[] = [];
  const byName = new Map<string, AlertRecord>();
  for (const a of ops.alerts) {
    const first = byName.get(a.data.name);
    if (!first) byName.set(a.data.name, a);
    else {
      errors.push(
        contentError({
          file: a.file,
          line: a.fieldLines.name ?? a.line,
          field: 'name',
          message: `expected alert ${a.data.name} defined once, found it also in ${first.file}:${first.line}`,
          fix: 'keep one record per alert',
          rule: 'alerts/duplicate',
        }),
      );
    }
  }
  const books = runbooks(corpus);
  const bookById = new Map(books.map((r) => [r.id, r]));
  const dashboards = new Map(ops.dashboards.map((d) => [d.id, d]));
  return [
    ...errors,
    ...(ops.incomplete ? [] : books.flatMap((r) => checkDefined(r, byName, ops))),
    ...[...byName.values()].flatMap((a) => [...checkRecord(a, bookById, dashboards, ops), ...checkTemplates(a)]),
    ...checkDashboards(corpus, ops.dashboards),
  ];
}

/** alerts/defined: a runbook names only alerts that have a record. */
function checkDefined(r: RunbookRecord, byName: Map<string, AlertRecord>, ops: OpsCatalogue): ContentError[] {
  return r.data.alerts
    .filter((name) => !byName.has(name) && !ops.rejectedAlerts.includes(name))
    .map((name) => {
      const guess = didYouMean(name, [...byName.keys()]);
      return contentError({
        file: r.file,
        line: r.fieldLines.alerts ?? r.frontmatterLine,
        field: 'alerts',
        message:
          `expected an alert defined in monitoring/alerts/, found ${name}, which no alert record defines` +
          suggest(guess),
        fix: guess
          ? `rename it to ${guess}`
          : `add ${name} to monitoring/alerts/${r.data.service}.yaml or remove it from alerts`,
        rule: 'alerts/defined',
      });
    });
}

/** The record's file, runbook (alerts/runbook) and dashboard panel (alerts/panel). */
function checkRecord(
  a: AlertRecord,
  bookById: Map<string, RunbookRecord>,
  dashboards: Map<string, DashboardRecord>,
  ops: OpsCatalogue,
): ContentError[] {
  const d = a.data;
  const at = (field: string, message: string, rule: RuleId, fix?: string) =>
    contentError({
      file: a.file,
      line: a.fieldLines[field.split('.')[0]] ?? a.line,
      field: `${d.name}.${field}`,
      message,
      fix,
      rule,
    });
  const errors: ContentError[] = [];
  const stem = path.basename(a.file, '.yaml');
  if (d.service !== stem) {
    const fix = `move the alert to monitoring/alerts/${d.service}.yaml or fix the service`;
    const message = `expected "${stem}" (the file's service), found "${d.service}"`;
    errors.push(at('service', message, 'alerts/service-file', fix));
  }
  const book = bookById.get(d.runbook);
  if (!book) {
    const guess = suggest(didYouMean(d.runbook, [...bookById.keys()]), '"');
    const message = `expected an existing runbook id, found "${d.runbook}"${guess}`;
    errors.push(at('runbook', message, 'alerts/runbook', 'use the runbook path under runbooks/ without .md'));
  } else if (!book.data.alerts.includes(d.name)) {
    const message = `expected ${book.file} to list ${d.name} in its alerts, found [${book.data.alerts.join(', ')}]`;
    errors.push(at('runbook', message, 'alerts/runbook', `add ${d.name} to the alerts: line of ${book.file}`));
  }
  const dash = dashboards.get(d.panel.dashboard);
  if (!dash) {
    if (!ops.rejectedDashboards.includes(d.panel.dashboard)) {
      const message = `expected a dashboard in monitoring/dashboards/, found "${d.panel.dashboard}"`;
      errors.push(at('panel.dashboard', message, 'alerts/panel', `use one of: ${[...dashboards.keys()].join(', ')}`));
    }
  } else if (!dash.data.panels.some((p) => p.id === d.panel.panel)) {
    const ids = dash.data.panels.map((p) => p.id);
    const guess = suggest(didYouMean(d.panel.panel, ids), '"');
    const message = `expected a panel of dashboard ${dash.id}, found "${d.panel.panel}"${guess}`;
    errors.push(at('panel.panel', message, 'alerts/panel', `use one of: ${ids.join(', ')}`));
  }
  return errors;
}

/** alerts/template: summary and description use only labels and the value, and only labels that survive. */
function checkTemplates(a: AlertRecord): ContentError[] {
  const d = a.data;
  const errors: ContentError[] = [];
  // Which labels survive is only known for an expression that parses; one that does not is metrics/promql's one error.
  const parses = selectorMatchers(d.expr) !== undefined;
  for (const field of ['summary', 'description'] as const) {
    const line = a.fieldLines[field] ?? a.line;
    const base = {file: a.file, line, field: `${d.name}.${field}`, rule: 'alerts/template' as const};
    // A delimiter left over once every template is taken out opens a template Go would still run.
    const stray = /\{\{|\}\}/.exec(d[field].replace(TEMPLATE_RE, ''));
    if (stray) {
      const message = `expected only {{ $labels.<name> }} or {{ $value }} templates, found an unmatched "${stray[0]}"`;
      errors.push(contentError({...base, message, fix: 'close the template on the same line, or remove the braces'}));
      continue;
    }
    for (const m of d[field].matchAll(TEMPLATE_RE)) {
      const ok = ALLOWED_TEMPLATE.exec(m[1]);
      const label = ok?.[2];
      if (!ok) {
        const shown = m[0].replace(/\s+/g, ' ');
        const message = `expected only {{ $labels.<name> }} or {{ $value }} templates, found "${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}"`;
        errors.push(contentError({...base, message}));
      } else if (label && parses && AGGREGATES.test(d.expr) && !keptLabels(d.expr).has(label)) {
        const message = `expected a label the aggregation keeps, found $labels.${label}, which no by (...) clause names`;
        const fix = `add ${label} to the by (...) clause or drop it from the ${field}`;
        errors.push(contentError({...base, message, fix}));
      }
    }
  }
  return errors;
}

/** dashboards/panel-id and dashboards/kpi: panel ids are unique and KPI links land on a heading. */
function checkDashboards(corpus: Corpus, dashboards: DashboardRecord[]): ContentError[] {
  const kpiPage = corpus.records.find((r) => r.instance === 'docs' && r.id === KPI_PAGE_ID);
  const anchors = new Set(kpiPage?.headings.map((h) => h.anchor) ?? []);
  const errors: ContentError[] = [];
  for (const dash of dashboards) {
    const seen = new Set<string>();
    for (const p of dash.data.panels) {
      const line = dash.panelLines[p.id] ?? dash.line;
      if (seen.has(p.id)) {
        const message = `expected panel id ${p.id} once, found it twice`;
        const rule = 'dashboards/panel-id';
        errors.push(contentError({file: dash.file, line, field: `panels.${p.id}`, message, rule}));
      }
      seen.add(p.id);
      if (p.kpi && kpiPage && !anchors.has(p.kpi)) {
        errors.push(
          contentError({
            file: dash.file,
            line,
            field: `panels.${p.id}.kpi`,
            message: `expected a heading anchor of docs/rollout/kpis.md, found "${p.kpi}"`,
            fix: `use one of: ${[...anchors].join(', ')}`,
            rule: 'dashboards/kpi',
          }),
        );
      }
    }
  }
  return errors;
}
