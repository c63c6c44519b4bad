import {
  DashboardBuilder,
  DashboardLinkBuilder,
  DashboardLinkType,
  DatasourceVariableBuilder,
  VariableHide,
  type Dashboard,
} from '@grafana/grafana-foundation-sdk/dashboard';
import {DataqueryBuilder} from '@grafana/grafana-foundation-sdk/prometheus';
import {PanelBuilder} from '@grafana/grafana-foundation-sdk/timeseries';
import {opsOf, type Corpus} from '../records';
import type {DashboardRecord} from '../opsCatalogue';
import {KPI_PAGE_ID} from '../checks/alertCatalogue';
import {DASHBOARDS_ROUTE, grafanaPath, panelAnchor} from '../opsRoutes';
import {catalogueEntries} from './opsCatalogue';
import {serializeJson} from './doctorMap';

/** The data source variable every panel queries through, so an import picks the organisation's Prometheus. */
export const DATASOURCE_VARIABLE = 'datasource';
const DATASOURCE_REF = {type: 'prometheus', uid: `\${${DATASOURCE_VARIABLE}}`};

/**
 * Grafana uids are at most 40 characters of [a-zA-Z0-9_-]; the record id is a slug, so it is its own uid, prefixed so
 * that an import never overwrites a dashboard of another team with the same short name.
 */
export const dashboardUid = (id: string) => `aibox-${id}`.slice(0, 40);

/**
 * Where a panel's number is defined: its KPI, and the runbook of each alert that watches it; a panel with neither
 * links its own record on the dashboards page.
 */
function panelLinks(corpus: Corpus, site: string, d: DashboardRecord, panelId: string, kpi?: string) {
  const links: {title: string; url: string}[] = [];
  const page = kpi && corpus.records.find((r) => r.instance === 'docs' && r.id === KPI_PAGE_ID);
  if (page) links.push({title: 'KPI definition', url: `${site}${page.route}#${kpi}`});
  const watching = catalogueEntries(corpus).filter(
    (e) => e.alert.panel.dashboard === d.id && e.alert.panel.panel === panelId,
  );
  for (const {runbook} of watching)
    if (!links.some((l) => l.url === `${site}${runbook.route}`))
      links.push({title: `Runbook: ${runbook.data.title}`, url: `${site}${runbook.route}`});
  if (!links.length)
    links.push({title: 'Panel definition', url: `${site}${DASHBOARDS_ROUTE}#${panelAnchor(d.id, panelId)}`});
  return links;
}

/**
 * One dashboard record as Grafana's dashboard model, built with Grafana's own typed builders
 * (@grafana/grafana-foundation-sdk). Deterministic: no timestamps, no ids Grafana assigns, panels in record order.
 */
export function buildGrafanaDashboard(corpus: Corpus, site: string, d: DashboardRecord): Dashboard {
  const builder = new DashboardBuilder(d.data.title)
    .uid(dashboardUid(d.id))
    .description(d.data.description)
    .tags(['aibox', 'generated'])
    .editable()
    .time({from: 'now-7d', to: 'now'})
    .timezone('browser')
    .refresh('5m')
    .withVariable(
      new DatasourceVariableBuilder(DATASOURCE_VARIABLE)
        .label('Prometheus')
        .type('prometheus')
        .hide(VariableHide.DontHide),
    )
    .link(
      new DashboardLinkBuilder('Definition on the docs site')
        .type(DashboardLinkType.Link)
        .url(`${site}${DASHBOARDS_ROUTE}#${d.id}`)
        .icon('doc')
        .targetBlank(true),
    );
  d.data.panels.forEach((p, i) => {
    const panel = new PanelBuilder()
      .id(i + 1)
      .title(p.title)
      .description(p.shows)
      .datasource(DATASOURCE_REF)
      .gridPos({x: 0, y: 0, w: 12, h: 8})
      .withTarget(new DataqueryBuilder().refId('A').datasource(DATASOURCE_REF).expr(p.expr).range())
      .links(
        panelLinks(corpus, site, d, p.id, p.kpi).map((l) =>
          new DashboardLinkBuilder(l.title).type(DashboardLinkType.Link).url(l.url).targetBlank(true),
        ),
      );
    if (p.unit) panel.unit(p.unit);
    builder.withPanel(panel);
  });
  return builder.build();
}

/** Every dashboard record as ops/grafana/<id>.json, in id order, ready for file provisioning or the import dialog. */
export function grafanaFiles(corpus: Corpus, site: string): {path: string; content: string}[] {
  return [...opsOf(corpus).dashboards]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => ({path: grafanaPath(d.id), content: serializeJson(buildGrafanaDashboard(corpus, site, d))}));
}
