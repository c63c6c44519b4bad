import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {ONCE} from './once';
import {htmlElements} from '../../src/content/html';
import {test, expect, type Request} from '@playwright/test';
import {startCollector, type Collector} from '../../scripts/lib/collector';
import {startNginx, type Nginx} from '../../scripts/lib/nginx';
import {SITE_CODE, SITE_CONTENT} from '../../scripts/lib/siteParts';

// Survey pages have their own spec (surveys.spec.ts). The deployment as shipped: nginx in front, the collector behind /api/, a database of the test's own.
const QUICKSTART = '/docs/getting-started/quickstart-vscode';
const HARBOR = '/runbooks/disaster-recovery/harbor-registry-failure';

let dir: string;
let collector: Collector;
let nginx: Nginx;
let base: string;

function report(...args: string[]): string {
  const r = spawnSync('npx', ['tsx', 'scripts/feedback-report.ts', '--db', collector.db, ...args], {encoding: 'utf8'});
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function counter(pagePath: string, answer: string): Promise<number> {
  const text = await (await fetch(`${collector.url}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`aibox_docs_feedback_total{page="${pagePath}",answer="${answer}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

test.describe('behind nginx with the collector', () => {
  // One stack of its own, so the group runs once, in the nginx project.
  // eslint-disable-next-line no-empty-pattern -- Playwright passes testInfo second, after the fixtures
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'nginx', 'runs in the nginx project'));
  // eslint-disable-next-line no-empty-pattern -- as above
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== 'nginx') return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-feedback-e2e-'));
    collector = await startCollector({siteDir: 'build', db: path.join(dir, 'feedback.sqlite'), port: 0, rateLimit: 0});
    nginx = await startNginx({buildDir: 'build', collector: `127.0.0.1:${collector.port}`});
    base = nginx.url;
  });
  test.afterAll(async () => {
    await nginx?.stop();
    await collector?.close();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  test('a No and a comment given by keyboard reach feedback-report, and the page counter rises in /metrics', async ({
    page,
  }) => {
    const before = await counter(QUICKSTART, 'no');
    await page.goto(`${base}${QUICKSTART}`);
    const widget = page.getByTestId('page-feedback');
    // Before anything is typed, the widget says that answers are recorded here.
    await expect(widget.getByTestId('page-feedback-records')).toContainText('recorded for the platform team');
    await expect(widget).toContainText('No IP address, no cookie');
    await widget.getByRole('button', {name: 'No'}).focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByText('Recorded: your answer reached the platform team')).toBeVisible();
    // The vote is stored on its own, before any comment.
    await expect.poll(() => counter(QUICKSTART, 'no')).toBe(before + 1);
    const comment = widget.getByLabel(/What was missing or wrong/);
    await expect(comment).toBeFocused();
    await page.keyboard.type('The Windows tab skips the proxy step');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(widget.getByText('your comment was sent')).toBeVisible();
    expect(await counter(QUICKSTART, 'no')).toBe(before + 1);
    const md = report();
    expect(md).toContain(`| ${QUICKSTART} | 1 | 0 | 100% | no: The Windows tab skips the proxy step |`);
    const json = JSON.parse(report('--format', 'json'));
    expect(json.pages[0]).toMatchObject({page: QUICKSTART, no: 1, yes: 0});
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});

    test('the widget is a form: Yes with a comment posts, lands on the thank-you page, and is counted', async ({
      page,
    }) => {
      const before = await counter(HARBOR, 'yes');
      await page.goto(`${base}${HARBOR}`);
      const widget = page.getByTestId('page-feedback');
      await widget.getByLabel(/Comment \(optional\)/).fill('Clear steps');
      await widget.getByRole('button', {name: 'Yes'}).click();
      await expect(page.getByTestId('feedback-thanks')).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/feedback-thanks');
      expect(await counter(HARBOR, 'yes')).toBe(before + 1);
      expect(report()).toContain('yes: Clear steps');
    });
  });
});

test(
  'the build writes /api/feedback, the collector behind nginx, as the default endpoint, into the config and the page',
  ONCE,
  () => {
    // A literal, not the setting's own default: a build whose default moved, or whose page posts elsewhere, fails.
    test.skip(process.env.AIBOX_DOCS_FEEDBACK_URL !== undefined, 'this build was given another endpoint');
    expect(JSON.parse(fs.readFileSync('build/feedback-config.json', 'utf8'))).toEqual({
      version: 1,
      endpoint: '/api/feedback',
    });
    // Readers without JavaScript post the server-rendered form, so its action must be the configured endpoint too.
    // Parsed as the browser does: the minified page has unquoted attributes in its own order.
    const forms = htmlElements(fs.readFileSync('build/docs/intro/index.html', 'utf8'), 1).filter(
      (e) => e.name === 'form' && e.attributes.method?.toLowerCase() === 'post',
    );
    expect(forms.map((f) => f.attributes.action)).toEqual(['/api/feedback']);
  },
);

test('where nothing records answers, the vote shows the aibox feedback command and nothing is posted elsewhere', async ({
  page,
}) => {
  await page.route('**/feedback-config.json', (route) =>
    route.fulfill({contentType: 'application/json', body: JSON.stringify({version: 1, endpoint: null})}),
  );
  await page.goto(HARBOR, {waitUntil: 'networkidle'});
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const widget = page.getByTestId('page-feedback');
  await widget.getByRole('button', {name: 'Yes'}).click();
  const offline = page.getByTestId('page-feedback-offline');
  await expect(offline).toContainText('This site does not record answers');
  await expect(offline.locator('pre')).toHaveText(`docs ${HARBOR}: helpful`);
  expect(requests.filter((r) => r.method() !== 'GET').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(
    requests.filter((r) => ['fetch', 'xhr'].includes(r.resourceType())).map((r) => new URL(r.url()).pathname),
  ).toEqual(['/feedback-config.json']);
});

// eslint-disable-next-line no-empty-pattern -- Playwright passes testInfo second, after the fixtures
test('AIBOX_DOCS_FEEDBACK_URL=/x npm run build writes /x into feedback-config.json', async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'docusaurus', 'one build is enough');
  test.setTimeout(240_000);
  // A throwaway copy of the site, as scripts/lib/scratchSite.ts makes it (that module reads import.meta, which
  // Playwright's loader does not): code linked, content copied, so the build's output never touches build/.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-site-'));
  for (const name of SITE_CODE) fs.symlinkSync(path.resolve(name), path.join(site, name));
  for (const name of SITE_CONTENT) fs.cpSync(path.resolve(name), path.join(site, name), {recursive: true});
  // The docs plugin reads each page's last update from Git.
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], {cwd: site});
  git('init', '-q');
  git('add', 'docs', 'runbooks');
  git('commit', '-qm', 'scratch');
  try {
    const r = spawnSync('npm', ['run', 'build'], {
      cwd: site,
      encoding: 'utf8',
      env: {...process.env, AIBOX_DOCS_FEEDBACK_URL: '/x'},
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(site, 'build/feedback-config.json'), 'utf8'))).toEqual({
      version: 1,
      endpoint: '/x',
    });
    // The server-rendered form posts there too, for readers without JavaScript.
    expect(fs.readFileSync(path.join(site, 'build/docs/intro/index.html'), 'utf8')).toMatch(
      /<form[^>]* action="?\/x["\s>]/,
    );
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});
