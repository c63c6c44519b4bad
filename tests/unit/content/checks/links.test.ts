import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt, errorLines} from '../../../helpers';

const AS = 'docs/operations/dashboards.md';
const page = (body: string) =>
  `---\ntitle: Dashboards\ndescription: Panels.\nowner: docs-team\nlast_reviewed: "2025-01-10"\n---\n\n${body}\n`;

test('a link to a dashboard panel row passes: the dashboards page generates an anchor per panel', () => {
  const source = page('See [services](/docs/operations/dashboards#fleet--services-up).');
  assert.deepEqual(errorLines(checkFixtureAt('', AS, {source})), []);
});

test('a link to a panel no dashboard has, or to a dashboard id instead of a panel, is one links/anchor error each', () => {
  const source = page(
    [
      'See [disk](/docs/operations/dashboards#fleet--disk-free).',
      '',
      'And [the dashboard](/docs/operations/dashboards#fleet).',
    ].join('\n'),
  );
  assert.deepEqual(errorLines(checkFixtureAt('', AS, {source})), [
    `${AS}:8  (body) link  expected an anchor that exists on ${AS}, found "#fleet--disk-free" in "/docs/operations/dashboards#fleet--disk-free"  [links/anchor]`,
    `${AS}:10  (body) link  expected an anchor that exists on ${AS}, found "#fleet" in "/docs/operations/dashboards#fleet"  [links/anchor]`,
  ]);
});
