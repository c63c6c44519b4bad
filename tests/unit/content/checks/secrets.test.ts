import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt, errorLines} from '../../../helpers';

// Each spelling of a secret that used to pass is refused once, at its line; placeholders stay allowed.
const NET = 'docs/troubleshooting/network';
const CASES: {fixture: string; expect: string}[] = [
  {
    fixture: 'secret-gitlab-token.md',
    expect: '17  (secret)  expected no secrets on a page, found a GitLab token (glpat-Ab…)',
  },
  {
    fixture: 'secret-slack-webhook.md',
    expect: '17  (secret)  expected no secrets on a page, found a Slack webhook URL (hooks.sl…)',
  },
  {
    fixture: 'secret-url-password.md',
    expect: '17  (secret)  expected no secrets on a page, found a password in a URL (https://…)',
  },
  {
    fixture: 'secret-entity-token.md',
    expect: '20  (secret)  expected no secrets on a page, found a GitHub token (ghp_abcd…)',
  },
  {
    fixture: 'secret-zero-width-token.md',
    expect: '20  (secret)  expected no secrets on a page, found a GitHub token (ghp_abcd…)',
  },
  {
    fixture: 'secret-aws-secret-key.md',
    expect: '17  (secret)  expected no secrets on a page, found an AWS secret access key (wJalrXUt…)',
  },
];

for (const {fixture, expect} of CASES) {
  test(`security/secret refuses ${fixture} with one error`, () => {
    const as = `${NET}/${fixture}`;
    assert.deepEqual(errorLines(checkFixtureAt(fixture, as)), [`${as}:${expect}  [security/secret]`]);
  });
}

test('security/secret allows placeholders, user@host, plain URLs and ordinary non-ASCII text', () => {
  assert.deepEqual(errorLines(checkFixtureAt('near-miss/secret-placeholders.md', `${NET}/ph.md`)), []);
});
