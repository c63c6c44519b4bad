import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {REPO, scratchSite} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';
import {contentError} from '../../../src/content/errors';
import {selectErrors, selectRules} from '../../../src/content/ruleSelection';

const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const check = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(REPO, 'scripts', 'check.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });

const ANCHOR = [
  'docs/intro.md:20  (body) link  expected an anchor that exists on docs/troubleshooting/network/proxy-unreachable.md, found "#nope" in "./troubleshooting/network/proxy-unreachable.md#nope"  [links/anchor]',
  '    fix: use one of: #symptoms, #cause, #fix, #escalate',
];
const PAGE = [
  'docs/intro.md:20  (body) link  expected a link to an existing page of this instance, found "./missing.md"  [links/page]',
  '    fix: link to an existing page',
];

test('[links/anchor, links/page] --rule and --file narrow the check to those errors, through the real CLI', () => {
  const site = scratchSite(GOOD);
  try {
    fs.appendFileSync(
      path.join(site, 'docs/intro.md'),
      '\nSee [the proxy](./troubleshooting/network/proxy-unreachable.md#nope) and [a page](./missing.md).\n',
    );
    const one = check(site, '--rule', 'links/anchor', '--file', 'docs/intro.md');
    assert.deepEqual([one.status, one.stderr], [1, '']);
    assert.equal(
      one.stdout,
      [...ANCHOR, 'check: 1 error(s), 0 warning(s) from links/anchor on docs/intro.md', ''].join('\n'),
    );

    const family = check(site, '--rule', 'links/', '--file', './docs/intro.md');
    assert.deepEqual([family.status, family.stderr], [1, '']);
    assert.equal(
      family.stdout,
      [...ANCHOR, ...PAGE, 'check: 2 error(s), 0 warning(s) from links/ on docs/intro.md', ''].join('\n'),
    );

    const other = check(site, '--rule', 'links/anchor', '--file', 'docs/troubleshooting/network/old-port.md');
    assert.deepEqual(
      [other.status, other.stdout, other.stderr],
      [0, 'check: 0 error(s), 0 warning(s) from links/anchor on docs/troubleshooting/network/old-port.md\n', ''],
    );
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});

test('check: an unknown rule, family or file is one line with the closest name, exit 2, before any page is read', () => {
  const cases: [string[], string][] = [
    [
      ['--rule', 'links/anker'],
      'check: --rule links/anker: no such rule; did you mean links/anchor? (see npm run check -- --help)\n',
    ],
    [['--rule', 'linkz/'], 'check: --rule linkz/: no such rule; did you mean links/? (see npm run check -- --help)\n'],
    [['--rule', 'zzzzzzzz/qqqqqqqq'], 'check: --rule zzzzzzzz/qqqqqqqq: no such rule (see npm run check -- --help)\n'],
    [['--file', 'docs/nope.md'], 'check: --file docs/nope.md: no such file\n'],
    [
      ['--bogus'],
      "check: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\" (see npm run check -- --help)\n",
    ],
  ];
  for (const [args, stderr] of cases) {
    const r = check(GOOD, ...args);
    assert.deepEqual([r.status, r.stdout, r.stderr], [2, '', stderr], args.join(' '));
  }
});

test('check --help says that --rule runs the content rules only', () => {
  const r = check(GOOD, '--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: npm run check\b/);
  assert.match(r.stdout, /With --rule or --file only the content rules run/);
});

test('selectRules takes an id or a family with its slash, and refuses the rest with a guess', () => {
  const ids = ['links/anchor', 'links/page', 'mdx/esm'];
  assert.deepEqual(selectRules(['links/'], ids), {rules: ['links/anchor', 'links/page']});
  assert.deepEqual(selectRules(['mdx/esm', 'links/page', 'mdx/'], ids), {rules: ['links/page', 'mdx/esm']});
  assert.deepEqual(selectRules(['links'], ids), {problem: '--rule links: no such rule'});
  assert.deepEqual(selectRules(['links/anchors'], ids), {
    problem: '--rule links/anchors: no such rule; did you mean links/anchor?',
  });
});

test('[links/anchor, links/page] selectErrors keeps the selected rules on the selected files; empty lists keep all', () => {
  const e = (file: string, rule: 'links/anchor' | 'links/page') =>
    contentError({file, line: 1, field: '(body)', message: 'm', rule});
  const all = [e('a.md', 'links/anchor'), e('a.md', 'links/page'), e('b.md', 'links/anchor')];
  assert.deepEqual(selectErrors(all, {rules: ['links/anchor'], files: ['a.md']}), [all[0]]);
  assert.deepEqual(selectErrors(all, {rules: [], files: ['b.md']}), [all[2]]);
  assert.deepEqual(selectErrors(all, {rules: ['links/page'], files: []}), [all[1]]);
  assert.deepEqual(selectErrors(all, {rules: [], files: []}), all);
});
