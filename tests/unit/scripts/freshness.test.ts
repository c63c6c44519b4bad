import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {REPO} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';

const freshness = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'freshness.ts'), ...args], {
    cwd: GOOD,
    encoding: 'utf8',
  });

test('freshness lists overdue items by owner; --strict fails only when something is overdue', () => {
  const late = freshness(['--today', '2026-11-25']);
  assert.equal(late.status, 0, 'without --strict the report never fails');
  assert.match(
    late.stdout,
    /docs-team \(1\)\n {2}docs\/intro\.md {2}review overdue: last reviewed 2025-01-10, due 2025-07-09, 504 days late/,
  );
  assert.equal(freshness(['--today', '2026-11-25', '--strict']).status, 1);
  const fresh = freshness(['--today', '2025-01-11', '--strict']);
  assert.equal(fresh.status, 0);
  assert.match(fresh.stdout, /nothing overdue on 2025-01-11/);
});
