import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {deal, unfinished} from '../../../scripts/lib/shards';
import {REPO} from '../../../scripts/lib/scratchSite';

test('the largest files are dealt first, each to the shard with the least; each shard keeps path order', () => {
  const files = [
    {file: 'a.test.ts', bytes: 10},
    {file: 'b.test.ts', bytes: 50},
    {file: 'c.test.ts', bytes: 30},
    {file: 'd.test.ts', bytes: 25},
    {file: 'e.test.ts', bytes: 5},
  ];
  // b 50 → first; c 30 → second; d 25 → second (30 < 50); a 10 → first (50 < 55); e 5 → second (55 < 60).
  assert.deepEqual(deal(files, 2), [
    ['a.test.ts', 'b.test.ts'],
    ['c.test.ts', 'd.test.ts', 'e.test.ts'],
  ]);
  assert.deepEqual(deal([...files].reverse(), 2), deal(files, 2), 'the order found does not matter');
});

test('more shards than files leaves no empty shard; one shard holds everything in path order', () => {
  assert.deepEqual(deal([{file: 'x.test.ts', bytes: 1}], 4), [['x.test.ts']]);
  assert.deepEqual(
    deal(
      [
        {file: 'b.test.ts', bytes: 1},
        {file: 'a.test.ts', bytes: 9},
      ],
      1,
    ),
    [['a.test.ts', 'b.test.ts']],
  );
});

test('a test that started and never ended is named by its file and name; ended ones, and repeats, are matched', () => {
  const log = [
    'start\t/repo/tests/unit/a.test.ts\tloads',
    'end\t/repo/tests/unit/a.test.ts\tloads',
    'start\t/repo/tests/unit/b.test.ts\tloads',
    'start\tfile:///repo/tests/unit/c.test.ts\tserves\twith a tab',
    'end\t/repo/tests/unit/a.test.ts\tserves\twith a tab',
    '',
  ].join('\n');
  assert.deepEqual(unfinished(log, '/repo'), [
    'tests/unit/b.test.ts: loads',
    'tests/unit/c.test.ts: serves\twith a tab',
  ]);
  assert.deepEqual(unfinished('', '/repo'), []);
});

test('npm run test:unit stops a process that goes silent, names the test that never ended, and fails', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-hang-'));
  const file = path.join(dir, 'hang.test.ts');
  fs.writeFileSync(
    file,
    "import {test} from 'node:test';\ntest('quick', () => {});\ntest('never ends', () => new Promise(() => setInterval(() => {}, 1000)));\n",
  );
  try {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'scripts', 'test-unit.ts'), '--shards', '1', '--silence', '2', file],
      {cwd: REPO, encoding: 'utf8', timeout: 60_000},
    );
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^✔ quick \([\d.]+ms\)$/);
    assert.match(
      lines[1],
      new RegExp(
        `^no output for 2 s since "✔ quick \\([\\d.]+ms\\)"; still running: ${path.relative(REPO, file).replace(/\./g, '\\.')}: never ends\\. Stopping this shard$`,
      ),
    );
    assert.equal(
      lines[2],
      'test:unit: 0 tests in 1 files, 0 passed, 0 failed, 1 of 1 processes stopped before the end (see above)',
    );
    assert.equal(lines.length, 3);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a test file that cannot load fails the run by name, and the files beside it still run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-unloadable-'));
  const good = path.join(dir, 'a-good.test.ts');
  const bad = path.join(dir, 'b-bad.test.ts');
  fs.writeFileSync(good, "import {test} from 'node:test';\ntest('runs', () => {});\n");
  fs.writeFileSync(bad, "import {test} from 'node:test';\nimport './missing';\ntest('never registered', () => {});\n");
  try {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'scripts', 'test-unit.ts'), '--shards', '1', good, bad],
      {cwd: REPO, encoding: 'utf8', timeout: 60_000},
    );
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], `${bad}: cannot load: Cannot find module './missing'`);
    assert.match(r.stdout, /^✔ runs \([\d.]+ms\)$/m);
    assert.equal(lines.at(-1), 'test:unit: 1 tests in 2 files, 1 passed, 0 failed, 1 files could not load (see above)');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
