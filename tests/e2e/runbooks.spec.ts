import {test, expect} from '@playwright/test';
import {allRunbooks, buildToday} from './site';
import {requiredSections} from '../../src/content/checks/structure';
import {freshnessOf} from '../../src/content/freshness';

for (const r of allRunbooks) {
  test(`runbook ${r.id}: summary card, then its sections in order`, async ({page}) => {
    await page.goto(r.route);
    const card = page.locator('aside.runbook-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText(r.data.service);
    await expect(card).toContainText(r.data.owner);
    await expect(card).toContainText(r.data.last_exercised);
    if (r.data.kind === 'disaster-recovery') await expect(card).toContainText(`${r.data.rto} / ${r.data.rpo}`);
    else await expect(card).toContainText(r.data.cadence);
    // The overdue badge and notice follow the exercise interval, as of the date the build used.
    const overdue = freshnessOf(r, buildToday()).some((f) => f.reason === 'exercise');
    await expect(card.locator('.badge', {hasText: /overdue by \d+ days/})).toHaveCount(overdue ? 1 : 0);
    await expect(page.locator('.freshness-notice', {hasText: 'Exercise overdue'})).toHaveCount(overdue ? 1 : 0);
    const h2 = await page.locator('article .markdown > h2').allTextContents();
    expect(h2.map((t) => t.replace(/\u200b/g, '').trim())).toEqual([...requiredSections(r)!]);
  });
}

test('step anchors: each step has #step-N and a link to it lands on that step', async ({page}) => {
  const r = allRunbooks.find((x) => x.id === 'disaster-recovery/harbor-registry-failure')!;
  await page.goto(`${r.route}#step-2`);
  const step2 = page.locator('#step-2');
  await expect(step2).toContainText('Step 2:');
  await expect(step2).toBeInViewport();
  const count = r.directives.filter((d) => d.name === 'step').length;
  await expect(page.locator('section.runbook-step')).toHaveCount(count);
  await expect(page.locator(`#step-${count}`)).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('a runbook reads as a plain numbered list with its card and commands', async ({page}) => {
    const r = allRunbooks.find((x) => x.id === 'disaster-recovery/vault-failure')!;
    await page.goto(r.route);
    await expect(page.locator('aside.runbook-card')).toContainText('Severity');
    await expect(page.locator('#step-1')).toContainText('Step 1:');
    await expect(page.locator('article pre').first()).toBeVisible();
    // Incident-mode controls need JavaScript and must not appear half-working.
    await expect(page.locator('.runbook-step__tick')).toHaveCount(0);
    await expect(page.locator('.incident-toolbar')).toHaveCount(0);
  });

  test('the runbooks index is a full table', async ({page}) => {
    await page.goto('/runbooks');
    await expect(page.locator('.runbooks-table tbody tr')).toHaveCount(allRunbooks.length);
  });
});

test('runbooks index filters by kind and service and sorts by last exercised', async ({page}) => {
  await page.goto('/runbooks');
  const rows = page.locator('.runbooks-table tbody tr');
  await expect(rows).toHaveCount(allRunbooks.length);
  await page.getByLabel('Kind').selectOption('day-2');
  await expect(rows).toHaveCount(allRunbooks.filter((r) => r.data.kind === 'day-2').length);
  await page.getByLabel('Kind').selectOption('all');
  await page.getByLabel('Service').selectOption('harbor');
  await expect(rows).toHaveCount(allRunbooks.filter((r) => r.data.service === 'harbor').length);
  await page.getByLabel('Service').selectOption('all');
  const dates = async () =>
    (await page.locator('.runbooks-table tbody tr td:last-child').allTextContents()).map((t) => t.slice(0, 10));
  const asc = await dates();
  expect(asc).toEqual([...asc].sort());
  await page.getByRole('button', {name: /Last exercised/}).click();
  const desc = await dates();
  expect(desc).toEqual([...asc].sort().reverse());
});

test('incident mode: ticks are timestamped, survive a reload, copy as a timeline and reset', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const r = allRunbooks.find((x) => x.id === 'disaster-recovery/harbor-registry-failure')!;
  await page.goto(r.route);
  await page.getByLabel('Step 1 done').check();
  await page.getByLabel('Step 2 done').check();
  await expect(page.locator('section.runbook-step--done')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('Step 1 done')).toBeChecked();
  await expect(page.locator('.runbook-step__time').first()).toContainText('UTC');
  await page.getByRole('button', {name: 'Copy timeline'}).click();
  await expect(page.locator('.incident-toolbar__status')).toHaveText('Timeline copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain(`### Incident timeline: ${r.data.title}`);
  expect(clip).toMatch(/- \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC: step 1, /);
  expect(clip).toMatch(/step 2, /);
  await page.getByRole('button', {name: 'Reset'}).click();
  await expect(page.locator('section.runbook-step--done')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Step 1 done')).not.toBeChecked();
});
