import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt} from '../../../helpers';

const AS = 'docs/troubleshooting/setup/small.md';

test('[consistency/*] each contradiction the review found is refused by its own rule, at its line', () => {
  const errors = checkFixtureAt('consistency-setup.md', AS).filter((e) => e.rule?.startsWith('consistency/'));
  assert.deepEqual(
    errors.map((e) => [e.rule, e.file, e.line]),
    [
      ['consistency/setup-001-warning', AS, 17],
      ['consistency/wsl-distro', AS, 27],
      ['consistency/rollout-stage', AS, 22],
      ['consistency/pip-wheelhouse', AS, 28],
    ],
  );
  assert.equal(errors[1].message, 'expected the WSL distribution name Ubuntu-24.04, found "wsl --export Ubuntu"');
});

test('[consistency/curl-to-shell-baseline] a team policy example that switches off curl-to-shell is refused: the baseline already denies it', () => {
  const errors = checkFixtureAt('policy-curl-to-shell.md', 'docs/tool-packs/policy.md').filter((e) =>
    e.rule?.startsWith('consistency/'),
  );
  assert.deepEqual(
    errors.map((e) => [e.rule, e.line, e.field]),
    [['consistency/curl-to-shell-baseline', 22, '(team policy example) tools.deny']],
  );
});
