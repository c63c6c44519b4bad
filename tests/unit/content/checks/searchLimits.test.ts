import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod';
import {checkFixtureAt, errorLines, FIXTURES, GOOD} from '../../../helpers';
import {loadAndCheck} from '../../../../src/content/check';
import {mixedScriptWord} from '../../../../src/content/checks/lookalikes';
import {readSynonyms, SYNONYMS_FILE} from '../../../../src/content/synonyms';
import {searchSynonymsSchema, SYNONYM_LIMITS} from '../../../../src/content/schemas/searchSynonyms';
import {faqSchema, runbookSchema} from '../../../../src/content/schemas';
import {SEARCH_PHRASE_LIMITS} from '../../../../src/content/schemas/common';
import type {RuleId} from '../../../../src/content/rules';
import {REPO} from '../../../../scripts/lib/scratchSite';
import {parseYaml} from '../../../../src/content/frontmatter';

// Search limits: content may not make one page win every query, nor spell a word that only looks like another.
const NET = 'docs/troubleshooting/network';
const Y = SYNONYMS_FILE;

/** The good corpus with `fixture` as its synonym list, through the whole check `npm run check` runs. */
function checkSynonyms(fixture: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-syn-'));
  try {
    fs.cpSync(GOOD, dir, {recursive: true});
    fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, Y));
    return errorLines(loadAndCheck(dir).errors);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

const SYNONYM_CASES: {rule: RuleId; fixture: string; expect: string[]}[] = [
  {
    // The group also holds a capitalised word: it is not judged on its own, the oversized group is the mistake.
    rule: 'search/synonym-group-size',
    fixture: 'bad/synonyms/group-too-big.yaml',
    expect: [
      `${Y}:4  groups[1]  expected a group of at most 20 words, found 26: every word widens every query that holds another  [search/synonym-group-size]`,
    ],
  },
  {
    rule: 'search/synonym-groups',
    fixture: 'bad/synonyms/too-many-groups.yaml',
    expect: [
      `${Y}:2  groups  expected at most 100 groups, found 101: keep the list to words readers really mix up  [search/synonym-groups]`,
    ],
  },
  {
    rule: 'search/synonym-overlap',
    fixture: 'bad/synonyms/word-in-two-groups.yaml',
    expect: [
      `${Y}:5  groups[2][2]  expected each word in one group, found "vault" again after groups[1]  [search/synonym-overlap]`,
    ],
  },
  {
    rule: 'search/lookalike',
    fixture: 'bad/synonyms/lookalike.yaml',
    expect: [
      `${Y}:4  groups[1][0]  expected a synonym with each word in one alphabet, found "vаult", Latin with the Cyrillic letter "а" (U+0430)  [search/lookalike]`,
    ],
  },
];

for (const c of SYNONYM_CASES) {
  test(`[${c.rule}] ${c.fixture} gives exactly one error`, () => {
    assert.deepEqual(checkSynonyms(c.fixture), c.expect);
  });
}

test('[search/synonym-group-size] near miss: 100 groups, one of 20 words, whole words in Cyrillic and Han pass', () => {
  assert.deepEqual(checkSynonyms('near-miss/synonyms/within-limits.yaml'), []);
  const {groups, errors} = readSynonyms(scratchWith('near-miss/synonyms/within-limits.yaml'));
  assert.deepEqual(errors, []);
  assert.equal(groups.length, SYNONYM_LIMITS.groups);
  assert.equal(Math.max(...groups.map((g) => g.length)), SYNONYM_LIMITS.groupSize);
});

function scratchWith(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-syn-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, Y));
  return dir;
}

test("[search/synonym-group-size, search/synonym-groups] today's synonym list sits well inside the caps the schema publishes", () => {
  const {groups, errors} = readSynonyms(REPO);
  assert.deepEqual(errors, []);
  assert.ok(groups.length * 3 <= SYNONYM_LIMITS.groups, `${groups.length} groups`);
  assert.ok(Math.max(...groups.map((g) => g.length)) * 2 <= SYNONYM_LIMITS.groupSize);
  const json = JSON.stringify(z.toJSONSchema(searchSynonymsSchema, {io: 'input'}));
  assert.match(json, /"maxItems":20\b/);
  assert.match(json, /"maxItems":100\b/);
  assert.match(json, /"maxLength":40\b/);
});

test('[search/synonyms] a word over 40 characters is a schema error of the synonym list', () => {
  const {errors} = readSynonyms(writeScratch(`groups:\n  - [slow, ${'a'.repeat(41)}]\n`));
  assert.deepEqual(
    errors.map((e) => [e.line, e.field, e.rule, e.message]),
    [
      [
        2,
        'groups[0][1]',
        'search/synonyms',
        `expected a word or phrase of at most 40 characters, found "${'a'.repeat(41)}"`,
      ],
    ],
  );
});

function writeScratch(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-syn-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(path.join(dir, Y), text);
  return dir;
}

const PAGE_CASES: {rule: RuleId; fixture: string; as: string; expect: string[]}[] = [
  {
    rule: 'search/phrase-count',
    fixture: 'search-phrases-too-many.md',
    as: `${NET}/many.md`,
    expect: [
      `${NET}/many.md:13  search_phrases  expected at most 12 search phrases, found 13: more phrases make the entry win unrelated searches  [search/phrase-count]`,
    ],
  },
  {
    rule: 'search/phrase-length',
    fixture: 'search-phrase-too-long.md',
    as: `${NET}/long.md`,
    expect: [
      `${NET}/long.md:14  search_phrases[1]  expected a search phrase of at most 80 characters, found 82: write what a reader types, not a paragraph  [search/phrase-length]`,
    ],
  },
  {
    rule: 'search/lookalike',
    fixture: 'lookalike-search-phrase.md',
    as: `${NET}/phrase.md`,
    expect: [
      `${NET}/phrase.md:12  search_phrases[1]  expected a search phrase with each word in one alphabet, found "vаult", Latin with the Cyrillic letter "а" (U+0430)  [search/lookalike]`,
    ],
  },
  {
    rule: 'search/lookalike',
    fixture: 'lookalike-title.md',
    as: `${NET}/title.md`,
    expect: [
      `${NET}/title.md:2  title  expected a title with each word in one alphabet, found "Prоxy", Latin with the Cyrillic letter "о" (U+043E)  [search/lookalike]`,
    ],
  },
  {
    rule: 'search/lookalike',
    fixture: 'lookalike-heading.md',
    as: 'docs/tokens.md',
    expect: [
      `docs/tokens.md:8  (body) ##  expected a heading with each word in one alphabet, found "Vаult", Latin with the Cyrillic letter "а" (U+0430)  [search/lookalike]`,
    ],
  },
];

for (const c of PAGE_CASES) {
  test(`[${c.rule}] ${c.fixture} gives exactly one error`, () => {
    assert.deepEqual(errorLines(checkFixtureAt(c.fixture, c.as)), c.expect);
  });
}

test('[search/phrase-count] [search/lookalike] near misses: 12 phrases, one of 80 characters, words in other scripts', () => {
  assert.deepEqual(errorLines(checkFixtureAt('near-miss/search-limits.md', `${NET}/limits.md`)), []);
  assert.deepEqual(errorLines(checkFixtureAt('near-miss/lookalike-free-page.md', 'docs/tokens.md')), []);
});

test('[search/phrase-count] two hundred long phrases are one error, not two hundred and one', () => {
  const source = fs
    .readFileSync(path.join(FIXTURES, 'bad/search-phrases-too-many.md'), 'utf8')
    .replace(/search_phrases:\n(?: {2}- .*\n)+/, `search_phrases:\n${`  - "${'x'.repeat(90)}"\n`.repeat(200)}`);
  assert.deepEqual(
    errorLines(checkFixtureAt('', `${NET}/many.md`, {source})).map((l) => l.split('  ').slice(1, 2).join()),
    ['search_phrases'],
  );
});

test("[search/phrase-count, search/phrase-length] today's pages sit inside the phrase caps, and both schemas publish them", () => {
  let most = 0;
  let longest = 0;
  for (const dir of ['docs', 'runbooks'])
    for (const f of fs.readdirSync(path.join(REPO, dir), {recursive: true, encoding: 'utf8'})) {
      if (!/\.mdx?$/.test(f)) continue;
      const text = fs.readFileSync(path.join(REPO, dir, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text);
      const data = front ? (parseYaml(front[1], 2).data as {search_phrases?: string[]}) : undefined;
      const phrases = data?.search_phrases ?? [];
      most = Math.max(most, phrases.length);
      longest = Math.max(longest, ...phrases.map((p) => p.length));
    }
  assert.ok(most > 0 && most * 3 <= SEARCH_PHRASE_LIMITS.count, `${most} phrases`);
  assert.ok(longest > 0 && longest < SEARCH_PHRASE_LIMITS.length, `${longest} characters`);
  for (const schema of [faqSchema, runbookSchema]) {
    const json = JSON.stringify(z.toJSONSchema(schema, {io: 'input'}));
    assert.match(json, /"search_phrases":\{[^}]*"maxLength":80\}[^}]*"maxItems":12/);
  }
});

test('[search/lookalike] mixed alphabets inside one word are found; whole words in any script, digits and CJK beside Latin are not', () => {
  assert.equal(mixedScriptWord('vаult'), '"vаult", Latin with the Cyrillic letter "а" (U+0430)');
  assert.equal(mixedScriptWord('ok Ηarbor'), '"Ηarbor", Greek with the Latin letter "a" (U+0061)');
  assert.equal(mixedScriptWord('прокsи'), '"прокsи", Cyrillic with the Latin letter "s" (U+0073)');
  assert.equal(mixedScriptWord('Տoken'), '"Տoken", Armenian with the Latin letter "o" (U+006F)');
  assert.equal(mixedScriptWord('ᎪI box'), '"ᎪI", Cherokee with the Latin letter "I" (U+0049)');
  for (const fine of ['vault token', 'хранилище', '金庫 vault', 'VPN接続', 'x509 µs', 'ω-3 Ω', 'café naïve', '401'])
    assert.equal(mixedScriptWord(fine), undefined, fine);
});

test('[search/synonym-overlap] words are compared as search indexes them: a stem or a joined phrase counts', () => {
  const {errors} = readSynonyms(
    writeScratch('groups:\n  - [crash, dies]\n  - [crashes, outage]\n  - [vscode, editor]\n  - [vs code, ide]\n'),
  );
  assert.deepEqual(
    errors.map((e) => [e.line, e.field, e.rule, e.message]),
    [
      [
        3,
        'groups[1][0]',
        'search/synonym-overlap',
        'expected each word in one group, found "crashes" again after groups[0] ("crash", the same search term)',
      ],
      [
        5,
        'groups[3][0]',
        'search/synonym-overlap',
        'expected each word in one group, found "vs code" again after groups[2] ("vscode", the same search term)',
      ],
    ],
  );
});
