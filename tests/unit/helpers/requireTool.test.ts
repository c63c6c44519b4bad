import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {REPO} from '../../../scripts/lib/scratchSite';

// A throwaway test file that needs a tool nobody has, run in a child node:test, with and without CI=true.
function runNeeding(env: NodeJS.ProcessEnv) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-tool-'));
  const file = path.join(dir, 'needs.test.ts');
  fs.writeFileSync(
    file,
    `import {test} from 'node:test';\nimport {toolMissing} from ${JSON.stringify(path.join(REPO, 'tests', 'requireTool.ts'))};\n` +
      `const missing = toolMissing('aibox-no-such-tool', ['--version'], 'apt-get install it');\n` +
      `test('uses the tool', {skip: missing}, () => {});\n`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', file], {
    cwd: REPO,
    encoding: 'utf8',
    // NODE_TEST_CONTEXT would make the child report to this runner instead of printing TAP.
    env: {...process.env, CI: undefined, NODE_TEST_CONTEXT: undefined, ...env},
    // A child that never ends fails this test instead of holding up the whole run.
    timeout: 120_000,
  });
  fs.rmSync(dir, {recursive: true, force: true});
  return {status: r.status, results: r.stdout.split('\n').filter((l) => /^(not )?ok \d/.test(l))};
}

test('a missing tool skips its tests on a laptop', () => {
  assert.deepEqual(runNeeding({}), {
    status: 0,
    results: ['ok 1 - uses the tool # SKIP aibox-no-such-tool not found: apt-get install it'],
  });
});

test('with CI=true a missing tool is a failing test of its own', () => {
  assert.deepEqual(runNeeding({CI: 'true'}), {
    status: 1,
    results: [
      'not ok 1 - aibox-no-such-tool is installed (CI=true)',
      'ok 2 - uses the tool # SKIP aibox-no-such-tool not found: apt-get install it',
    ],
  });
});
