import {ONCE} from './once';
import {test, expect} from '@playwright/test';
import {sitemapPaths} from './site';
import {axeViolations} from './axe';

test('no request leaves 127.0.0.1 on any page in the sitemap', ONCE, async ({page}) => {
  test.setTimeout(600_000);
  const external = new Set<string>();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1')
      external.add(`${r.url()} (from ${page.url()})`);
  });
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(50);
  for (const p of [...paths, '/doctor-paste', '/search?q=vault']) {
    await page.goto(p, {waitUntil: 'networkidle'});
  }
  expect([...external]).toEqual([]);
});

for (const [name, path] of [
  ['home page', '/'],
  ['a doc', '/docs/getting-started/quickstart-vscode'],
  ['an FAQ entry', '/docs/troubleshooting/network/proxy-unreachable'],
  ['a runbook', '/runbooks/disaster-recovery/harbor-registry-failure'],
  ['the runbooks index', '/runbooks'],
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no accessibility violations on ${name} in ${scheme} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme: scheme});
      await page.goto(path, {waitUntil: 'networkidle'});
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('pages render: home sends each reader to a starting point', async ({page}) => {
  await page.goto('/');
  for (const who of ['Developers', 'Champions', 'Operators', 'Stuck with an error code?']) {
    await expect(page.getByRole('heading', {name: who})).toBeVisible();
  }
  await page.getByRole('link', {name: 'VS Code quickstart'}).first().click();
  await expect(page.locator('article h1')).toBeVisible();
});
