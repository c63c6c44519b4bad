import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseMarkdown} from '../../../src/content/markdown';
import {pageSections} from '../../../src/content/sections';

test('sections start at each ## heading and each runbook step, with the anchors Docusaurus gives them', () => {
  const md = [
    '---',
    'title: T',
    '---',
    '',
    'Intro text.',
    '',
    '## Symptoms',
    '',
    'It `fails` **badly**.',
    '',
    '### Detail',
    '',
    'More.',
    '',
    '## Symptoms',
    '',
    'Again.',
    '',
    '## Fix it {#the-fix}',
    '',
    ':::step[Restart the proxy]',
    '',
    'Run `aibox start`.',
    '',
    ':::',
    '',
  ].join('\n');
  const {sections, usesHubComponent} = pageSections(parseMarkdown(md, false).tree);
  assert.equal(usesHubComponent, false);
  assert.deepEqual(sections, [
    {heading: '', anchor: '', text: 'Intro text.'},
    {heading: 'Symptoms', anchor: 'symptoms', text: 'It fails badly.\nDetail\nMore.'},
    {heading: 'Symptoms', anchor: 'symptoms-1', text: 'Again.'},
    {heading: 'Fix it', anchor: 'the-fix', text: ''},
    {heading: 'Step 1: Restart the proxy', anchor: 'step-1', text: 'Run aibox start.'},
  ]);
});

test('a page that renders a generated list is a hub; imports are not text', () => {
  const md = "import ErrorIndex from '@site/src/components/ErrorIndex';\n\nEvery code.\n\n<ErrorIndex />\n";
  const {sections, usesHubComponent} = pageSections(parseMarkdown(md, true).tree);
  assert.equal(usesHubComponent, true);
  assert.deepEqual(sections, [{heading: '', anchor: '', text: 'Every code.'}]);
});

test('a :fact[...] reads as its registered value, as on the page; an unknown name stays as written', () => {
  const md = '## Tokens\n\nGit tokens last :fact[git-token-ttl]; mirror tokens :fact[no-such-fact].\n';
  const {sections} = pageSections(parseMarkdown(md, false).tree);
  assert.deepEqual(sections, [
    {heading: 'Tokens', anchor: 'tokens', text: 'Git tokens last 4 hours; mirror tokens no-such-fact.'},
  ]);
});
