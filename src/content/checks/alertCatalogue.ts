import path from 'node:path';
import {contentError, didYouMean, type ContentError} from '../errors';
import {opsOf, runbooks, type Corpus} from '../records';
import type {AlertRecord} from '../opsCatalogue';

/** The page whose headings define the KPIs that dashboard panels show. */
export const KPI_PAGE_ID = 'rollout/kpis';

/** Heading text to the anchor Docusaurus gives it (enough for plain-word headings). */
export const headingAnchor = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .trim()
    .replace(/\s+/g, '-');

// Only what Prometheus fills in for an alert: its labels and its value, optionally through a humanize function.
const TEMPLATE_RE = /\{\{(.*?)\}\}/g;
const HUMANIZE = '(?:humanize|humanizeDuration|humanizePercentage|humanize1024)';
const ALLOWED_TEMPLATE = new RegExp(
  `^\\s*(?:${HUMANIZE}\\s+)?(\\$value|\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*))(?:\\s*\\|\\s*${HUMANIZE})?\\s*$`,
);

// An aggregation drops every label its by (...) clause does not name, so a template can only use those.
const AGGREGATES = /\b(sum|min|max|avg|count|group|stddev|stdvar|quantile|histogram_quantile)\b/;
const keptLabels = (expr: string) =>
  new Set([...expr.matchAll(/\bby\s*\(([^)]*)\)/g)].flatMap((m) => m[1].split(',').map((l) => l.trim())));

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
    if (first) {
      errors.push(contentError({file: a.file, line: a.fieldLines.name ?? a.line, field: 'name', message: `expected alert ${a.data.name} defined once, found it also in ${first.file}:${first.line}`, fix: 'keep one record per alert', rule: 'alerts/duplicate'}));
    } else byName.set(a.data.name, a);
  }
  const known = [...byName.keys()];
  const rejected = new Set(ops.rejectedAlerts);
  const books = runbooks(corpus);
  const bookById = new Map(books.map((r) => [r.id, r]));

  for (const r of ops.incomplete ? [] : books) {
    for (const name of r.data.alerts) {
      if (byName.has(name) || rejected.has(name)) continue;
      const guess = didYouMean(name, known);
      errors.push(contentError({file: r.file, line: r.fieldLines.alerts ?? r.frontmatterLine, field: 'alerts', message: `expected an alert defined in monitoring/alerts/, found ${name}, which no alert record defines${guess ? `; did you mean ${guess}?` : ''}`, fix: guess ? `rename it to ${guess}` : `add ${name} to monitoring/alerts/${r.data.service}.yaml or remove it from alerts`, rule: 'alerts/defined'}));
    }
  }

  const dashboards = new Map(ops.dashboards.map((d) => [d.id, d]));
  const rejectedDashboards = new Set(ops.rejectedDashboards);
  for (const a of byName.values()) {
    const d = a.data;
    const at = (field: string) => a.fieldLines[field] ?? a.line;
    const stem = path.basename(a.file, '.yaml');
    if (d.service !== stem) {
      errors.push(contentError({file: a.file, line: at('service'), field: `${d.name}.service`, message: `expected "${stem}" (the file's service), found "${d.service}"`, fix: `move the alert to monitoring/alerts/${d.service}.yaml or fix the service`, rule: 'alerts/service-file'}));
    }
    const book = bookById.get(d.runbook);
    if (!book) {
      const guess = didYouMean(d.runbook, [...bookById.keys()]);
      errors.push(contentError({file: a.file, line: at('runbook'), field: `${d.name}.runbook`, message: `expected an existing runbook id, found "${d.runbook}"${guess ? `; did you mean "${guess}"?` : ''}`, fix: 'use the runbook path under runbooks/ without .md', rule: 'alerts/runbook'}));
    } else if (!book.data.alerts.includes(d.name)) {
      errors.push(contentError({file: a.file, line: at('runbook'), field: `${d.name}.runbook`, message: `expected ${book.file} to list ${d.name} in its alerts, found [${book.data.alerts.join(', ')}]`, fix: `add ${d.name} to the alerts: line of ${book.file}`, rule: 'alerts/runbook'}));
    }
    const dash = dashboards.get(d.panel.dashboard);
    if (!dash) {
      if (!rejectedDashboards.has(d.panel.dashboard)) {
        errors.push(contentError({file: a.file, line: at('panel'), field: `${d.name}.panel.dashboard`, message: `expected a dashboard in monitoring/dashboards/, found "${d.panel.dashboard}"`, fix: `use one of: ${[...dashboards.keys()].join(', ')}`, rule: 'alerts/panel'}));
      }
    } else if (!dash.data.panels.some((p) => p.id === d.panel.panel)) {
      const ids = dash.data.panels.map((p) => p.id);
      const guess = didYouMean(d.panel.panel, ids);
      errors.push(contentError({file: a.file, line: at('panel'), field: `${d.name}.panel.panel`, message: `expected a panel of dashboard ${dash.id}, found "${d.panel.panel}"${guess ? `; did you mean "${guess}"?` : ''}`, fix: `use one of: ${ids.join(', ')}`, rule: 'alerts/panel'}));
    }
    for (const field of ['summary', 'description'] as const) {
      for (const m of d[field].matchAll(TEMPLATE_RE)) {
        const ok = ALLOWED_TEMPLATE.exec(m[1]);
        const label = ok?.[2];
        if (!ok) {
          errors.push(contentError({file: a.file, line: at(field), field: `${d.name}.${field}`, message: `expected only {{ $labels.<name> }} or {{ $value }} templates, found "${m[0]}"`, rule: 'alerts/template'}));
        } else if (label && AGGREGATES.test(d.expr) && !keptLabels(d.expr).has(label)) {
          errors.push(contentError({file: a.file, line: at(field), field: `${d.name}.${field}`, message: `expected a label the aggregation keeps, found $labels.${label}, which no by (...) clause names`, fix: `add ${label} to the by (...) clause or drop it from the ${field}`, rule: 'alerts/template'}));
        }
      }
    }
  }

  const kpiPage = corpus.records.find((r) => r.instance === 'docs' && r.id === KPI_PAGE_ID);
  const anchors = new Set(kpiPage?.headings.map((h) => headingAnchor(h.text)) ?? []);
  for (const dash of ops.dashboards) {
    const seen = new Set<string>();
    for (const p of dash.data.panels) {
      const line = dash.panelLines[p.id] ?? dash.line;
      if (seen.has(p.id)) {
        errors.push(contentError({file: dash.file, line, field: `panels.${p.id}`, message: `expected panel id ${p.id} once, found it twice`, rule: 'dashboards/panel-id'}));
      }
      seen.add(p.id);
      if (p.kpi && kpiPage && !anchors.has(p.kpi)) {
        errors.push(contentError({file: dash.file, line, field: `panels.${p.id}.kpi`, message: `expected a heading anchor of docs/rollout/kpis.md, found "${p.kpi}"`, fix: `use one of: ${[...anchors].join(', ')}`, rule: 'dashboards/kpi'}));
      }
    }
  }
  return errors;
}
