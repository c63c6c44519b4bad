import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {REPO} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';

// tsx by absolute URL, so a script can run in a scratch folder outside the repository.
const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const run = (script: string, args: string[], cwd = GOOD) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(REPO, 'scripts', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });

/** What every script promises: help is not an error, and no failure prints a stack trace. */
const noStack = (r: ReturnType<typeof run>) =>
  assert.doesNotMatch(`${r.stdout}${r.stderr}`, /\n\s+at |Error: .*\n.*node:internal/);
const oneLine = (s: string) => assert.equal(s.trim().split('\n').length, 1, s);

// Script file and the name it prints (npm run NAME).
const SCRIPTS: [string, string][] = [
  ['explain', 'explain'],
  ['freshness', 'freshness'],
  ['doctor-map', 'doctor-map'],
  ['serve-prod', 'serve:prod'],
  ['search-eval', 'search-eval'],
  ['bench', 'bench'],
  ['page-weight', 'page-weight'],
  ['search-scale', 'search-scale'],
  ['test', 'test'],
  ['page-weight-scale', 'page-weight-scale'],
];
for (const [script, name] of SCRIPTS) {
  test(`${script} --help prints usage and exits 0`, () => {
    const r = run(script, ['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, new RegExp(`^usage: npm run ${name}\\b`));
    assert.equal(r.stderr, '');
  });

  test(`${script} with an unknown flag exits 2 with one line`, () => {
    const r = run(script, ['--bogus', ...(script === 'explain' ? ['AIBOX-NET-001'] : [])]);
    assert.equal(r.status, 2);
    oneLine(r.stderr);
    assert.match(r.stderr, new RegExp(`^${name}: Unknown option '--bogus'`));
    noStack(r);
  });
}

test('search-eval on a build without a search index exits 1 with one line naming the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-cli-'));
  const r = run('search-eval', ['--index', dir]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `search-eval: ${dir}/search/index.json: no search index; run npm run build first\n`);
  noStack(r);
});

test('page-weight-scale refuses sizes that are not whole numbers or not ascending, before building anything', () => {
  for (const [sizes, message] of [
    ['500,lots', 'page-weight-scale: --sizes: expected a whole number from 1 to 20000, found "lots"\n'],
    ['2000,500', 'page-weight-scale: --sizes: expected ascending, found 2000,500\n'],
  ]) {
    const r = run('page-weight-scale', ['--sizes', sizes]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, message);
  }
});

test('bench without --out, or with a stray argument, is a usage error of one line', () => {
  for (const [args, message] of [
    [[], 'bench: --out FILE is required (see npm run bench -- --help)\n'],
    [['--out', 'x.json', 'extra'], 'bench: unexpected argument extra (see npm run bench -- --help)\n'],
  ] as const) {
    const r = run('bench', [...args]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, message);
  }
});

test('page-weight and search-scale refuse a number that is not one, before serving anything', () => {
  const r = run('page-weight', ['--port', 'x']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'page-weight: --port: expected a whole number from 1 to 65535, found "x"\n');
  const s = run('search-scale', ['--max', 'ten']);
  assert.equal(s.status, 2);
  assert.equal(
    s.stderr,
    `search-scale: --max: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, found "ten"\n`,
  );
});

test('explain --map on a missing file exits 1 with one line naming it', () => {
  const r = run('explain', ['AIBOX-NET-001', '--map', '/nonexistent/links.json']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'explain: /nonexistent/links.json: cannot read: ENOENT\n');
  noStack(r);
});

test('explain --map refuses a map whose text carries terminal escapes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-cli-'));
  const out = path.join(dir, 'm.json');
  assert.equal(run('doctor-map', ['--out', out]).status, 0);
  const map = JSON.parse(fs.readFileSync(out, 'utf8'));
  map.codes[0].summary = 'Run \u001b]8;;https://evil.example\u001b\\this\u001b]8;;\u001b\\ now';
  fs.writeFileSync(out, JSON.stringify(map));
  const r = run('explain', ['AIBOX-NET-001', '--map', out]);
  assert.equal(r.status, 1);
  oneLine(r.stderr);
  assert.match(r.stderr, /m\.json: expected a doctor map \(version 1\), found a problem at codes\.0\.summary/);
  assert.ok(!r.stderr.includes(String.fromCharCode(27)), 'no escape character reaches the terminal');
});

test('freshness --today garbage is a usage error, not "NaN days late"', () => {
  const r = run('freshness', ['--today', 'garbage']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'freshness: --today: expected a real date like 2026-11-20, found "garbage"\n');
});

test('doctor-map on an unwritable path fails at once with one line, and writes neither output', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-cli-'));
  const out = path.join(dir, 'links.json');
  const started = Date.now();
  const r = run('doctor-map', ['--out', out, '--alerts-out', '/proc/aibox/alerts.json']);
  assert.equal(r.status, 1);
  oneLine(r.stderr);
  assert.match(r.stderr, /^doctor-map: \/proc\/aibox\/alerts\.json: cannot write: E[A-Z]+\n$/);
  assert.deepEqual(fs.readdirSync(dir), [], 'the first output is not written when the second fails');
  noStack(r);
  // Not a timing assertion on the tool: a guard so a hang shows up as a failure instead of a stuck run.
  assert.ok(Date.now() - started < 60_000);
});

test('doctor-map --cli-codes on a missing file exits 1 with one line', () => {
  const r = run('doctor-map', ['--out', path.join(os.tmpdir(), 'x.json'), '--cli-codes', '/nonexistent/codes.json']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'doctor-map: /nonexistent/codes.json: cannot read: ENOENT\n');
});

test('scripts that read content refuse invalid content', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-cli-'));
  fs.cpSync(GOOD, dir, {recursive: true});
  const intro = path.join(dir, 'docs/intro.md');
  fs.writeFileSync(intro, fs.readFileSync(intro, 'utf8').replace(/^title: .*$/m, 'title: "<script>x</script>"'));
  for (const [script, args] of [
    ['freshness', []],
    ['explain', ['AIBOX-NET-001']],
  ] as const) {
    const r = run(script, [...args], dir);
    assert.equal(r.status, 1, script);
    assert.match(
      r.stderr,
      /docs\/intro\.md:2  title  expected title as plain text, found markup "<script>"  \[security\/plain-text\]/,
    );
    assert.match(r.stderr, new RegExp(`${script}: 1 content error\\(s\\); fix them first`));
    noStack(r);
  }
});

test('every hostile fixture fails the content check, naming its file, with no stack trace', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-cli-'));
  fs.cpSync(GOOD, dir, {recursive: true});
  const hostile: Record<string, string> = {
    'xss-title.md': 'docs/troubleshooting/network/xss.md',
    'xss-img-description.md': 'docs/troubleshooting/network/img.md',
    'ansi-description.md': 'docs/troubleshooting/network/ansi.md',
    'secrets.md': 'docs/troubleshooting/network/secrets.md',
    'yaml-alias-bomb.md': 'docs/bomb.md',
    'step-nested.md': 'runbooks/disaster-recovery/nested.md',
    'step-unclosed.md': 'runbooks/disaster-recovery/unclosed.md',
    'step-in-faq.md': 'docs/troubleshooting/network/step.md',
    'step-links.md': 'runbooks/disaster-recovery/links.md',
    'link-missing-anchor.md': 'docs/troubleshooting/network/anchor.md',
    'duplicate-route-slug.md': 'docs/troubleshooting/network/dup-route.md',
    'external-resources.md': 'docs/troubleshooting/network/ext.md',
    'raw-html.md': 'docs/troubleshooting/network/raw.md',
    'mdx-script.mdx': 'docs/troubleshooting/network/mdx.mdx',
    // Build-time code that would read the host and the environment: refused before any build runs.
    'mdx-export-reads-host.mdx': 'docs/troubleshooting/network/reads-host.mdx',
    'mdx-expression-env.mdx': 'docs/troubleshooting/network/env.mdx',
    'link-outside-content.md': 'docs/troubleshooting/network/outside.md',
  };
  for (const [fixture, as] of Object.entries(hostile)) {
    fs.copyFileSync(path.join(GOOD, '..', 'bad', fixture), path.join(dir, as));
  }
  fs.symlinkSync('/etc/hostname', path.join(dir, 'docs/leak.md'));
  fs.writeFileSync(path.join(dir, 'docs/latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
  const r = run('check-content', [], dir);
  assert.equal(r.status, 1);
  noStack(r);
  for (const file of [...Object.values(hostile), 'docs/leak.md', 'docs/latin1.md']) {
    assert.match(
      r.stderr,
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+  .*\\[[a-z-]+/[a-z-]+\\]$`, 'm'),
      `${file} is not named`,
    );
  }
  // The acceptance pair, pinned: reading /etc/hostname or process.env is one mdx error each, found without a build.
  const net = 'docs/troubleshooting/network/';
  assert.deepEqual(
    r.stderr.split('\n').filter((l) => l.startsWith(`${net}reads-host.mdx:`) || l.startsWith(`${net}env.mdx:`)),
    [
      `${net}env.mdx:16  (body) {…}  expected text or a {/* comment */}, found the expression {process.env.USER}, JavaScript that runs at build time and in the browser  [mdx/expression]`,
      `${net}reads-host.mdx:14  (body) import  expected only imports of registered components, found "export const host = require('node:fs').readFileSync('/etc...", JavaScript that runs at build time and in the browser  [mdx/esm]`,
    ],
  );
});
