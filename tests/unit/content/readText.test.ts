import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {GOOD} from '../../helpers';
import {replaceIn, scratchSite} from '../../../scripts/lib/scratchSite';
import {loadAndCheck} from '../../../src/content/check';
import {formatError} from '../../../src/content/errors';
import {STORYBOARD_FILE} from '../../../src/content/tour';
import {SYNONYMS_FILE} from '../../../src/content/synonyms';

// A data file that is not a readable file of sane size is one content error, never an exception (EISDIR, ENOENT,
// a heap-sized read). Each case runs the real check on a scratch copy, and pins every error it reports.
const goodCopy = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-read-'));
  fs.cpSync(GOOD, dir, {recursive: true});
  return dir;
};
const errorsOf = (dir: string) =>
  loadAndCheck(dir)
    .errors.filter((e) => e.severity === 'error')
    .map(formatError)
    .sort();
const asDir = (dir: string, file: string) => {
  fs.rmSync(path.join(dir, file), {force: true});
  fs.mkdirSync(path.join(dir, file), {recursive: true});
};

test('[codes/lock] a directory where the code lock should be is one error naming the file', () => {
  const dir = goodCopy();
  asDir(dir, 'error-codes.lock.json');
  assert.deepEqual(errorsOf(dir), [
    'error-codes.lock.json:1  (file)  expected a file, found a directory  [codes/lock]\n' +
      '    fix: replace the directory error-codes.lock.json with the file itself',
  ]);
});

test('[alerts/schema] a directory where an alert file should be is one error naming the file', () => {
  const dir = goodCopy();
  asDir(dir, 'monitoring/alerts/x.yaml');
  assert.deepEqual(errorsOf(dir), [
    'monitoring/alerts/x.yaml:1  (file)  expected a file, found a directory  [alerts/schema]\n' +
      '    fix: replace the directory monitoring/alerts/x.yaml with the file itself',
  ]);
});

test('[search/synonyms] a directory where the synonym list should be is one error naming the file', () => {
  const dir = goodCopy();
  asDir(dir, SYNONYMS_FILE);
  assert.deepEqual(errorsOf(dir), [
    `${SYNONYMS_FILE}:1  (file)  expected a file, found a directory  [search/synonyms]\n` +
      `    fix: replace the directory ${SYNONYMS_FILE} with the file itself`,
  ]);
});

test('[files/size] a synonym list of a gigabyte is refused by its size, without reading it', () => {
  const dir = goodCopy();
  const abs = path.join(dir, SYNONYMS_FILE);
  fs.writeFileSync(abs, '');
  // Sparse: takes no disk, but reading it whole would need a gigabyte of heap (and fail as a string).
  fs.truncateSync(abs, 1024 ** 3);
  const before = process.memoryUsage().rss;
  assert.deepEqual(errorsOf(dir), [
    `${SYNONYMS_FILE}:1  (file)  expected at most 256 KB, found 1048576 KB  [files/size]\n` +
      '    fix: keep the file small: split it, or shorten what grew',
  ]);
  assert.ok(process.memoryUsage().rss - before < 256 * 1024 ** 2, 'the file was not read into memory');
});

test('[tour/schema] a directory where the storyboard should be is one error naming the file', () => {
  const dir = scratchSite();
  asDir(dir, STORYBOARD_FILE);
  assert.deepEqual(errorsOf(dir), [
    `${STORYBOARD_FILE}:1  (file)  expected a file, found a directory  [tour/schema]\n` +
      `    fix: replace the directory ${STORYBOARD_FILE} with the file itself`,
  ]);
});

test('[tour/schema] a storyboard page that does not exist is one error at the storyboard line naming it', () => {
  const dir = scratchSite();
  replaceIn(
    path.join(dir, STORYBOARD_FILE),
    'page: docs/getting-started/five-minute-tour.mdx',
    'page: docs/getting-started/gone.mdx',
  );
  assert.deepEqual(errorsOf(dir), [
    `${STORYBOARD_FILE}:7  page  expected an existing page file, found none at "docs/getting-started/gone.mdx"  [tour/schema]\n` +
      '    fix: name a page that exists, such as docs/getting-started/five-minute-tour.mdx',
  ]);
});

test('[files/symlink] a record that is a symbolic link is one error, and what it points to is never read', () => {
  const dir = goodCopy();
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-outside-'));
  // Valid YAML of the wrong shape: if the readers followed the links, schema errors would appear too.
  fs.writeFileSync(path.join(outside, 'x.yaml'), 'not_a_record: true\n');
  for (const file of ['monitoring/alerts/linked.yaml', SYNONYMS_FILE]) {
    fs.rmSync(path.join(dir, file), {force: true});
    fs.symlinkSync(path.join(outside, 'x.yaml'), path.join(dir, file));
  }
  const link = (file: string) =>
    `${file}:1  (file)  expected a regular file or folder, found a symbolic link  [files/symlink]\n` +
    '    fix: replace the link with the file itself';
  assert.deepEqual(errorsOf(dir), [link(SYNONYMS_FILE), link('monitoring/alerts/linked.yaml')]);
});
