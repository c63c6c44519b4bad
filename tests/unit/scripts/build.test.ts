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

// Two mistakes in one scratch site: the check and the build each report both, so one failed build covers both cases
// (a Docusaurus start is most of this file's time).
test('rto: soon-ish and a misspelt key fail the check and the build, each naming file, line and field; the build leaves no build/ behind', () => {
  const site = scratchSite();
  try {
    replaceIn(path.join(site, HARBOR), 'rto: 4h', 'rto: soon-ish');
    replaceIn(path.join(site, HARBOR), 'severity:', 'severty:');
    const expected = [
      `${HARBOR}:${lineOf(path.join(site, HARBOR), 'rto:')}  rto  expected a duration like "30m", "4h" or "1d", found "soon-ish"`,
      `${HARBOR}:${lineOf(path.join(site, HARBOR), 'severty:')}  severty  expected a known key, found unknown key "severty"; did you mean "severity"?`,
    ];

    const check = run(site, 'check-content.ts');
    assert.equal(check.status, 1);
    for (const e of expected) assert.ok(check.stderr.includes(e), `${e}\n---\n${check.stderr}`);

    // A previous good build must not survive as something deployable.
    fs.mkdirSync(path.join(site, 'build'));
    fs.writeFileSync(path.join(site, 'build', 'index.html'), 'old');
    const build = run(site, 'build.ts');
    assert.notEqual(build.status, 0);
    for (const e of expected) assert.ok(`${build.stdout}${build.stderr}`.includes(e), `${e}\n---\n${build.stderr}`);
    assert.equal(fs.existsSync(path.join(site, 'build')), false);
    assert.equal(fs.existsSync(path.join(site, '.build-tmp')), false);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});

test('a feedback URL the browser would post to another host stops npm run build with one line, before Docusaurus starts', () => {
  // Inside the repository, so `--import tsx` resolves; empty, so anything the script writes shows.
  fs.mkdirSync(path.join(REPO, 'node_modules', '.cache'), {recursive: true});
  const dir = fs.mkdtempSync(path.join(REPO, 'node_modules', '.cache', 'aibox-build-env-'));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'build.ts')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: {...process.env, AIBOX_DOCS_FEEDBACK_URL: '/\\evil.example/collect'},
    });
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr,
      'build: AIBOX_DOCS_FEEDBACK_URL: expected a path on this site like /api/feedback, an http(s) URL or off, found "/\\\\evil.example/collect"\n',
    );
    assert.deepEqual(fs.readdirSync(dir), [], 'nothing written');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
