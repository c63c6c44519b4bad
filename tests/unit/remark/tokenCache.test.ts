import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Code, Root} from 'mdast';
import {markdownProcessor} from '../../../src/content/markdown';
import remarkCodeTokens, {grammarSet} from '../../../src/remark/codeTokens';
import {diskTokenCache, tokenCacheKey} from '../../../src/remark/tokenCache';

const LANGUAGES = ['bash', 'yaml'];
const PAGE =
  '```bash\naibox start --project .\n```\n\n```yaml\nkey: value\n```\n\n```text\nplain\n```\n\n```bash\necho "$HOME"\n```\n';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-tokens-'));
const entries = (dir: string) => fs.readdirSync(dir).sort();

/** The token property of every block of the page, as the build hands it to the code block component. */
function build(cache: ReturnType<typeof diskTokenCache> | false, page = PAGE): (string | undefined)[] {
  const tree = markdownProcessor(false).parse(page) as Root;
  remarkCodeTokens({languages: LANGUAGES, cache})(tree);
  return (tree.children as Code[]).map(
    (n) => (n.data as {hProperties?: {tokens?: string}} | undefined)?.hProperties?.tokens,
  );
}

test('a warm build gives byte-identical tokens to a cold one and to no cache at all', () => {
  const dir = tempDir();
  try {
    const uncached = build(false);
    const cold = build(diskTokenCache(dir));
    // One entry per coloured block; the text block has nothing to colour and is not stored.
    assert.equal(entries(dir).length, 3);
    assert.ok(entries(dir).every((n) => /^[0-9a-f]{64}\.json$/.test(n)));
    const warm = build(diskTokenCache(dir));
    assert.deepEqual(cold, uncached);
    assert.deepEqual(warm, cold);
    assert.equal(cold[2], undefined);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a warm build reads the stored tokens; a damaged entry is tokenized again and rewritten', () => {
  const dir = tempDir();
  try {
    const cold = build(diskTokenCache(dir));
    const key = tokenCacheKey('yaml', 'key: value', grammarSet(LANGUAGES));
    const entry = path.join(dir, `${key}.json`);
    assert.equal(fs.readFileSync(entry, 'utf8'), cold[1]);
    // Proof that the entry is what the build uses: a stored value comes back as it is.
    fs.writeFileSync(entry, '[[["plain","from the cache"]]]');
    assert.equal(build(diskTokenCache(dir))[1], '[[["plain","from the cache"]]]');
    for (const damaged of ['[[["plain","half', '{"not":"tokens"}', '']) {
      fs.writeFileSync(entry, damaged);
      assert.equal(build(diskTokenCache(dir))[1], cold[1], JSON.stringify(damaged));
      assert.equal(fs.readFileSync(entry, 'utf8'), cold[1]);
    }
    assert.deepEqual(
      entries(dir).filter((n) => n.endsWith('.tmp')),
      [],
    );
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('the key changes with the language, the code and the grammar set, and with nothing else', () => {
  const set = grammarSet(['bash', 'yaml']);
  const key = tokenCacheKey('bash', 'ls', set);
  assert.equal(tokenCacheKey('bash', 'ls', grammarSet(['yaml', 'bash'])), key);
  assert.notEqual(tokenCacheKey('sh', 'ls', set), key);
  assert.notEqual(tokenCacheKey('bash', 'ls ', set), key);
  assert.notEqual(tokenCacheKey('bash', 'ls', grammarSet(['bash'])), key);
  assert.match(set, /^\[1,"\d+\.\d+\.\d+","\d+\.\d+\.\d+",\["bash","yaml"\]\]$/);
});

test('above its bound the cache drops the entries written longest ago, once, before its first write', () => {
  const dir = tempDir();
  try {
    for (let i = 0; i < 8; i++) {
      const f = path.join(dir, `${String(i).padStart(64, '0')}.json`);
      fs.writeFileSync(f, '[]');
      fs.utimesSync(f, 1000 + i, 1000 + i);
    }
    const cache = diskTokenCache(dir, 4);
    cache.set('f'.repeat(64), '[]');
    // 8 entries over a bound of 4: the 5 oldest go (down to 3), then the new entry is written.
    assert.deepEqual(entries(dir), [
      `${'5'.padStart(64, '0')}.json`,
      `${'6'.padStart(64, '0')}.json`,
      `${'7'.padStart(64, '0')}.json`,
      `${'f'.repeat(64)}.json`,
    ]);
    cache.set('e'.repeat(64), '[]');
    assert.equal(entries(dir).length, 5);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a cache that cannot be written changes nothing in the output', () => {
  const dir = tempDir();
  try {
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    assert.deepEqual(build(diskTokenCache(path.join(blocked, 'cache'))), build(false));
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
