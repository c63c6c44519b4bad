import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkFixtureAt, errorLines} from '../../../helpers';
import {checkContentFolders} from '../../../../src/content/checks/contentFiles';

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
  test(`[security/secret] refuses ${fixture} with one error`, () => {
    const as = `${NET}/${fixture}`;
    assert.deepEqual(errorLines(checkFixtureAt(fixture, as)), [`${as}:${expect}  [security/secret]`]);
  });
}

test('[security/secret] allows placeholders, user@host, plain URLs and ordinary non-ASCII text', () => {
  assert.deepEqual(errorLines(checkFixtureAt('near-miss/secret-placeholders.md', `${NET}/ph.md`)), []);
});

test('[security/secret] scans the files beside the pages: records, linked text files and partials', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-secrets-'));
  const put = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
    fs.writeFileSync(path.join(site, file), text);
  };
  try {
    put(
      'monitoring/dashboards/fleet.yaml',
      'panels:\n  - title: Nexus\n    url: https://admin:hunter22@nexus.example.internal/\n',
    );
    put(
      'monitoring/alerts/nexus.yaml',
      'alerts:\n  - alert: NexusDown\n    description: "Slack: hooks.slack.com/services/T0123ABCD/B0456EFGH/aBcDeFgHiJkLmNoPqRsTuVwX"\n',
    );
    put(
      'docs/getting-started/tour.storyboard.yaml',
      'steps:\n  - say: export GITLAB_TOKEN=glpat-AbCdEfGhIjKlMnOpQrSt12\n',
    );
    put('docs/search-synonyms.yaml', 'groups:\n  - [token, &#103;hp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ]\n');
    put(
      'docs/troubleshooting/proxy-log.txt',
      'line one\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzzzzKEYQQ\n',
    );
    put('docs/troubleshooting/_shared.mdx', 'Use ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ here.\n');
    // Near misses: placeholders, a user without a password, a plain URL, an image.
    put(
      'monitoring/dashboards/ok.yaml',
      'panels:\n  - url: https://grafana@grafana.example.internal/d/x\n  - url: https://grafana.example.internal/d/x\n',
    );
    put(
      'docs/troubleshooting/ok.txt',
      'GITLAB_TOKEN=glpat-<token>\nhttps://<user>:<password>@nexus.example.internal/\n',
    );
    put('docs/troubleshooting/shot.png', 'ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ');
    const lines = errorLines(checkContentFolders(site));
    const found = (file: string, line: number, what: string) =>
      `${file}:${line}  (secret)  expected no secrets in a published file, found ${what}  [security/secret]`;
    assert.deepEqual(lines, [
      found('docs/getting-started/tour.storyboard.yaml', 2, 'a GitLab token (glpat-Ab…)'),
      found('docs/search-synonyms.yaml', 2, 'a GitHub token (ghp_abcd…)'),
      found('docs/troubleshooting/_shared.mdx', 1, 'a GitHub token (ghp_abcd…)'),
      found('docs/troubleshooting/proxy-log.txt', 2, 'an AWS secret access key (wJalrXUt…)'),
      found('monitoring/alerts/nexus.yaml', 3, 'a Slack webhook URL (hooks.sl…)'),
      found('monitoring/dashboards/fleet.yaml', 3, 'a password in a URL (https://…)'),
    ]);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});

test('[files/size] a published text file past 1 MB is refused by size, so nothing hides past the scanned part; records leave it to their reader', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-secrets-'));
  const sparse = (file: string, bytes: number) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
    fs.writeFileSync(path.join(site, file), 'line one\n');
    fs.truncateSync(path.join(site, file), bytes);
  };
  try {
    sparse('docs/troubleshooting/proxy-log.txt', 1024 * 1024 + 1);
    sparse('docs/troubleshooting/small.log', 1024 * 1024);
    sparse('monitoring/alerts/huge.yaml', 1024 ** 3);
    sparse('docs/search-synonyms.yaml', 300 * 1024);
    const lines = errorLines(checkContentFolders(site));
    assert.deepEqual(lines, [
      'docs/troubleshooting/proxy-log.txt:1  (file)  expected at most 1024 KB in a published text file, found 1025 KB  [files/size]',
      // The sparse tail is NUL bytes, which the encoding scan reports in the file it does read whole.
      'docs/troubleshooting/small.log:2  (file)  expected text without control or invisible characters, found U+0000  [files/encoding]',
    ]);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});
