import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

/**
 * The skip reason for tests that need an external tool, or false when it is on PATH. On a laptop a missing tool
 * skips its tests, loudly; in CI (CI=true) it is a failing test of its own, so a broken install cannot pass green.
 */
export function toolMissing(command: string, versionArgs: string[], install: string): string | false {
  if (!spawnSync(command, versionArgs, {encoding: 'utf8'}).error) return false;
  const reason = `${command} not found: ${install}`;
  if (process.env.CI === 'true') test(`${command} is installed (CI=true)`, () => assert.fail(reason));
  return reason;
}
