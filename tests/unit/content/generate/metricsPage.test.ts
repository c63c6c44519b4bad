import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAndCheck} from '../../../../src/content/check';
import {metricsPageData} from '../../../../src/content/generate/opsCatalogue';
import {metricsUsed} from '../../../../src/content/promql';
import {opsOf} from '../../../../src/content/records';
import type {Metric} from '../../../../src/content/schemas';
import {REPO} from '../../../../scripts/lib/scratchSite';

const corpus = loadAndCheck(REPO).corpus;
const rows = metricsPageData(corpus);

test('metricsUsed: declared names from the parse tree, a histogram by its base name, undeclared ones left out', () => {
  const m = (name: string, type: Metric['type']): [string, Metric] => [
    name,
    {name, type, unit: 'x', labels: [], source: 'aibox-cli', meaning: 'x'},
  ];
  const catalogue = new Map([m('a_seconds', 'histogram'), m('b_total', 'counter')]);
  assert.deepEqual(
    metricsUsed(
      'histogram_quantile(0.95, sum by (le) (rate(a_seconds_bucket[5m]))) / rate(b_total[5m]) + nope + a_seconds_count',
      catalogue,
    ),
    ['a_seconds', 'b_total'],
  );
  // A label value or a function name that looks like a metric is not one.
  assert.deepEqual(metricsUsed('b_total{job="a_seconds"}', catalogue), ['b_total']);
});

test('the metrics page has every catalogued metric once, with its emitter in words, and what reads it', () => {
  const declared = opsOf(corpus).metrics!.map((m) => m.data.name);
  assert.deepEqual(
    rows.map((r) => r.name),
    declared,
  );
  assert.ok(rows.length >= 30, `${rows.length} metrics`);
  const pilot = rows.filter((r) => r.name.startsWith('aibox_pilot_'));
  assert.deepEqual(
    pilot.map((r) => [r.name, r.source, r.panels.map((p) => p.anchor)]),
    [
      ['aibox_pilot_respondents', 'Docs feedback collector', ['aibox-rollout--pilot-satisfaction']],
      ['aibox_pilot_rating_acceptable_or_better', 'Docs feedback collector', ['aibox-rollout--pilot-satisfaction']],
    ],
  );
  // Every alert reads at least one catalogued metric, and every panel too.
  const alerts = new Set(rows.flatMap((r) => r.alerts));
  assert.equal(alerts.size, opsOf(corpus).alerts.length);
  const panels = new Set(rows.flatMap((r) => r.panels.map((p) => p.anchor)));
  assert.equal(
    panels.size,
    opsOf(corpus).dashboards.reduce((n, d) => n + d.data.panels.length, 0),
  );
});
