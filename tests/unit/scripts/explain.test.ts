import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {REPO} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';

const explain = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'explain.ts'), ...args], {
    cwd: GOOD,
    encoding: 'utf8',
  });

test('explain reads a map file offline', () => {
  const map = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-explain-')), 'links.json');
  spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'scripts', 'doctor-map.ts'), '--out', map, '--site', 'https://docs.lab'],
    {cwd: GOOD},
  );
  const ok = explain(['AIBOX-NET-001', '--map', map]);
  assert.equal(ok.status, 0);
  assert.equal(
    ok.stdout,
    'AIBOX-NET-001  Egress proxy unreachable\nThe sandbox cannot reach the egress proxy.\nhttps://docs.lab/e/AIBOX-NET-001\n',
  );
  const unknown = explain(['AIBOX-NET-999', '--map', map]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /not a published code/);
  const malformed = explain(['NET1', '--map', map]);
  assert.equal(malformed.status, 1);
  assert.match(malformed.stderr, /not an error code/);
  assert.equal(explain([]).status, 2);
});
