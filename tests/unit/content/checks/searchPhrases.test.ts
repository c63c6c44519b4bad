import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt} from '../../../helpers';
import {checkSearchPhrases} from '../../../../src/content/checks/searchPhrases';
import {parseContentFile} from '../../../../src/content/loader';

test('[search/phrases] a phrase repeating the title or another phrase (any case, any spacing) is refused', () => {
  const errors = checkFixtureAt('faq-search-phrases-repeat.md', 'docs/troubleshooting/network/phrases.md');
  assert.deepEqual(
    errors.map((e) => [e.file, e.line, e.field, e.message, e.rule]),
    [
      [
        'docs/troubleshooting/network/phrases.md',
        12,
        'search_phrases[1]',
        'expected a phrase in readers\' words, found the title again: "egress proxy UNREACHABLE"',
        'search/phrases',
      ],
      [
        'docs/troubleshooting/network/phrases.md',
        12,
        'search_phrases[2]',
        'expected each phrase once (ignoring case), found "No  Internet in the box" again after search_phrases[0]',
        'search/phrases',
      ],
    ],
  );
});

test('[search/phrases] optional, and distinct phrases pass', () => {
  const source = (phrases: string) =>
    `---\ntitle: Disk full\ndescription: d\nowner: platform-team\nlast_reviewed: "2026-11-20"\ncategory: startup\nerror_codes: []\n` +
    `applies_to:\n  os: [linux]\n  ide: any\nresolution_tier: 0\n${phrases}---\n\n## Symptoms\n\nx\n`;
  for (const phrases of ['', 'search_phrases: [no space left, docker ate my disk]\n']) {
    const {record, errors} = parseContentFile('docs/troubleshooting/startup/disk.md', 'docs', source(phrases));
    assert.deepEqual(errors, []);
    assert.deepEqual(checkSearchPhrases(record!), []);
  }
});

test('[frontmatter/schema] search_phrases must be a list of one-line strings', () => {
  const {errors} = parseContentFile(
    'docs/troubleshooting/startup/disk.md',
    'docs',
    '---\ntitle: Disk full\ndescription: d\nowner: platform-team\nlast_reviewed: "2026-11-20"\ncategory: startup\nerror_codes: []\n' +
      'applies_to:\n  os: [linux]\n  ide: any\nresolution_tier: 0\nsearch_phrases: docker ate my disk\n---\n\n## Symptoms\n\nx\n',
  );
  assert.deepEqual(
    errors.map((e) => [e.field, e.message]),
    [
      [
        'search_phrases',
        'expected a list of short phrases, like ["copilot stopped answering"], found "docker ate my disk"',
      ],
    ],
  );
});
