import {test} from 'node:test';
import assert from 'node:assert/strict';
import {contradictions} from '../../../../src/content/checks/facts';
import {checkFixtureAt, loadGood} from '../../../helpers';
import {checkCorpus} from '../../../../src/content/check';

const AS = 'docs/troubleshooting/credentials/git-token.md';
const factErrors = (fixture: string) => checkFixtureAt(fixture, AS).filter((e) => e.rule?.startsWith('facts/'));

test('[facts/contradiction] a hand-typed Git token lifetime that contradicts the registry is exactly one error, naming page, line and figure', () => {
  const errors = factErrors('fact-contradiction.md');
  assert.deepEqual(
    errors.map((e) => [e.rule, e.file, e.line, e.field, e.severity]),
    [['facts/contradiction', AS, 29, '(body)', 'error']],
  );
  assert.equal(
    errors[0].message,
    'expected 4 hours (registered fact git-token-ttl), found "6 hours" in "Remember that the Git token lives for 6 hours."',
  );
  assert.match(errors[0].fix!, /:fact\[git-token-ttl\]/);
});

test('[facts/unknown] unknown fact names are refused one by one, with a did-you-mean where one is close', () => {
  const errors = factErrors('fact-unknown.md');
  assert.deepEqual(
    errors.map((e) => [e.rule, e.line, e.field, e.message]),
    [
      [
        'facts/unknown',
        20,
        '(body) :fact[git-token-tll]',
        'expected a registered fact name (did you mean "git-token-ttl"?), found "git-token-tll"',
      ],
      ['facts/unknown', 24, '(body) :fact[no-such-fact]', 'expected a registered fact name, found "no-such-fact"'],
    ],
  );
});

test('[facts/unknown, facts/contradiction] the good corpus has no fact errors', () => {
  assert.deepEqual(
    checkCorpus(loadGood(), undefined).filter((e) => e.rule?.startsWith('facts/')),
    [],
  );
});

test('[facts/contradiction] each figure is read against its own subject', () => {
  const none: {fact: string; found: string}[] = [];
  assert.deepEqual(contradictions('Git tokens last 4 hours and LLM API keys 8 hours.'), none);
  assert.deepEqual(
    contradictions('It is 4 hours for Git tokens and 8 hours for LLM API keys and package mirror tokens.'),
    none,
  );
  assert.deepEqual(contradictions('The 4-hour Git token and the 8-hour Nexus token.'), none);
  assert.deepEqual(contradictions('Cold start under 90 s; warm start under 15 s.'), none);
  assert.deepEqual(contradictions('A cold start takes under 1.5 minutes.'), none);
  assert.deepEqual(contradictions('Tier 0 takes 70%, Tier 1 20%, Tier 2 9% and Tier 3 1%.'), none);
  assert.deepEqual(contradictions('Git tokens last :fact[git-token-ttl].'), none);
});

test('[facts/contradiction] remaining time and recovery objectives are not lifetimes', () => {
  assert.deepEqual(contradictions('Every Git token has at least 2 h left.'), []);
  assert.deepEqual(contradictions('RTO 2 h: the shortest Git token lifetime left.'), []);
  assert.deepEqual(contradictions('The Git token expired 3 hours ago.'), []);
});

test('[facts/contradiction] contradictions name the fact and the figure as written', () => {
  assert.deepEqual(contradictions('Warm starts take under 20 seconds.'), [
    {fact: 'warm-start-sla', found: '20 seconds'},
  ]);
  assert.deepEqual(contradictions('Tier 1 handles 30% of issues.'), [{fact: 'tier-1-share', found: '30%'}]);
  assert.deepEqual(contradictions('The 8-hour Git token.'), [{fact: 'git-token-ttl', found: '8-hour'}]);
  assert.deepEqual(contradictions('LLM API keys last four hours.'), [{fact: 'llm-api-key-ttl', found: 'four hours'}]);
});
