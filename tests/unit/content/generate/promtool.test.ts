import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile, spawnSync} from 'node:child_process';
import {promisify} from 'node:util';
import {toolMissing} from '../../../requireTool';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse, stringify} from 'yaml';
import {loadAndCheck} from '../../../../src/content/check';
import {catalogueEntries} from '../../../../src/content/generate/opsCatalogue';
import {ALERT_TESTS_DIR} from '../../../../src/content/opsCatalogue';
import {buildPrometheusRules} from '../../../../src/content/generate/prometheusRules';
import {REPO} from '../../../../scripts/lib/scratchSite';

// The real tool, from Debian's `prometheus` package; CI installs it (.ci/run). Without it these tests skip, loudly.
const missing = toolMissing('promtool', ['--version'], 'apt-get install prometheus (CI installs it)');
const SITE = 'https://aibox-docs.example.internal';
const PROMTOOL_TESTS = path.join(REPO, ALERT_TESTS_DIR);

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

test(
  'promtool test rules: every alert fires at its threshold after its for:, and stays silent below',
  {skip: missing},
  async () => {
    // The cases pin thresholds, labels and runbook_url; promtool compares annotations whole, so the long description
    // is dropped here (alerts/template checks it).
    const doc = parse(rules) as {groups: {rules: {annotations: Record<string, string>}[]}[]};
    for (const g of doc.groups)
      for (const r of g.rules) r.annotations = {summary: r.annotations.summary, runbook_url: r.annotations.runbook_url};
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-promtool-'));
    fs.writeFileSync(path.join(dir, 'prometheus-rules.yaml'), stringify(doc));
    const cases = fs
      .readdirSync(PROMTOOL_TESTS)
      .filter((n) => n.endsWith('.test.yaml'))
      .sort();
    // One file per service that has alerts: alerts/tested in npm run check refuses an alert without a case.
    const services = [...new Set(corpus.ops!.alerts.map((a) => a.data.service))].sort();
    assert.deepEqual(
      cases,
      services.map((s) => `${s}.test.yaml`),
    );
    for (const c of cases) fs.copyFileSync(path.join(PROMTOOL_TESTS, c), path.join(dir, c));
    // One promtool per file, side by side: promtool runs a file's cases in sequence on one core.
    const run = promisify(execFile);
    const failures = (
      await Promise.all(
        cases.map((c) =>
          run('promtool', ['test', 'rules', c], {cwd: dir, encoding: 'utf8'}).then(
            (r) => ((r.stdout.match(/SUCCESS/g) ?? []).length === 1 ? [] : [`${c}: ${r.stdout}`]),
            (e: {stdout?: string; stderr?: string}) => [`${c}: ${e.stdout ?? ''}${e.stderr ?? ''}`],
          ),
        ),
      )
    ).flat();
    assert.deepEqual(failures, []);
    // Every alert of the catalogue is named by some case, firing and silent (the same rule as alerts/tested).
    const tested = new Set(
      cases.flatMap((c) =>
        (
          parse(fs.readFileSync(path.join(PROMTOOL_TESTS, c), 'utf8')) as {
            tests: {alert_rule_test: {alertname: string}[]}[];
          }
        ).tests.flatMap((t) => t.alert_rule_test.map((a) => a.alertname)),
      ),
    );
    const alerts = corpus.ops!.alerts.map((a) => a.data.name).sort();
    assert.deepEqual([...tested].sort(), alerts);
    assert.ok(alerts.length >= 23, `${alerts.length} alerts`);
  },
);
