import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type {Root} from 'mdast';
import {parseFrontmatterText, shareLoadedFrontmatter} from '../../../src/plugins/aibox-content/parseFrontMatter';
import {splitFrontmatter} from '../../../src/content/markdown';
import {loadContent} from '../../../src/content/loader';
import type {ContentRecord} from '../../../src/content/records';
import {REPO} from '../../../scripts/lib/scratchSite';

test('Docusaurus gets the same frontmatter the loader validated: dates stay strings, body without the block', () => {
  const {frontMatter, content} = parseFrontmatterText('---\ntitle: T\nlast_reviewed: 2026-11-20\n---\n\nBody text.\n');
  assert.deepEqual(frontMatter, {title: 'T', last_reviewed: '2026-11-20'});
  assert.equal(content, '\nBody text.\n');
});

test('a file without frontmatter passes through unchanged', () => {
  assert.deepEqual(parseFrontmatterText('Just text.\n'), {frontMatter: {}, content: 'Just text.\n'});
});

/** What splitFrontmatter returned when it parsed the whole page: the reference for the head-only parse. */
function wholePageSplit(source: string) {
  const first = (unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source) as Root).children[0];
  if (first?.type !== 'yaml' || !first.position) return undefined;
  return {text: first.value, firstLine: first.position.start.line + 1, endOffset: first.position.end.offset ?? 0};
}

test('the head-only frontmatter split gives what a parse of the whole page gives', () => {
  const body = '\n# Heading\n\n```yaml\n---\na: 1\n---\n```\n\n---\n\nText.\n';
  const cases = [
    `---\ntitle: T\n---\n${body}`,
    `---\r\ntitle: T\r\n---\r\n\r\nText.\r\n`,
    '---\ntitle: T\n---',
    '---\n---\nText.\n',
    // Closing fences remark takes that the plain-fence shortcut does not: the whole page is parsed.
    `---\ntitle: T\n---  \n${body}`,
    `---\ntitle: T\n--- \t\n---\n${body}`,
    // Not frontmatter at all.
    `---\ntitle: T\n`,
    `----\ntitle: T\n----\n${body}`,
    `--- \ntitle: T\n---\n${body}`,
    ` ---\ntitle: T\n---\n${body}`,
    `Text.\n\n---\ntitle: T\n---\n`,
    '---',
    '',
  ];
  for (const source of cases)
    assert.deepEqual(splitFrontmatter(source), wholePageSplit(source), JSON.stringify(source));
});

const record = (file: string, source: string, data: Record<string, unknown>, bodyOffset: number) =>
  ({file, source, parsedFrontmatter: {data, bodyOffset}}) as unknown as ContentRecord;

test('a page the plugin loaded is not read again; a page whose text changed since is', () => {
  const site = path.join(REPO, 'tests', 'no-such-site');
  const source = '---\ntitle: From the file\n---\n\nBody.\n';
  // The loader's reading differs from the text on purpose: getting it back proves nothing was parsed.
  shareLoadedFrontmatter(site, [record('docs/a.md', source, {title: 'From the loader', tags: ['x']}, 28)]);
  const file = path.join(site, 'docs', 'a.md');
  const first = parseFrontmatterText(source, file);
  assert.deepEqual(first, {frontMatter: {title: 'From the loader', tags: ['x']}, content: '\nBody.\n'});
  (first.frontMatter.tags as string[]).push('changed by a caller');
  assert.deepEqual(parseFrontmatterText(source, file).frontMatter, {title: 'From the loader', tags: ['x']});
  const edited = '---\ntitle: Edited\n---\n\nBody.\n';
  assert.deepEqual(parseFrontmatterText(edited, file), {frontMatter: {title: 'Edited'}, content: '\nBody.\n'});
  assert.deepEqual(parseFrontmatterText(source, path.join(site, 'docs', 'b.md')).frontMatter, {
    title: 'From the file',
  });
});

test('for every page of the site, the shared reading is exactly what reading the file gives', () => {
  const {corpus} = loadContent(REPO);
  assert.ok(corpus.records.length > 50);
  const fresh = corpus.records.map((r) => parseFrontmatterText(r.source));
  shareLoadedFrontmatter(REPO, corpus.records);
  corpus.records.forEach((r, i) => {
    assert.ok(r.parsedFrontmatter, r.file);
    assert.deepEqual(parseFrontmatterText(r.source, path.join(REPO, r.file)), fresh[i], r.file);
  });
});
