import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {REPO, replaceIn, scratchSite} from '../../../scripts/lib/scratchSite';

const HARBOR = 'runbooks/disaster-recovery/harbor-registry-failure.md';

function run(cwd: string, script: string, args: string[] = []) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
  });
}

const lineOf = (file: string, text: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(text)) + 1;

test('rto: soon-ish fails the check and the build, naming file, line and rto; the build leaves no build/ behind', () => {
  const site = scratchSite();
  try {
    replaceIn(path.join(site, HARBOR), 'rto: 4h', 'rto: soon-ish');
    const line = lineOf(path.join(site, HARBOR), 'rto:');
    const expected = `${HARBOR}:${line}  rto  expected a duration like "30m", "4h" or "1d", found "soon-ish"`;

    const check = run(site, 'check-content.ts');
    assert.equal(check.status, 1);
    assert.ok(check.stderr.includes(expected), check.stderr);

    // A previous good build must not survive as something deployable.
    fs.mkdirSync(path.join(site, 'build'));
    fs.writeFileSync(path.join(site, 'build', 'index.html'), 'old');
    const build = run(site, 'build.ts');
    assert.notEqual(build.status, 0);
    assert.ok(`${build.stdout}${build.stderr}`.includes(expected), build.stderr);
    assert.equal(fs.existsSync(path.join(site, 'build')), false);
    assert.equal(fs.existsSync(path.join(site, '.build-tmp')), false);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});

test('a misspelt key fails the check and the build, naming the key and suggesting the right one', () => {
  const site = scratchSite();
  try {
    replaceIn(path.join(site, HARBOR), 'severity:', 'severty:');
    const line = lineOf(path.join(site, HARBOR), 'severty:');
    const expected = `${HARBOR}:${line}  severty  expected a known key, found unknown key "severty"; did you mean "severity"?`;
    const check = run(site, 'check-content.ts');
    assert.equal(check.status, 1);
    assert.ok(check.stderr.includes(expected), check.stderr);
    const build = run(site, 'build.ts');
    assert.notEqual(build.status, 0);
    assert.ok(`${build.stdout}${build.stderr}`.includes(expected), build.stderr);
    assert.equal(fs.existsSync(path.join(site, 'build')), false);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});
