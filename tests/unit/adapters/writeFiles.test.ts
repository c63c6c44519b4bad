import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {WriteError, writeFilesAtomic} from '../../../src/adapters/writeFiles';

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-write-'));
const listing = (dir: string) => fs.readdirSync(dir, {recursive: true}).map(String).sort();

test('writeFilesAtomic writes every file and leaves no staging or backup file behind', () => {
  const dir = scratch();
  fs.writeFileSync(path.join(dir, 'a.json'), 'old a');
  writeFilesAtomic([
    {path: path.join(dir, 'a.json'), content: 'new a'},
    {path: path.join(dir, 'sub/b.json'), content: 'new b'},
  ]);
  assert.equal(fs.readFileSync(path.join(dir, 'a.json'), 'utf8'), 'new a');
  assert.equal(fs.readFileSync(path.join(dir, 'sub/b.json'), 'utf8'), 'new b');
  assert.deepEqual(listing(dir), ['a.json', 'sub', path.join('sub', 'b.json')]);
});

test('a rename that fails half-way restores the files already swapped and removes the new ones', () => {
  const dir = scratch();
  const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((n) => path.join(dir, n));
  fs.writeFileSync(a, 'old a');
  fs.writeFileSync(c, 'old c');
  let renames = 0;
  const failing = {
    renameSync(from: string, to: string) {
      // The third swap fails, after a (which existed) and b (which did not) are already in place.
      if (++renames === 3) throw Object.assign(new Error('injected'), {code: 'EIO'});
      fs.renameSync(from, to);
    },
  };
  assert.throws(
    () =>
      writeFilesAtomic(
        [
          {path: a, content: 'new a'},
          {path: b, content: 'new b'},
          {path: c, content: 'new c'},
        ],
        failing,
      ),
    (err: unknown) => err instanceof WriteError && err.message === `${c}: cannot write: EIO`,
  );
  assert.equal(fs.readFileSync(a, 'utf8'), 'old a');
  assert.equal(fs.existsSync(b), false, 'a file that did not exist before is not left behind');
  assert.equal(fs.readFileSync(c, 'utf8'), 'old c');
  assert.deepEqual(listing(dir), ['a.json', 'c.json'], 'no staging or backup file is left');
});

test('a target whose parent is a file fails before any target is touched', () => {
  const dir = scratch();
  const a = path.join(dir, 'a.json');
  fs.writeFileSync(a, 'old a');
  fs.writeFileSync(path.join(dir, 'plain'), 'x');
  assert.throws(
    () =>
      writeFilesAtomic([
        {path: a, content: 'new a'},
        {path: path.join(dir, 'plain/b.json'), content: 'new b'},
      ]),
    (err: unknown) => err instanceof WriteError && /plain\/b\.json: cannot write: (EEXIST|ENOTDIR)$/.test(err.message),
  );
  assert.equal(fs.readFileSync(a, 'utf8'), 'old a');
  assert.deepEqual(listing(dir), ['a.json', 'plain']);
});

test('a target that is a directory fails before any target is touched', () => {
  const dir = scratch();
  const a = path.join(dir, 'a.json');
  fs.writeFileSync(a, 'old a');
  fs.mkdirSync(path.join(dir, 'b.json'));
  assert.throws(
    () =>
      writeFilesAtomic([
        {path: a, content: 'new a'},
        {path: path.join(dir, 'b.json'), content: 'new b'},
      ]),
    (err: unknown) =>
      err instanceof WriteError && err.message.startsWith(`${path.join(dir, 'b.json')}: cannot write: `),
  );
  assert.equal(fs.readFileSync(a, 'utf8'), 'old a');
  assert.deepEqual(listing(dir), ['a.json', 'b.json']);
});
