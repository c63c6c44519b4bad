import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse, stringify} from 'yaml';
import {loadAndCheck} from '../../../../src/content/check';
import {catalogueEntries} from '../../../../src/content/generate/opsCatalogue';
import {buildPrometheusRules} from '../../../../src/content/generate/prometheusRules';
import {REPO} from '../../../scratchSite';

// The real tool, from Debian's `prometheus` package; CI installs it (.ci/run). Without it these tests skip, loudly.
const promtool = spawnSync('promtool', ['--version'], {encoding: 'utf8'});
const missing = promtool.error ? 'promtool not found: apt-get install prometheus (CI installs it)' : false;
const SITE = 'https://aibox-docs.example.internal';
const PROMTOOL_TESTS = path.join(REPO, 'tests/promtool');

const {corpus} = loadAndCheck(REPO);
const rules = buildPrometheusRules(corpus, SITE);

test(
  'promtool check rules accepts the generated rules file, every alert of the catalogue in it',
  {skip: missing},
  () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-rules-'));
    const file = path.join(dir, 'prometheus-rules.yaml');
    fs.writeFileSync(file, rules);
    const r = spawnSync('promtool', ['check', 'rules', file], {encoding: 'utf8'});
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, new RegExp(`SUCCESS: ${catalogueEntries(corpus).length} rules found`));
  },
);

test('promtool test rules: each tested alert fires at its threshold and not below', {skip: missing}, () => {
  // Thresholds are what these cases pin; the long annotations are checked elsewhere, so only the summary is kept
  // (promtool compares annotations whole).
  const doc = parse(rules) as {groups: {rules: {annotations: Record<string, string>}[]}[]};
  for (const g of doc.groups) for (const r of g.rules) r.annotations = {summary: r.annotations.summary};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-promtool-'));
  fs.writeFileSync(path.join(dir, 'prometheus-rules.yaml'), stringify(doc));
  const cases = fs
    .readdirSync(PROMTOOL_TESTS)
    .filter((n) => n.endsWith('.test.yaml'))
    .sort();
  assert.deepEqual(cases, ['critical-cve-age.test.yaml', 'harbor-down.test.yaml', 'start-time.test.yaml']);
  for (const c of cases) fs.copyFileSync(path.join(PROMTOOL_TESTS, c), path.join(dir, c));
  const r = spawnSync('promtool', ['test', 'rules', ...cases], {cwd: dir, encoding: 'utf8'});
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.equal((r.stdout.match(/SUCCESS/g) ?? []).length, cases.length);
});
