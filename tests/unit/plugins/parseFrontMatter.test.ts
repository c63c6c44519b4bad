import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseFrontmatterText} from '../../../src/plugins/aibox-content/parseFrontMatter';

test('Docusaurus gets the same frontmatter the loader validated: dates stay strings, body without the block', () => {
  const {frontMatter, content} = parseFrontmatterText('---\ntitle: T\nlast_reviewed: 2026-11-20\n---\n\nBody text.\n');
  assert.deepEqual(frontMatter, {title: 'T', last_reviewed: '2026-11-20'});
  assert.equal(content, '\nBody text.\n');
});

test('a file without frontmatter passes through unchanged', () => {
  assert.deepEqual(parseFrontmatterText('Just text.\n'), {frontMatter: {}, content: 'Just text.\n'});
});
