import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {BUDGET_PAGES, fileFor, jsBudgetFor} from '../../../scripts/lib/pageWeight';

test('home keeps 150 KB of JavaScript; the four docs budget pages get 175 KB', () => {
  assert.deepEqual(
    BUDGET_PAGES.map((r) => [r, jsBudgetFor(r)]),
    [['/', 153_600], ...BUDGET_PAGES.slice(1).map((r) => [r, 179_200])],
  );
  assert.equal(BUDGET_PAGES.length, 5);
});

test('a route is measured from the file nginx serves for it: index.html of its folder, else NAME.html', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-weight-'));
  try {
    fs.mkdirSync(path.join(dir, 'docs', 'a'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'index.html'), '');
    fs.writeFileSync(path.join(dir, 'docs', 'a', 'index.html'), '');
    fs.writeFileSync(path.join(dir, 'docs', 'b.html'), '');
    assert.equal(fileFor(dir, '/'), path.join(dir, 'index.html'));
    assert.equal(fileFor(dir, '/docs/a?x=1#top'), path.join(dir, 'docs', 'a', 'index.html'));
    assert.equal(fileFor(dir, '/docs/b'), path.join(dir, 'docs', 'b.html'));
    assert.equal(fileFor(dir, '/docs/c'), undefined);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
