import fs from 'node:fs';
import {test, expect} from '@playwright/test';
import {ONCE} from './once';
import {doctorMap, pathOf} from './site';

// What a code's page holds is in its built HTML, whichever server sends it.
test('every code page in the map exists and shows its code', ONCE, async ({request}) => {
  const wrong: string[] = [];
  for (const c of doctorMap.codes) {
    const res = await request.get(pathOf(c.url));
    const article = /<article\b[\s\S]*<\/article>/.exec(await res.text())?.[0] ?? '';
    if (res.status() !== 200 || !article.includes(c.code)) wrong.push(`${c.url}: ${res.status()}`);
  }
  expect(wrong).toEqual([]);
});

// nginx answers each short link with a 301, checked code by code in production-server.spec.ts; a static host
// serves a page that sends the browser on, which only a browser can follow.
test('every /e/<CODE>/ short link lands on the page that homes the code', async ({page}) => {
  test.skip(test.info().project.name === 'nginx', 'nginx answers 301 (production-server.spec.ts)');
  for (const c of doctorMap.codes) {
    await page.goto(`/e/${c.code}/`, {waitUntil: 'commit'});
    await page.waitForURL((u) => u.pathname.replace(/\/$/, '') === pathOf(c.url), {waitUntil: 'commit'});
  }
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('short links carry a meta refresh and a visible link', async ({page, request}) => {
    test.skip(
      test.info().project.name === 'nginx',
      'nginx answers with a 301 (production-server.spec.ts); the pages are for static hosts',
    );
    for (const c of doctorMap.codes.slice(0, 5)) {
      const html = await (await request.get(`/e/${c.code}/`)).text();
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${pathOf(c.url)}">`);
    }
    const c = doctorMap.codes[0];
    await page.goto(`/e/${c.code}/`);
    await page.waitForURL((u) => u.pathname.replace(/\/$/, '') === pathOf(c.url));
  });
});

test('an unknown short link gets the 404 page pointing to the error index', async ({page}) => {
  const res = await page.goto('/e/AIBOX-NOPE-999/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('main').getByRole('link', {name: 'error index'})).toHaveAttribute(
    'href',
    '/docs/reference/error-index',
  );
});

test('the alert map points every alert at a built runbook page', ONCE, async ({page}) => {
  const alerts = JSON.parse(fs.readFileSync('build/ops/alerts.v1.json', 'utf8')) as {
    alerts: {alert: string; url: string}[];
  };
  expect(alerts.alerts.length).toBeGreaterThan(0);
  // One visit per runbook, however many of its alerts the map lists.
  for (const url of new Set(alerts.alerts.map((a) => a.url))) {
    const res = await page.goto(pathOf(url));
    expect(res?.status(), url).toBe(200);
    const card = page.locator('aside.runbook-card');
    for (const a of alerts.alerts.filter((x) => x.url === url)) await expect(card).toContainText(a.alert);
  }
});

test('the error index lists every code', ONCE, async ({page}) => {
  await page.goto('/docs/reference/error-index');
  for (const c of doctorMap.codes) await expect(page.locator(`tr#${c.code}`)).toContainText(c.title);
});

test('doctor paste: codes listed in order with titles, unknown ones flagged, nothing sent', ONCE, async ({page}) => {
  const sent: {method: string; url: string; body: string}[] = [];
  await page.goto('/doctor-paste', {waitUntil: 'networkidle'});
  page.on('request', (r) => sent.push({method: r.method(), url: r.url(), body: r.postData() ?? ''}));
  const [a, b] = doctorMap.codes;
  await page.getByLabel('Doctor output').fill(`FAIL  ${b.code}  x\nFAIL  ${a.code}  y\nFAIL  AIBOX-ZZZ-999  z`);
  const items = page.locator('.doctor-paste__results li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(b.title);
  await expect(items.nth(1)).toContainText(a.title);
  await expect(items.nth(2)).toContainText('Unknown code');
  // The page may lazy-load its own scripts, but nothing leaves with the pasted text.
  expect(
    sent.filter(
      (r) => r.method !== 'GET' || new URL(r.url).hostname !== '127.0.0.1' || /AIBOX|FAIL/.test(r.url + r.body),
    ),
  ).toEqual([]);
});
