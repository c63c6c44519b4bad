import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {checkFixtureAt, errorLines, FIXTURES} from '../../../helpers';

// Frontmatter keys Docusaurus acts on (route, pagination, sidebar classes): every spelling that would steer the site
// elsewhere is one error at the key's line; the values the site uses still pass.
const FILE = 'docs/troubleshooting/network/steer.md';
const base = fs.readFileSync(path.join(FIXTURES, 'bad/slug-walks-up.md'), 'utf8');
const linesWith = (frontmatterLine: string) =>
  errorLines(checkFixtureAt('', FILE, {source: base.replace('slug: ../../etc', frontmatterLine)}));

const SLUG = (found: string) =>
  `${FILE}:12  slug  expected a slug of lower-case words and hyphens between slashes, like "/getting-started/install", found ${found}  [frontmatter/schema]`;

test('[frontmatter/schema] a slug that walks up, doubles a slash, names a scheme or hides a control character is one error', () => {
  const cases: [string, string][] = [
    ['slug: /a/../b', '"/a/../b"'],
    ['slug: /a/%2e%2e/b', '"/a/%2e%2e/b"'],
    ['slug: //evil.example/x', '"//evil.example/x"'],
    ['slug: /docs//x', '"/docs//x"'],
    ['slug: "https://evil.example/"', '"https://evil.example/"'],
    ['slug: "javascript:alert(1)"', '"javascript:alert(1)"'],
    ['slug: "/a\\u0007b"', '"/a\\u0007b"'],
    // Decoded from a YAML escape: the message shows the code point, never the override itself.
    ['slug: "/a\\u202eb"', '"/a\\u{202E}b"'],
  ];
  for (const [line, found] of cases) assert.deepEqual(linesWith(line), [SLUG(found)], line);
});

test('[links/pagination] pagination outside the instance, as a URL or a path, is one error', () => {
  for (const value of ['"https://evil.example/"', '/etc/passwd', '../intro', '"javascript:alert(1)"'])
    assert.deepEqual(
      linesWith(`pagination_next: ${value}`),
      [
        `${FILE}:12  pagination_next  expected the id of a page of docs/, like "getting-started/install", found "${JSON.parse(value.startsWith('"') ? value : JSON.stringify(value))}"  [links/pagination]`,
      ],
      value,
    );
});

test('[frontmatter/schema] sidebar_class_name takes no value at all: the site styles no sidebar item', () => {
  for (const value of ['navbar hidden', '""', 'x'])
    assert.deepEqual(linesWith(`sidebar_class_name: ${value}`), [
      `${FILE}:12  sidebar_class_name  expected no sidebar_class_name: the site styles no sidebar item, found "${value === '""' ? '' : value}"  [frontmatter/schema]`,
    ]);
});

test('[frontmatter/unknown-key] other keys that steer Docusaurus are unknown keys, one error each', () => {
  for (const key of [
    'custom_edit_url',
    'displayed_sidebar',
    'sidebar_custom_props',
    'draft',
    'hide_title',
    'sidebar_key',
  ])
    assert.deepEqual(
      linesWith(`${key}: x`).map((l) => l.replace(/ {2}expected.*\[/, ' [')),
      [`${FILE}:12  ${key} [frontmatter/unknown-key]`],
      key,
    );
});

test('[frontmatter/schema, links/pagination] near misses: a slug of words, the root slug, pagination to a page of the same docs, or none', () => {
  for (const line of ['slug: /ok/page', 'slug: /', 'pagination_next: intro', 'pagination_prev: null'])
    assert.deepEqual(linesWith(line), [], line);
});
