import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {RULES} from '../../../src/content/rules';
import {REPO} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';

function alertRules(cwd: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'alert-rules.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-rules-'));
const oneLine = (s: string) => s.trimEnd().split('\n').length === 1;

test('--help exits 0; an unknown flag or no action exits 2 with one line', () => {
  const help = alertRules(GOOD, ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: npm run alert-rules -- --out FILE/);
  for (const args of [['--bogus'], []]) {
    const r = alertRules(GOOD, args);
    assert.equal(r.status, 2, args.join(' '));
    assert.ok(oneLine(r.stderr), r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('--site and AIBOX_DOCS_SITE_URL refuse a Go template riding in the origin, in one line, writing nothing', () => {
  const dir = tmp();
  const out = path.join(dir, 'rules.yaml');
  const hostile = 'https://ok.example/"{{ query "up" }}';
  const flag = alertRules(GOOD, ['--out', out, '--site', hostile]);
  assert.equal(flag.status, 2);
  assert.equal(
    flag.stderr,
    `alert-rules: --site: expected the site as an http(s) origin like https://aibox-docs.example.internal, found "${hostile}"\n`,
  );
  const env = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'scripts', 'alert-rules.ts'), '--out', out],
    {
      cwd: GOOD,
      encoding: 'utf8',
      env: {...process.env, AIBOX_DOCS_SITE_URL: hostile},
    },
  );
  assert.equal(env.status, 1);
  assert.ok(oneLine(env.stderr), env.stderr);
  assert.match(env.stderr, /^alert-rules: expected the site as an http\(s\) origin/);
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('two runs write byte-identical rules and routes; --site changes only the runbook URLs', () => {
  const dir = tmp();
  const [a, b, c, routes] = ['a.yaml', 'b.yaml', 'c.yaml', 'routes.yaml'].map((f) => path.join(dir, f));
  assert.equal(alertRules(GOOD, ['--out', a, '--routes-out', routes]).status, 0);
  assert.equal(alertRules(GOOD, ['--out', b]).status, 0);
  assert.equal(fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'));
  assert.equal(alertRules(GOOD, ['--out', c, '--site', 'http://docs.lab:8080']).status, 0);
  assert.equal(
    fs.readFileSync(c, 'utf8').replaceAll('http://docs.lab:8080', 'https://aibox-docs.example.internal'),
    fs.readFileSync(a, 'utf8'),
  );
  assert.match(fs.readFileSync(routes, 'utf8'), /receiver: platform-pager/);
  assert.deepEqual(
    fs.readdirSync(dir).sort(),
    ['a.yaml', 'b.yaml', 'c.yaml', 'routes.yaml'],
    'atomic writes leave no temporary files',
  );
});

test('--check: the generated file passes; an extra FooBarDown, a moved runbook_url and a missing alert each get one line, exit 1', () => {
  const dir = tmp();
  const file = path.join(dir, 'rules.yaml');
  assert.equal(alertRules(GOOD, ['--out', file]).status, 0);
  const ok = alertRules(GOOD, ['--check', file]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /2 alerts, all in the catalogue/);

  const generated = fs.readFileSync(file, 'utf8');
  const edited = generated
    .replace('https://aibox-docs.example.internal/runbooks/day-2/gc', 'https://wiki.example.internal/harbor-gc')
    .replace(/ {6}- alert: HarborDown\n[\s\S]*?(?= {6}- alert: HarborStorageHigh)/, '')
    .concat(
      '  - name: extra\n    rules:\n      - alert: FooBarDown\n        expr: up == 0\n        labels:\n          severity: page\n',
    );
  fs.writeFileSync(file, edited);
  const r = alertRules(GOOD, ['--check', file]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trimEnd().split('\n');
  const fix = `    fix: ${RULES['alerts/rules-file'].fix}`;
  assert.deepEqual(lines, [
    `${file}:0  HarborDown  expected the catalogue alert in the file (runbook https://aibox-docs.example.internal/runbooks/disaster-recovery/harbor-down), found no rule  [alerts/rules-file]`,
    fix,
    `${file}:6  HarborStorageHigh  expected runbook_url https://aibox-docs.example.internal/runbooks/day-2/gc, found https://wiki.example.internal/harbor-gc  [alerts/rules-file]`,
    fix,
    `${file}:20  FooBarDown  expected an alert of the catalogue, found one no runbook lists; it has no runbook_url either  [alerts/rules-file]`,
    fix,
  ]);
});

test('--check: an unreadable or malformed file is one line, exit 1, no stack trace', () => {
  const dir = tmp();
  const missing = alertRules(GOOD, ['--check', path.join(dir, 'nope.yaml')]);
  assert.equal(missing.status, 1);
  assert.deepEqual(missing.stderr.trimEnd().split('\n'), [
    `alert-rules: ${path.join(dir, 'nope.yaml')}: cannot read: ENOENT`,
  ]);
  const bad = path.join(dir, 'bad.yaml');
  fs.writeFileSync(bad, 'groups: [\n');
  const malformed = alertRules(GOOD, ['--check', bad]);
  assert.equal(malformed.status, 1);
  assert.ok(oneLine(malformed.stderr), malformed.stderr);
  assert.match(malformed.stderr, /bad\.yaml: line \d+: expected valid YAML/);
  const blocked = path.join(dir, 'file');
  fs.writeFileSync(blocked, '');
  const io = alertRules(GOOD, ['--out', path.join(blocked, 'rules.yaml')]);
  assert.equal(io.status, 1);
  assert.ok(oneLine(io.stderr), io.stderr);
  assert.doesNotMatch(io.stderr, /\n\s+at /);
});
