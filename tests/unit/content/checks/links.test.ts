import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt, errorLines} from '../../../helpers';

const AS = 'docs/operations/dashboards.md';
const page = (body: string) =>
  `---\ntitle: Dashboards\ndescription: Panels.\nowner: docs-team\nlast_reviewed: "2025-01-10"\n---\n\n${body}\n`;

test('[links/anchor] a link to a dashboard panel row passes: the dashboards page generates an anchor per panel', () => {
  const source = page('See [services](/docs/operations/dashboards#fleet--services-up).');
  assert.deepEqual(errorLines(checkFixtureAt('', AS, {source})), []);
});

test('[links/anchor] a link to a panel no dashboard has, or to a dashboard id instead of a panel, is one links/anchor error each', () => {
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

const GUIDE = 'docs/guides/links.md';
const guide = (body: string, title = 'Links') =>
  `---\ntitle: ${title}\ndescription: Links.\nowner: docs-team\nlast_reviewed: "2025-01-10"\n---\n\n${body}\n`;
/** Rule, line and fix of each error: the fix is what a contributor acts on, so it is asserted too. */
const fixes = (errors: ReturnType<typeof checkFixtureAt>) =>
  errors.map((e) => ({rule: e.rule, line: e.line, fix: e.fix})).sort((a, b) => a.line - b.line);

test('[links/anchor] an alert row link passes for a catalogue alert and fails for an alert no record defines', () => {
  const at = 'docs/operations/alert-catalogue.md';
  const source = page(
    '[HarborDown](/docs/operations/alert-catalogue#HarborDown) and [gone](/docs/operations/alert-catalogue#GoneAway).',
  );
  assert.deepEqual(errorLines(checkFixtureAt('', at, {source})), [
    `${at}:8  (body) link  expected an anchor that exists on ${at}, found "#GoneAway" in "/docs/operations/alert-catalogue#GoneAway"  [links/anchor]`,
  ]);
});

test('[links/page, links/anchor] near misses: a page link without anchor, site-absolute and in-page links, a theme import, a route no page has', () => {
  const source = guide(
    [
      "import Tabs from '@theme/Tabs';",
      '',
      'See [intro](../intro.md), [the docs](/docs/intro), [below](#below), [search](/search?q=proxy).',
      '',
      'A [page the build checks](/docs/nowhere#part) and [a checklist](./checklist.pdf) beside this page.',
      '',
      '## Below',
    ].join('\n'),
  );
  assert.deepEqual(errorLines(checkFixtureAt('', 'docs/guides/links.mdx', {source})), []);
});

test('[links/outside-content] a link into the repository outside docs/, runbooks/ and static/ is refused even without ../ at the front', () => {
  const source = guide('The [root component](../../src/theme/Root.tsx).');
  assert.deepEqual(errorLines(checkFixtureAt('', GUIDE, {source})), [
    `${GUIDE}:8  (body) link  expected a link inside docs/, runbooks/ or static/, found "../../src/theme/Root.tsx", which leaves them  [links/outside-content]`,
  ]);
});

test('[links/page] a link to a missing page says how to fix it: the other extension, the route across instances, or none', () => {
  const source = guide(
    [
      'The [intro](../intro.mdx).',
      '',
      'The [runbook](../../runbooks/disaster-recovery/harbor-down.md).',
      '',
      'The [void](./void.md).',
      '',
      'This [page as .md](./links.md).',
    ].join('\n'),
  );
  assert.deepEqual(fixes(checkFixtureAt('', 'docs/guides/links.mdx', {source})), [
    {rule: 'links/page', line: 8, fix: 'the file is ../intro.md'},
    {rule: 'links/page', line: 10, fix: 'link across instances by route: /runbooks/disaster-recovery/harbor-down'},
    {rule: 'links/page', line: 12, fix: 'link to an existing page'},
    {rule: 'links/page', line: 14, fix: 'the file is links.mdx'},
  ]);
});

test("[links/anchor] a missing anchor lists the page's section anchors, six at most, or says to link the page", () => {
  const sixSections = guide('See [recovery](/runbooks/disaster-recovery/harbor-down#recovery).');
  assert.deepEqual(fixes(checkFixtureAt('', GUIDE, {source: sixSections})), [
    {
      rule: 'links/anchor',
      line: 8,
      fix: 'use one of: #symptoms, #impact-assessment, #immediate-actions, #recovery-steps, #verification, #post-incident-review',
    },
  ]);
  // Seven sections and a subsection: the fix names sections (##) and subsections (###), the first six of them.
  const seven = [...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((h) => `## ${h}`), '### sub'].join('\n\n');
  const many = guide(`See [it](/docs/guides/links#nope).\n\n${seven}`);
  assert.deepEqual(fixes(checkFixtureAt('', GUIDE, {source: many})), [
    {rule: 'links/anchor', line: 8, fix: 'use one of: #a, #b, #c, #d, #e, #f, …'},
  ]);
  const none = guide('See [it](/docs/guides/links#nope).\n\nNo sections.');
  assert.deepEqual(fixes(checkFixtureAt('', GUIDE, {source: none})), [
    {rule: 'links/anchor', line: 8, fix: 'link the page without an anchor'},
  ]);
});

test('[links/anchor] anchors a page answers to include ids written in it', () => {
  const source = guide('<a id="manual-anchor"></a>\n\nSee [it](/docs/guides/links#manual-anchor).');
  assert.deepEqual(errorLines(checkFixtureAt('', GUIDE, {source})), []);
});
