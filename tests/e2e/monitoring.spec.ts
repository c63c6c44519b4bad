import fs from 'node:fs';
import {test, expect} from '@playwright/test';
import {corpus} from './site';

const DASHBOARDS = '/docs/operations/dashboards';

test('the dashboards page links each generated Grafana file, and the server serves it as the build wrote it', async ({
  page,
  request,
}) => {
  await page.goto(DASHBOARDS);
  const links = page.getByTestId('grafana-file');
  const ids = corpus.ops!.dashboards.map((d) => d.id).sort();
  await expect(links).toHaveCount(ids.length);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(ids.map((id) => `/ops/grafana/${id}.json`));
  for (const href of hrefs) {
    const res = await request.get(href!);
    expect(res.status(), href!).toBe(200);
    const body = JSON.parse(await res.text()) as {uid: string};
    expect(body).toEqual(JSON.parse(fs.readFileSync(`build${href}`, 'utf8')));
    expect(body.uid).toBe(`aibox-${href!.replace(/^.*\/(.*)\.json$/, '$1')}`);
  }
});

test('the metrics catalogue page shows each metric with its emitter, and links the panels that read it', async ({
  page,
}) => {
  await page.goto('/docs/operations/metrics');
  const names = corpus.ops!.metrics!.map((m) => m.data.name);
  await expect(page.locator('[data-testid="metrics-catalogue"] tbody tr')).toHaveCount(names.length);
  const pilot = page.locator('tr[id="aibox_pilot_respondents"]');
  await expect(pilot).toContainText('Docs feedback collector');
  await pilot.getByRole('link', {name: 'AI-Box rollout KPIs: Pilot satisfaction'}).click();
  await expect(page).toHaveURL('/docs/operations/dashboards#aibox-rollout--pilot-satisfaction');
  await expect(page.locator('tr[id="aibox-rollout--pilot-satisfaction"]')).toBeInViewport();
});
