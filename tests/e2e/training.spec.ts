import fs from 'node:fs';
import path from 'node:path';
import {ONCE} from './once';
import {test, expect} from '@playwright/test';
import {readStoryboard} from '../../src/content/tour';
import {TOUR_CAST_PATH} from '../../src/content/generate/tourCast';
import {axeViolations} from './axe';

const TESTID = /data-testid="?page-feedback"?[\s>]/;

function htmlPages(dir: string): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

test('every built docs and runbook page has page feedback in its server-rendered HTML', ONCE, () => {
  const pages = [...htmlPages('build/docs'), ...htmlPages('build/runbooks')];
  expect(pages.length).toBeGreaterThan(50);
  expect(pages.filter((p) => !TESTID.test(fs.readFileSync(p, 'utf8')))).toEqual([]);
  expect(TESTID.test(fs.readFileSync('build/index.html', 'utf8'))).toBe(false);
});

test('the tour page plays the recording from this site, with its chapters', async ({page}) => {
  const casts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.cast')) casts.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/docs/getting-started/five-minute-tour');
  const player = page.getByTestId('tour-recording');
  await expect(player.locator('.ap-term')).toContainText('0:00 Start the sandbox');
  await expect(player.locator('.ap-marker')).toHaveCount(6);
  const base = new URL(page.url()).origin;
  expect(casts).toEqual([`200 ${base}/${TOUR_CAST_PATH}`]);
  expect(fs.existsSync(`build/${TOUR_CAST_PATH}`)).toBe(true);
});

test('the player is loaded only on the tour page', async ({page}) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/docs/getting-started/quickstart-vscode', {waitUntil: 'networkidle'});
  expect(loaded.filter((u) => u.endsWith('.cast'))).toEqual([]);
  expect(await page.locator('#asciinema-player-css, .ap-wrapper').count()).toBe(0);
  const css = fs.readdirSync('build/assets/css').map((f) => fs.readFileSync(`build/assets/css/${f}`, 'utf8'));
  expect(css.some((c) => c.includes('.ap-wrapper'))).toBe(false);
});

for (const [name, url] of [
  ['the tour page with its player', '/docs/getting-started/five-minute-tour'],
  ['the JetBrains quickstart with its figures', '/docs/getting-started/quickstart-jetbrains'],
]) {
  test(`axe finds no accessibility violations on ${name}, feedback form open`, async ({page}) => {
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.getByTestId('page-feedback').getByRole('button', {name: 'No'}).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the tour transcript is on the page: every caption, command and output of the storyboard', async ({page}) => {
    const {story} = readStoryboard(process.cwd());
    await page.goto('/docs/getting-started/five-minute-tour');
    const text = (await page.locator('article').innerText()).replace(/[“”]/g, '"').replace(/\s+/g, ' ');
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const missing = story!.chapters.flatMap((c) =>
      [
        c.title,
        ...c.steps.flatMap((s) => ('caption' in s ? [s.caption] : [s.run, ...s.output.split('\n').filter(Boolean)])),
      ].filter((t) => !text.includes(norm(t))),
    );
    expect(missing).toEqual([]);
    await expect(
      page.getByTestId('tour-recording').getByRole('link', {name: 'Download the recording'}),
    ).toHaveAttribute('href', `/${TOUR_CAST_PATH}`);
  });

  test('both quickstarts show at least two captioned figures', async ({page}) => {
    for (const p of ['/docs/getting-started/quickstart-vscode', '/docs/getting-started/quickstart-jetbrains']) {
      await page.goto(p);
      const figures = page.locator('article figure:has(svg[role="img"]):has(figcaption)');
      expect(await figures.count()).toBeGreaterThanOrEqual(2);
      for (const fig of await figures.all()) {
        await expect(fig.locator('figcaption')).toBeVisible();
        await expect(fig.locator('svg')).toBeVisible();
        expect((await fig.locator('svg title').textContent())?.length).toBeGreaterThan(10);
      }
    }
  });
});
