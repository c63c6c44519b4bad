import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  DashboardBuilder,
  DashboardLinkBuilder,
  DatasourceVariableBuilder,
  type Dashboard,
  type DashboardLink,
  type DataSourceRef,
  type GridPos,
  type VariableModel,
} from '@grafana/grafana-foundation-sdk/dashboard';
import {DataqueryBuilder, type dataquery as Dataquery} from '@grafana/grafana-foundation-sdk/prometheus';
import {PanelBuilder} from '@grafana/grafana-foundation-sdk/timeseries';
import {loadAndCheck} from '../../../../src/content/check';
import {opsOf} from '../../../../src/content/records';
import {DATASOURCE_VARIABLE, dashboardUid, grafanaFiles} from '../../../../src/content/generate/grafana';
import {generatedFiles} from '../../../../src/content/generate/outputs';
import {REPO} from '../../../../scripts/lib/scratchSite';

const SITE = 'https://aibox-docs.example.internal';
const load = () => loadAndCheck(REPO).corpus;
const corpus = load();
const files = grafanaFiles(corpus, SITE);
const records = opsOf(corpus).dashboards;

interface JsonPanel {
  id: number;
  type: string;
  title: string;
  description: string;
  datasource: DataSourceRef;
  gridPos: GridPos;
  targets: (Dataquery & {datasource: DataSourceRef})[];
  links: DashboardLink[];
  fieldConfig: {defaults: {unit?: string}};
}
type JsonDashboard = Omit<Dashboard, 'panels'> & {panels: JsonPanel[]; templating: {list: VariableModel[]}};
const parsed = (content: string) => JSON.parse(content) as JsonDashboard;

test('one file per dashboard record, at ops/grafana/<id>.json, in the build outputs', () => {
  assert.deepEqual(
    files.map((f) => f.path),
    records.map((d) => `ops/grafana/${d.id}.json`).sort(),
  );
  assert.ok(files.length >= 2);
  const built = generatedFiles(corpus, SITE, '/').filter((f) => f.path.startsWith('ops/grafana/'));
  assert.deepEqual(built, files);
});

test('deterministic: two loads and two builds give byte-identical files, with no timestamps', () => {
  assert.deepEqual(grafanaFiles(load(), SITE), files);
  for (const f of files) {
    assert.doesNotMatch(f.content, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, f.path);
    assert.doesNotMatch(f.content, /"(created|updated|iteration|version)"/, f.path);
  }
});

test('each dashboard: stable uid from the record id, the record title, and a Prometheus data source variable', () => {
  for (const d of records) {
    const g = parsed(files.find((f) => f.path.endsWith(`/${d.id}.json`))!.content);
    assert.equal(g.uid, dashboardUid(d.id));
    assert.equal(g.uid, `aibox-${d.id}`);
    assert.match(g.uid!, /^[a-zA-Z0-9_-]{1,40}$/);
    assert.equal(g.title, d.data.title);
    assert.equal(g.description, d.data.description);
    assert.equal(g.id, undefined, 'Grafana assigns the numeric id on import');
    assert.deepEqual(
      g.templating.list.map((v) => [v.type, v.name, v.query]),
      [['datasource', DATASOURCE_VARIABLE, 'prometheus']],
    );
  }
});

test('one panel per record: its query, unit and description, every target on the data source variable, a link', () => {
  const variable = {type: 'prometheus', uid: `\${${DATASOURCE_VARIABLE}}`};
  let panels = 0;
  for (const d of records) {
    const g = parsed(files.find((f) => f.path.endsWith(`/${d.id}.json`))!.content);
    assert.equal(g.panels.length, d.data.panels.length, d.id);
    assert.deepEqual(
      g.panels.map((p) => p.id),
      d.data.panels.map((_, i) => i + 1),
    );
    d.data.panels.forEach((rec, i) => {
      const p = g.panels[i];
      panels++;
      assert.equal(p.title, rec.title);
      assert.equal(p.description, rec.shows);
      assert.equal(p.fieldConfig.defaults.unit, rec.unit);
      assert.deepEqual(p.datasource, variable, `${d.id}/${rec.id}`);
      assert.deepEqual(
        p.targets.map((t) => [t.expr, t.datasource]),
        [[rec.expr, variable]],
      );
      assert.ok(p.links.length >= 1, `${d.id}/${rec.id} has no link`);
      for (const l of p.links) assert.match(l.url!, /^https:\/\/aibox-docs\.example\.internal\/(docs|runbooks)\//);
      if (rec.kpi)
        assert.equal(p.links[0].url, `${SITE}/docs/rollout/kpis#${rec.kpi}`, `${d.id}/${rec.id} links its KPI`);
    });
    // Two panels a row, none overlapping: Grafana would otherwise stack them on import.
    const cells = new Set(g.panels.map((p) => `${p.gridPos.x},${p.gridPos.y}`));
    assert.equal(cells.size, g.panels.length);
  }
  assert.equal(
    panels,
    records.reduce((n, d) => n + d.data.panels.length, 0),
  );
});

test("round trip: each file rebuilt from its own values with the SDK's builders is the same object", () => {
  for (const f of files) {
    const g = parsed(f.content);
    const v = g.templating.list[0];
    const b = new DashboardBuilder(g.title!)
      .uid(g.uid!)
      .description(g.description!)
      .tags(g.tags!)
      .editable()
      .time(g.time!)
      .timezone(g.timezone!)
      .refresh(g.refresh!)
      .withVariable(
        new DatasourceVariableBuilder(v.name)
          .label(v.label!)
          .type(v.query as string)
          .hide(v.hide!),
      );
    for (const l of g.links!) b.link(linkBuilder(l).icon(l.icon));
    for (const p of g.panels) {
      const t = p.targets[0];
      const panel = new PanelBuilder()
        .id(p.id)
        .title(p.title)
        .description(p.description)
        .datasource(p.datasource)
        .gridPos(p.gridPos)
        .withTarget(new DataqueryBuilder().refId(t.refId!).datasource(t.datasource).expr(t.expr).range())
        .links(p.links.map(linkBuilder));
      if (p.fieldConfig.defaults.unit) panel.unit(p.fieldConfig.defaults.unit);
      b.withPanel(panel);
    }
    assert.deepEqual(JSON.parse(JSON.stringify(b.build())), g, f.path);
  }
});

const linkBuilder = (l: DashboardLink) =>
  new DashboardLinkBuilder(l.title).type(l.type).url(l.url!).targetBlank(l.targetBlank);
