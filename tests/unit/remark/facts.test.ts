import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {markdownProcessor} from '../../../src/content/markdown';
import remarkFacts from '../../../src/remark/facts';
import {expandFacts, FACTS, factSchema} from '../../../src/content/facts';

function transform(md: string, mdx = false): Root {
  const tree = markdownProcessor(mdx).parse(md) as Root;
  remarkFacts()(tree, {path: 'docs/x.md'});
  return tree;
}

test(':fact[name] becomes the registered value as plain text, in paragraphs, headings and MDX', () => {
  assert.equal(toString(transform('Git tokens last :fact[git-token-ttl].')), 'Git tokens last 4 hours.');
  assert.equal(toString(transform('## Under :fact[cold-start-sla]')), 'Under 90 seconds');
  const tree = transform('Tier 0: **:fact[tier-0-share]**', true);
  assert.equal(toString(tree), 'Tier 0: 70%');
  let directives = 0;
  JSON.stringify(tree, (k, v) => (k === 'type' && v === 'textDirective' ? directives++ : 0, v));
  assert.equal(directives, 0);
});

test('an unknown fact stops the build with the file and line', () => {
  assert.throws(() => transform('\n\nSee :fact[no-such-fact].'), /^Error: docs\/x\.md:3: unknown fact "no-such-fact"/);
});

test('other text directives are left for the directives check', () => {
  const tree = transform('Host :port here.');
  assert.equal(JSON.stringify(tree).includes('"textDirective"'), true);
});

test('expandFacts gives search and summaries the rendered text; unknown names stay as written', () => {
  assert.equal(
    expandFacts('Warm start under :fact[warm-start-sla], :fact[nope].'),
    'Warm start under 15 seconds, :fact[nope].',
  );
});

test('every registered fact passes the schema: kebab-case name, plain-text value, a source', () => {
  for (const fact of FACTS.values()) assert.equal(factSchema.safeParse(fact).success, true, fact.name);
  assert.equal(factSchema.safeParse({name: 'Git_TTL', value: '4 hours', source: 'plan'}).success, false);
  assert.equal(factSchema.safeParse({name: 'git-ttl', value: '`4 hours`', source: 'plan'}).success, false);
});
