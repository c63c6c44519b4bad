import {opsOf, runbooks, type Corpus, type RunbookRecord} from '../records';
import type {AlertRecord} from '../opsCatalogue';
import {metricsUsed} from '../promql';
import {METRIC_SOURCES} from '../schemas';

import {ALERT_CATALOGUE_ROUTE, DASHBOARDS_ROUTE, grafanaPath, panelAnchor} from '../opsRoutes';

export interface CatalogueEntry {
  alert: AlertRecord['data'];
  runbook: RunbookRecord;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every alert with the runbook that owns it, sorted by name: the one list the rules, the routing fragment,
 * the alert map and the catalogue page are all generated from. Alerts whose runbook is missing are left out
 * (the check reports them; generators only run on a clean corpus).
 */
export function catalogueEntries(corpus: Corpus): CatalogueEntry[] {
  const books = new Map(runbooks(corpus).map((r) => [r.id, r]));
  return opsOf(corpus)
    .alerts.flatMap((a) => {
      const runbook = books.get(a.data.runbook);
      return runbook ? [{alert: a.data, runbook}] : [];
    })
    .sort((a, b) => byName(a.alert.name, b.alert.name));
}

/** The data the catalogue and dashboards pages render: plain JSON, imported as a generated module. */
export function buildOpsPageData(corpus: Corpus) {
  const dashboards = [...opsOf(corpus).dashboards].sort((a, b) => byName(a.id, b.id));
  const panelTitle = new Map(
    dashboards.flatMap((d) => d.data.panels.map((p) => [`${d.id}/${p.id}`, p.title] as const)),
  );
  const entries = catalogueEntries(corpus);
  return {
    catalogueRoute: ALERT_CATALOGUE_ROUTE,
    metrics: metricsPageData(corpus),
    dashboardsRoute: DASHBOARDS_ROUTE,
    alerts: entries.map(({alert: a, runbook}) => ({
      name: a.name,
      service: a.service,
      severity: a.severity,
      threshold: a.threshold,
      for: a.for,
      expr: a.expr,
      summary: a.summary,
      receiver: a.routing.receiver,
      hours: a.routing.hours,
      escalation: a.routing.escalation,
      runbook: {title: runbook.data.title, route: runbook.route},
      panel: {
        dashboard: a.panel.dashboard,
        panel: a.panel.panel,
        title: panelTitle.get(`${a.panel.dashboard}/${a.panel.panel}`) ?? a.panel.panel,
      },
    })),
    dashboards: dashboards.map((d) => ({
      id: d.id,
      title: d.data.title,
      description: d.data.description,
      url: d.data.url,
      grafanaFile: grafanaPath(d.id),
      panels: d.data.panels.map((p) => ({
        ...p,
        unit: p.unit ?? null,
        kpi: p.kpi ?? null,
        alerts: entries
          .filter((e) => e.alert.panel.dashboard === d.id && e.alert.panel.panel === p.id)
          .map((e) => e.alert.name),
      })),
    })),
  };
}
export type OpsPageData = ReturnType<typeof buildOpsPageData>;
export type CatalogueAlert = OpsPageData['alerts'][number];

/**
 * The metrics catalogue as the metrics page shows it: each declared metric with its type, unit, labels, emitter and
 * meaning, and the alerts and panels whose expressions read it (from the PromQL parse tree), so a reader can follow
 * any number on a dashboard back to the component that produces it.
 */
export function metricsPageData(corpus: Corpus) {
  const ops = opsOf(corpus);
  const records = ops.metrics ?? [];
  const catalogue = new Map(records.map((m) => [m.data.name, m.data]));
  const alertsOf = new Map<string, string[]>();
  const panelsOf = new Map<string, {anchor: string; title: string}[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const a of [...ops.alerts].sort((x, y) => byName(x.data.name, y.data.name)))
    for (const m of metricsUsed(a.data.expr, catalogue)) add(alertsOf, m, a.data.name);
  for (const d of [...ops.dashboards].sort((x, y) => byName(x.id, y.id)))
    for (const p of d.data.panels)
      for (const m of metricsUsed(p.expr, catalogue))
        add(panelsOf, m, {anchor: panelAnchor(d.id, p.id), title: `${d.data.title}: ${p.title}`});
  return records.map(({data: m}) => ({
    name: m.name,
    type: m.type,
    unit: m.unit,
    labels: m.labels,
    source: METRIC_SOURCES[m.source],
    meaning: m.meaning,
    alerts: alertsOf.get(m.name) ?? [],
    panels: panelsOf.get(m.name) ?? [],
  }));
}
