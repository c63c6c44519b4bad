import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileBeforeChange} from '../../../src/adapters/gitHistory';

const FILE = 'error-codes.lock.json';

function repo(): {dir: string; git: (...args: string[]) => string; commit: (text: string) => string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  const commit = (text: string) => {
    fs.writeFileSync(path.join(dir, FILE), text);
    git('add', FILE);
    git('commit', '-q', '-m', text);
    return git('rev-parse', 'HEAD');
  };
  return {dir, git, commit};
}

test('outside a repository there is no history, and no error', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-nogit-'));
  fs.writeFileSync(path.join(dir, FILE), '{}');
  assert.equal(fileBeforeChange(dir, FILE), undefined);
});

test('a single commit has no earlier lock', () => {
  const r = repo();
  r.commit('one');
  assert.equal(fileBeforeChange(r.dir, FILE), undefined);
});

test('an uncommitted edit is compared with HEAD; a committed one with the lock before that commit', () => {
  const r = repo();
  const first = r.commit('one');
  const second = r.commit('two');
  assert.deepEqual(fileBeforeChange(r.dir, FILE), {commit: first, text: 'one'});
  fs.writeFileSync(path.join(r.dir, FILE), 'three');
  assert.deepEqual(fileBeforeChange(r.dir, FILE), {commit: second, text: 'two'});
});

test('with origin/main, a branch is compared with the merge base, whatever it committed since', () => {
  const r = repo();
  const base = r.commit('base');
  r.git('update-ref', 'refs/remotes/origin/main', base);
  r.git('checkout', '-q', '-b', 'topic');
  r.commit('topic one');
  r.commit('topic two');
  assert.deepEqual(fileBeforeChange(r.dir, FILE), {commit: base, text: 'base'});
});
