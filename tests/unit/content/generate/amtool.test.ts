import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {toolMissing} from '../../../requireTool';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse, stringify} from 'yaml';
import {loadAndCheck} from '../../../../src/content/check';
import {buildAlertmanagerRoutes} from '../../../../src/content/generate/prometheusRules';
import {REPO} from '../../../../scripts/lib/scratchSite';

// The real tool, from Debian's `prometheus-alertmanager` package; CI installs it (.ci/run). Without it these skip, loudly.
const missing = toolMissing('amtool', ['--version'], 'apt-get install prometheus-alertmanager (CI installs it)');

const {corpus} = loadAndCheck(REPO);

interface Fragment {
  route: {receiver?: string; routes: {receiver: string}[]};
  receivers: {name: string}[];
}

/**
 * The generated routes inside the smallest config Alertmanager accepts: a root route whose default receiver is the
 * ticket queue, so an alert no child route matches still reaches someone.
 */
function minimalConfig(fragment: Fragment) {
  return {...fragment, route: {receiver: 'aibox-platform-tickets', group_by: ['alertname'], ...fragment.route}};
}

function checkConfig(config: unknown) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-amtool-'));
  const file = path.join(dir, 'alertmanager.yml');
  fs.writeFileSync(file, stringify(config));
  return spawnSync('amtool', ['check-config', file], {encoding: 'utf8'});
}

const fragment = parse(buildAlertmanagerRoutes(corpus)) as Fragment;

test(
  'amtool check-config accepts the generated routes in a minimal config with the two receivers',
  {skip: missing},
  () => {
    assert.deepEqual(
      fragment.receivers.map((r) => r.name),
      ['aibox-platform-pager', 'aibox-platform-tickets'],
    );
    const r = checkConfig(minimalConfig(fragment));
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /SUCCESS/);
    assert.match(r.stdout, /2 receivers/);
  },
);

test('amtool check-config refuses a route to a receiver the config does not define', {skip: missing}, () => {
  const broken = minimalConfig({
    ...fragment,
    receivers: fragment.receivers.filter((x) => x.name !== 'aibox-platform-pager'),
  });
  const r = checkConfig(broken);
  assert.notEqual(r.status, 0);
  assert.match(`${r.stdout}${r.stderr}`, /undefined receiver "aibox-platform-pager"/);
});
