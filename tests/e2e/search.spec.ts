import {test, expect} from '@playwright/test';
import {allFaqs, doctorMap, pathOf} from './site';

async function searchResults(page: import('@playwright/test').Page, query: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  const links = page.locator('article h2 a[href]');
  await expect(links.first()).toBeVisible();
  return (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((p) => p.replace(/\/$/, ''));
}

test('search finds a known page for a known word', async ({page}) => {
  expect(await searchResults(page, 'garbage collection')).toContain('/runbooks/day-2/harbor-garbage-collection');
});

test('search by error code finds the entry that homes it', async ({page}) => {
  const c = doctorMap.codes.find((x) => x.code === 'AIBOX-NET-001')!;
  expect((await searchResults(page, c.code)).slice(0, 5)).toContain(pathOf(c.url));
});

test('search by symptom phrase finds the entry', async ({page}) => {
  const entry = allFaqs.find((f) => f.id === 'troubleshooting/wsl/clock-drift-after-sleep')!;
  expect((await searchResults(page, 'certificate has expired')).slice(0, 5)).toContain(entry.route);
});

test('the navbar search box suggests pages as you type', async ({page}) => {
  await page.goto('/');
  await page.getByRole('textbox', {name: 'Search'}).fill('Vault failure');
  await expect(page.locator('[class*="dropdownMenu"]').first()).toContainText('Vault failure');
});
