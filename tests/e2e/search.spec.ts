import fs from 'node:fs';
import {ONCE} from './once';
import {test, expect, type Page} from '@playwright/test';
import {corpus, doctorMap, pathOf} from './site';
import type {SearchIndexFile} from '../../src/search/types';
import {axeViolations} from './axe';

const index = JSON.parse(fs.readFileSync('build/search/index.json', 'utf8')) as SearchIndexFile;

/** Presses a shortcut until the box has focus: the shortcut works once React has hydrated the page. */
async function openSearch(page: Page, key: string) {
  const box = page.getByRole('combobox', {name: 'Search'});
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(box).toBeFocused({timeout: 1000});
  }).toPass();
}

async function resultPaths(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  const links = page.locator('[data-testid="search-results"][data-complete="true"] a[href]');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/\/$/, '')));
}

test('/search?q=vault lists a Vault page first', async ({page}) => {
  const vaultPages = corpus.records.filter((r) => /vault/i.test(r.data.title)).map((r) => r.route);
  const [first] = await resultPaths(page, 'vault');
  expect(vaultPages).toContain(first);
});

test('results link to the page and the section that matched', async ({page}) => {
  await page.goto('/search?q=no%20space%20left%20on%20device');
  const first = page.locator('[data-testid="search-results"][data-complete="true"] a[href]').first();
  await expect(first).toHaveAttribute('href', '/docs/troubleshooting/startup/disk-full#symptoms');
  await expect(page.locator('[data-testid="search-results"] li').first().locator('mark').first()).toBeVisible();
});

test('a plain page load fetches no search data; the first search fetches the small index first, each file once', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/search/')) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/docs/intro', {waitUntil: 'networkidle'});
  expect(fetched).toEqual([]);
  await openSearch(page, '/');
  await page.keyboard.type('vpn dns');
  await expect(page.getByRole('option').first()).toContainText('VPN');
  await page.keyboard.type(' wsl');
  await page.waitForLoadState('networkidle');
  // Then the body index, and the section texts of the pages whose results are shown, never all of them.
  expect(fetched[0]).toBe('/search/index.json');
  expect(fetched.filter((f) => f === '/search/bodies.json')).toEqual(['/search/bodies.json']);
  const texts = fetched.filter((f) => /^\/search\/texts\/\d+\.json$/.test(f));
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.length).toBeLessThan(index.pages.length / 2);
  expect(new Set(fetched).size).toBe(fetched.length);
  expect(fetched.length).toBe(2 + texts.length);
});

test('keyboard only: Ctrl+K, type, arrows and Enter open a result', async ({page}) => {
  await page.goto('/', {waitUntil: 'networkidle'});
  await openSearch(page, 'Control+k');
  await page.keyboard.type('port 2222 already in use');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/troubleshooting\/startup\/ssh-port-in-use\/?#/);
});

test('keyboard only on the search page: Tab reaches the first result and Enter opens it', async ({page}) => {
  await page.goto('/search?q=harbor%20down%20nobody%20can%20pull');
  // The order can change once the body index arrives; read the first result after that.
  const first = page.locator('[data-testid="search-results"][data-complete="true"] a[href]').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  await page.locator('#search-page-query').focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[#/]/g, (c) => `\\${c}`)}`.replace('\\#', '/?#')));
});

test('an error code typed in lower case opens its entry', async ({page}) => {
  const code = doctorMap.codes.find((c) => c.code === 'AIBOX-WSL-004')!;
  await page.goto('/docs/intro', {waitUntil: 'networkidle'});
  await openSearch(page, '/');
  await page.keyboard.type(code.code.toLowerCase());
  await expect(page.getByRole('option').first()).toContainText(code.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${pathOf(code.url)}/?(#[a-z0-9-]+)?$`));
  expect((await resultPaths(page, 'aibox-net-001'))[0]).toBe(
    pathOf(doctorMap.codes.find((c) => c.code === 'AIBOX-NET-001')!.url),
  );
});

test('a query with no match shows the fallback links', async ({page}) => {
  await page.goto('/search?q=qwxzzy%20plokh');
  const fallback = page.getByTestId('search-no-results');
  await expect(fallback).toBeVisible();
  const hrefs = await fallback.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/docs/reference/error-index');
  expect(hrefs).toContain('/docs/support/support-tiers');
  expect(hrefs).toContain('/docs/troubleshooting#network');
});

test('filters keep only runbooks', async ({page}) => {
  const paths = await resultPaths(page, 'vault');
  expect(paths.some((p) => p.startsWith('/docs/'))).toBe(true);
  await page.getByRole('radio', {name: 'Runbooks'}).check();
  await expect(page).toHaveURL(/in=runbooks/);
  const filtered = await page
    .locator('[data-testid="search-results"] a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.every((p) => p.startsWith('/runbooks/'))).toBe(true);
});

test('every section anchor in the index exists on its built page', ONCE, () => {
  const missing: string[] = [];
  for (const s of index.sections) {
    if (!s.anchor) continue;
    const route = index.pages[s.page].route;
    const html = fs.readFileSync(`build${route}/index.html`, 'utf8');
    if (!new RegExp(`\\sid=("?)${s.anchor}\\1[\\s>]`).test(html)) missing.push(`${route}#${s.anchor}`);
  }
  expect(missing).toEqual([]);
});

test('axe finds no accessibility violations on the search page and the open suggestion list', ONCE, async ({page}) => {
  await page.goto('/search?q=vault', {waitUntil: 'networkidle'});
  await expect(page.locator('[data-testid="search-results"] a').first()).toBeVisible();
  await openSearch(page, '/');
  await page.keyboard.type('proxy');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
