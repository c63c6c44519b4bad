import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkLock, cliCodesErrors, compareCliCodes, codeHomes} from '../../../../src/content/checks/codes';
import {GOOD_LOCK, loadGood} from '../../../helpers';

test('every code has exactly one home', () => {
  const homes = codeHomes(loadGood());
  assert.deepEqual([...homes.keys()].sort(), GOOD_LOCK.codes);
  assert.equal(homes.get('AIBOX-NET-001')![0].file, 'docs/troubleshooting/network/proxy-unreachable.md');
});

test('a locked code without a home fails, naming the lock file and the code, and how to retire it', () => {
  const errors = checkLock(loadGood(), {...GOOD_LOCK, codes: [...GOOD_LOCK.codes, 'AIBOX-GONE-001']});
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'error-codes.lock.json');
  assert.equal(errors[0].field, 'AIBOX-GONE-001');
  assert.match(errors[0].message, /published code AIBOX-GONE-001 to have a home/);
  assert.match(errors[0].fix!, /status: retired/);
  assert.equal(errors[0].rule, 'codes/locked-home');
});

test('a homed code missing from the lock fails until the lock is updated', () => {
  const errors = checkLock(loadGood(), {version: 2, codes: ['AIBOX-NET-001'], retired: []});
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'docs/troubleshooting/network/old-port.md');
  assert.match(errors[0].message, /new code AIBOX-NET-006/);
  assert.equal(errors[0].rule, 'codes/new-code');
});

test('retired codes stay homed, so the lock still passes', () => {
  assert.deepEqual(checkLock(loadGood(), GOOD_LOCK), []);
});

test('--cli-codes: codes the CLI emits without a page are errors; active pages the CLI no longer emits are warnings', () => {
  const corpus = loadGood();
  assert.deepEqual(compareCliCodes(corpus, ['AIBOX-NEW-001']), {
    missingPages: ['AIBOX-NEW-001'],
    notEmitted: ['AIBOX-NET-001'],
  });
  const errors = cliCodesErrors(corpus, ['AIBOX-NEW-001'], 'cli-codes.json');
  const missing = errors.find((e) => e.field === 'AIBOX-NEW-001')!;
  assert.equal(missing.file, 'cli-codes.json');
  assert.equal(missing.severity, 'error');
  assert.equal(missing.rule, 'codes/cli');
  const stale = errors.find((e) => e.message.includes('AIBOX-NET-001'))!;
  assert.equal(stale.file, 'docs/troubleshooting/network/proxy-unreachable.md');
  assert.equal(stale.severity, 'warning');
  // A retired code is expected to be missing from the CLI.
  assert.ok(!errors.some((e) => e.message.includes('AIBOX-NET-006')));
});
