import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {REPO, replaceIn, scratchSite} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';

function doctorMap(cwd: string, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'doctor-map.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-map-'));

test('two runs write byte-identical maps; --site changes only the URLs; --check compares', () => {
  const dir = tmp();
  const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((f) => path.join(dir, f));
  assert.equal(doctorMap(GOOD, ['--out', a]).status, 0);
  assert.equal(doctorMap(GOOD, ['--out', b]).status, 0);
  assert.equal(fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'));
  assert.equal(doctorMap(GOOD, ['--out', c, '--site', 'http://docs.lab:8080']).status, 0);
  assert.equal(
    fs.readFileSync(c, 'utf8').replaceAll('http://docs.lab:8080', 'https://aibox-docs.example.internal'),
    fs.readFileSync(a, 'utf8'),
  );
  assert.equal(doctorMap(GOOD, ['--check', a]).status, 0);
  const check = doctorMap(GOOD, ['--check', c]);
  assert.equal(check.status, 1);
  assert.match(check.stderr, /differs from the map generated now/);
  assert.deepEqual(
    fs.readdirSync(dir).sort(),
    ['a.json', 'b.json', 'c.json'],
    'atomic writes leave no temporary files',
  );
});

test('--cli-codes: a CLI code without a page fails, naming the file and the code', () => {
  const dir = tmp();
  const cli = path.join(dir, 'cli-codes.json');
  fs.writeFileSync(cli, JSON.stringify(['AIBOX-NET-001', 'AIBOX-NEW-001']));
  const r = doctorMap(GOOD, ['--out', path.join(dir, 'm.json'), '--cli-codes', cli]);
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    new RegExp(
      `${cli.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1  AIBOX-NEW-001  expected a page for every code the CLI emits`,
    ),
  );
  assert.equal(fs.existsSync(path.join(dir, 'm.json')), false, 'nothing is written when the input is bad');
});

test('bad content is refused with the file and the code: two homes, malformed code, locked code without a home', () => {
  const site = scratchSite(GOOD);
  try {
    const faq = path.join(site, 'docs/troubleshooting/network/old-port.md');
    replaceIn(faq, '[AIBOX-NET-006]', '[AIBOX-NET-006, AIBOX-NET-001]');
    let r = doctorMap(site, ['--out', path.join(site, 'm.json')]);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /docs\/troubleshooting\/network\/old-port\.md:7  error_codes  expected AIBOX-NET-001 to be homed on exactly one entry/,
    );

    replaceIn(faq, '[AIBOX-NET-006, AIBOX-NET-001]', '[AIBOX-NET-6]');
    r = doctorMap(site, ['--out', path.join(site, 'm.json')]);
    assert.match(r.stderr, /old-port\.md:7  error_codes\[0\]  expected an error code matching .*found "AIBOX-NET-6"/);
    // The locked AIBOX-NET-006 has now lost its home, too.
    assert.match(
      r.stderr,
      /error-codes\.lock\.json:5  AIBOX-NET-006  expected published code AIBOX-NET-006 to have a home/,
    );
    assert.equal(fs.existsSync(path.join(site, 'm.json')), false);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});

test('--update-lock only ever adds codes', () => {
  const site = scratchSite(GOOD);
  try {
    fs.writeFileSync(path.join(site, 'error-codes.lock.json'), JSON.stringify({version: 1, codes: ['AIBOX-OLD-001']}));
    assert.equal(doctorMap(site, ['--update-lock']).status, 0);
    // A version 1 lock is migrated: its codes are kept, and retired entries are recorded as retired.
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(site, 'error-codes.lock.json'), 'utf8')), {
      version: 2,
      codes: ['AIBOX-NET-001', 'AIBOX-NET-006', 'AIBOX-OLD-001'],
      retired: ['AIBOX-NET-006'],
    });
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});
