import fs from 'node:fs';
import {test, expect} from '@playwright/test';
import {parse} from 'yaml';
import {allRunbooks, corpus, pathOf} from './site';
import {catalogueEntries} from '../../src/content/generate/opsCatalogue';

const entries = catalogueEntries(corpus);
const CATALOGUE = '/docs/operations/alert-catalogue';

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the alert catalogue lists every alert, a row anchored by its name, with no filter controls', async ({page}) => {
    await page.goto(CATALOGUE);
    const rows = page.locator('[data-testid="alert-catalogue"] tbody tr');
    await expect(rows).toHaveCount(entries.length);
    for (const {alert, runbook} of entries) {
      const row = page.locator(`tr[id="${alert.name}"]`);
      await expect(row).toBeVisible();
      await expect(row).toContainText(alert.service);
      await expect(row).toContainText(alert.severity);
      await expect(row).toContainText(alert.threshold);
      await expect(row).toContainText(alert.routing.receiver);
      await expect(row.getByRole('link', {name: runbook.data.title})).toHaveAttribute('href', runbook.route);
    }
    await expect(page.locator('[data-testid="alert-filter-text"]')).toHaveCount(0);
  });

  test('the dashboards page shows every panel with its PromQL', async ({page}) => {
    await page.goto('/docs/operations/dashboards');
    for (const d of corpus.ops!.dashboards) {
      for (const p of d.data.panels) await expect(page.locator(`tr[id="${d.id}--${p.id}"]`)).toContainText(p.expr);
    }
  });
});

test('a runbook card links its alert to the catalogue row', async ({page}) => {
  const r = allRunbooks.find((x) => x.id === 'disaster-recovery/harbor-registry-failure')!;
  await page.goto(r.route);
  await page.locator('aside.runbook-card').getByRole('link', {name: 'HarborDown'}).click();
  await expect(page).toHaveURL(`${CATALOGUE}#HarborDown`);
  await expect(page.locator('tr[id="HarborDown"]')).toBeInViewport();
});

test('the catalogue filters by severity, service and text after hydration', async ({page}) => {
  await page.goto(CATALOGUE);
  const visible = page.locator('[data-testid="alert-catalogue"] tbody tr:visible');
  await page.getByTestId('alert-filter-severity').selectOption('ticket');
  await expect(visible).toHaveCount(entries.filter((e) => e.alert.severity === 'ticket').length);
  await page.getByTestId('alert-filter-severity').selectOption('');
  await page.getByTestId('alert-filter-service').selectOption('vault');
  await expect(visible).toHaveCount(entries.filter((e) => e.alert.service === 'vault').length);
  await page.getByTestId('alert-filter-text').fill('quorum');
  await expect(visible).toHaveCount(1);
  await expect(page.getByTestId('alert-count')).toHaveText(`1 of ${entries.length} alerts`);
});

test('every rule in build/ops/prometheus-rules.yaml has a severity and a runbook_url whose page names the alert', async ({
  page,
}) => {
  const doc = parse(fs.readFileSync('build/ops/prometheus-rules.yaml', 'utf8')) as {
    groups: {rules: {alert: string; labels: {severity: string}; annotations: {runbook_url: string}}[]}[];
  };
  const rules = doc.groups.flatMap((g) => g.rules);
  const map = JSON.parse(fs.readFileSync('build/ops/alerts.v1.json', 'utf8')) as {alerts: {alert: string}[]};
  expect(rules.map((r) => r.alert).sort()).toEqual(map.alerts.map((a) => a.alert));
  for (const r of rules) {
    expect(r.labels.severity).toMatch(/^(page|ticket)$/);
    const res = await page.goto(pathOf(r.annotations.runbook_url));
    expect(res?.status(), r.alert).toBe(200);
    await expect(page.locator('aside.runbook-card')).toContainText(r.alert);
  }
});
