import fs from 'node:fs';
import path from 'node:path';
import {ONCE} from './once';
import {test, expect, type Page} from '@playwright/test';
import {sitemapPaths} from './site';
import {axeViolations} from './axe';
import {htmlElements} from '../../src/content/html';

const PHONE = {width: 390, height: 844};
const isLocal = (url: string) => {
  const u = new URL(url);
  return ['data:', 'blob:'].includes(u.protocol) || u.hostname === '127.0.0.1';
};

/** Every request the page makes from now on that leaves 127.0.0.1, with the page that made it. */
function externalRequests(page: Page): Set<string> {
  const external = new Set<string>();
  page.on('request', (r) => {
    if (!isLocal(r.url())) external.add(`${r.url()} (from ${page.url()})`);
  });
  return external;
}

// What a page loads before anyone touches it is written in its HTML and CSS: read every built file, so no page,
// including those the sitemap leaves out (404, short links), can name a resource elsewhere.
const REQUEST_RELS = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|preconnect|dns-prefetch)\b/i;
const REQUEST_ATTRIBUTES = ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'xlink:href'];
/** Any URL with a scheme or a host of its own (`https:`, `//cdn`) is off the site; `data:` stays on the page. */
const offSite = (url: string) => /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url) && !/^\s*data:/i.test(url);

function builtFiles(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

test('no built HTML or CSS file names a resource outside the site', ONCE, () => {
  const found: string[] = [];
  const html = builtFiles('build', '.html');
  expect(html.length).toBeGreaterThan(100);
  for (const file of html) {
    for (const el of htmlElements(fs.readFileSync(file, 'utf8'), 1)) {
      const attrs = el.attributes;
      const urls = REQUEST_ATTRIBUTES.flatMap((a) => (attrs[a] === undefined ? [] : attrs[a].split(/,\s+/)));
      if (el.name === 'link' && REQUEST_RELS.test(attrs.rel ?? '')) urls.push(attrs.href ?? '');
      if (el.name === 'image' || el.name === 'use') urls.push(attrs.href ?? '');
      if (attrs.style) urls.push(...[...attrs.style.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]));
      for (const u of urls) if (offSite(u.trim().split(/\s+/)[0] ?? '')) found.push(`${file}: <${el.name}> ${u}`);
    }
  }
  for (const file of builtFiles('build', '.css')) {
    const css = fs.readFileSync(file, 'utf8');
    for (const m of css.matchAll(/url\(\s*(['"]?)((?:(?!\1\)).)*)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
      const u = m[2] ?? m[4];
      if (offSite(u)) found.push(`${file}: ${u.slice(0, 80)}`);
    }
  }
  expect(found).toEqual([]);
});

// One visit per page of the sitemap, on a phone: it is not wider than the screen, and nothing it requests while
// loading leaves 127.0.0.1. The pages are split between the three workers.
const SHARDS = 3;
test.describe('every page of the sitemap, on a phone', () => {
  test.describe.configure({mode: 'parallel'});
  test.use({viewport: PHONE});
  for (let shard = 0; shard < SHARDS; shard++) {
    test(
      `pages ${shard + 1} of ${SHARDS}: no wider than the phone, no request leaves 127.0.0.1`,
      ONCE,
      async ({page}) => {
        test.setTimeout(300_000);
        const external = externalRequests(page);
        const all = sitemapPaths();
        expect(all.length).toBeGreaterThan(50);
        const wide: string[] = [];
        for (const p of all.filter((_, i) => i % SHARDS === shard)) {
          await page.goto(p, {waitUntil: 'load'});
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > PHONE.width) wide.push(`${p}: ${width} px`);
        }
        expect(wide).toEqual([]);
        expect([...external]).toEqual([]);
      },
    );
  }
});

test('the pages that fetch as they are used fetch nothing from elsewhere', ONCE, async ({page}) => {
  const external = externalRequests(page);
  for (const p of ['/doctor-paste', '/search?q=vault', '/docs/getting-started/five-minute-tour']) {
    await page.goto(p, {waitUntil: 'networkidle'});
  }
  expect([...external]).toEqual([]);
});

test.describe('axe', () => {
  // Each audit takes seconds: the pages are spread over both workers.
  test.describe.configure({mode: 'parallel'});
  for (const [name, path] of [
    ['home page', '/'],
    ['a doc', '/docs/getting-started/quickstart-vscode'],
    ['an FAQ entry', '/docs/troubleshooting/network/proxy-unreachable'],
    ['a runbook', '/runbooks/disaster-recovery/harbor-registry-failure'],
    ['the runbooks index', '/runbooks'],
    ['the architecture page and its diagrams', '/docs/architecture/overview'],
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no accessibility violations on ${name} in ${scheme} mode`, ONCE, async ({page}) => {
        await page.emulateMedia({colorScheme: scheme});
        await page.goto(path, {waitUntil: 'networkidle'});
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test('pages render: home sends each reader to a starting point', async ({page}) => {
  await page.goto('/');
  for (const who of ['Developers', 'Champions', 'Operators', 'Stuck with an error code?']) {
    await expect(page.getByRole('heading', {name: who})).toBeVisible();
  }
  await page.getByRole('link', {name: 'VS Code quickstart'}).first().click();
  await expect(page.locator('article h1')).toBeVisible();
});
