import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {FIXTURES, GOOD} from '../../helpers';
import {checkLockHistory} from '../../../src/content/codesHistory';
import {loadAndCheck} from '../../../src/content/check';
import {replaceIn, scratchSite} from '../../../scripts/lib/scratchSite';
import {formatError} from '../../../src/content/errors';
import type {CodeLock} from '../../../src/content/schemas';

// The earlier lock is the good fixture site's: AIBOX-NET-001 active, AIBOX-NET-006 retired.
const EARLIER = fs.readFileSync(path.join(GOOD, 'error-codes.lock.json'), 'utf8');
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

function check(fixture: string, earlier = EARLIER): string[] {
  const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  return checkLockHistory(earlier, COMMIT, JSON.parse(text) as CodeLock, text).map(
    (e) => formatError(e).split('\n')[0],
  );
}

test('[codes/lock-history] a code taken out of retired is one error at the retired key', () => {
  assert.deepEqual(check('bad/lock-history/unretired.json'), [
    'error-codes.lock.json:7  retired  expected AIBOX-NET-006 to stay retired (it is retired in the lock at 0123456789ab), found it no longer in retired  [codes/lock-history]',
  ]);
});

test('[codes/lock-history] a code removed from the lock is one error, even when it was retired', () => {
  assert.deepEqual(check('bad/lock-history/code-removed.json'), [
    'error-codes.lock.json:3  codes  expected every code of the lock at 0123456789ab to stay in it, found AIBOX-NET-006 removed  [codes/lock-history]',
  ]);
});

test('[codes/lock-history] near miss: a lock that only grew (a new code, a newly retired one) passes', () => {
  assert.deepEqual(check('near-miss/lock-history/grown.json'), []);
  // Not retired before, not retired now: nothing went back.
  const noneRetired = JSON.stringify({version: 2, codes: ['AIBOX-NET-001', 'AIBOX-NET-006'], retired: []});
  assert.deepEqual(check('bad/lock-history/unretired.json', noneRetired), []);
});

test('a version 1 lock (codes only) still guards its codes; an earlier lock that is not JSON is not judged', () => {
  const v1 = JSON.stringify({version: 1, codes: ['AIBOX-NET-001', 'AIBOX-NET-006']});
  assert.deepEqual(
    check('bad/lock-history/code-removed.json', v1).map((l) => l.split('  ')[1]),
    ['codes'],
  );
  assert.deepEqual(check('bad/lock-history/code-removed.json', '{not json'), []);
});

test('[codes/lock-history] through the gate: un-retiring a code in the lock and reusing it is one error', () => {
  const dir = scratchSite();
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'site');
    const lock = path.join(dir, 'error-codes.lock.json');
    const text = fs.readFileSync(lock, 'utf8');
    fs.writeFileSync(lock, text.replace(/"retired": \[[^\]]*\]/, '"retired": []'));
    replaceIn(path.join(dir, 'docs/troubleshooting/network/legacy-proxy-port.md'), 'status: retired', 'status: active');
    const retiredLine = text.split('\n').findIndex((l) => l.includes('"retired"')) + 1;
    assert.deepEqual(
      loadAndCheck(dir).errors.map((e) => formatError(e).split('\n')[0]),
      [
        `error-codes.lock.json:${retiredLine}  retired  expected AIBOX-NET-006 to stay retired (it is retired in the lock at ${git('rev-parse', 'HEAD').toString().slice(0, 12)}), found it no longer in retired  [codes/lock-history]`,
      ],
    );
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
