import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ONCE} from './once';
import {test, expect, type Page} from '@playwright/test';
import {startCollector, type Collector} from '../../scripts/lib/collector';
import {startNginx, type Nginx} from '../../scripts/lib/nginx';
import {painPointPages, surveyPages} from '../../src/content/surveys';
import {topFive} from '../../src/content/painPoints';
import {corpus} from './site';

// The surveys and the pain-point register as deployed: nginx in front, the collector behind /api/, a database of
// this spec's own (and a free port, so it never meets feedback.spec.ts's stack).
const SURVEYS = surveyPages(corpus);
const [REGISTER] = painPointPages(corpus);

let dir: string;
let collector: Collector;
let nginx: Nginx;

async function responses(survey: string): Promise<number> {
  const text = await (await fetch(`${collector.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`aibox_survey_responses_total{survey="${survey}"}`));
  return Number(line?.split(' ').at(-1) ?? 0);
}

/** Scores every scale 4 and types an answer into every text question, by the labels a reader sees. */
async function answer(page: Page, survey: (typeof SURVEYS)[number]['data']['survey']) {
  const form = page.getByTestId('survey-form');
  for (const q of survey.questions) {
    if (q.type === 'scale') await form.getByRole('group', {name: q.text}).getByRole('radio', {name: /^4: /}).check();
    else await form.getByLabel(q.text).fill('The first build was slow');
  }
  return form;
}

test('three surveys and one register are in the content model', ONCE, () => {
  expect(SURVEYS.map((s) => s.data.survey.id).sort()).toEqual(['early-adopters-weekly', 'pilot-daily', 'pilot-weekly']);
  expect(REGISTER).toBeDefined();
});

test.describe('behind nginx with the collector', () => {
  // eslint-disable-next-line no-empty-pattern -- Playwright passes testInfo second, after the fixtures
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'nginx', 'runs in the nginx project'));
  // eslint-disable-next-line no-empty-pattern -- as above
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== 'nginx') return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-surveys-e2e-'));
    collector = await startCollector({siteDir: 'build', db: path.join(dir, 'feedback.sqlite'), port: 0, rateLimit: 0});
    nginx = await startNginx({buildDir: 'build', collector: `127.0.0.1:${collector.port}`});
  });
  test.afterAll(async () => {
    await nginx?.stop();
    await collector?.close();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  for (const s of SURVEYS) {
    const id = s.data.survey.id;

    test(`survey ${id} submits with JavaScript on: a JSON post, then the thank-you in place`, async ({page}) => {
      const before = await responses(id);
      await page.goto(`${nginx.url}${s.route}`);
      await expect(page.getByTestId('survey-form')).toContainText(`${s.data.survey.questions.length} questions`);
      const posted = page.waitForResponse((r) => r.request().method() === 'POST');
      const form = await answer(page, s.data.survey);
      await form.getByRole('button', {name: 'Send answers'}).click();
      const res = await posted;
      expect([new URL(res.url()).pathname, res.status()]).toEqual([`/api/survey/${id}`, 201]);
      await expect(page.getByTestId('survey-status')).toHaveText(
        'Thank you: your answers were stored for the platform team.',
      );
      // The reader stays on the survey page; the answers are stored once.
      expect(new URL(page.url()).pathname).toBe(s.route);
      expect(await responses(id)).toBe(before + 1);
    });

    test.describe(`survey ${id} without JavaScript`, () => {
      test.use({javaScriptEnabled: false});

      test('submits as a form post and lands on the thank-you page', async ({page}) => {
        const before = await responses(id);
        await page.goto(`${nginx.url}${s.route}`);
        const form = await answer(page, s.data.survey);
        await form.getByRole('button', {name: 'Send answers'}).click();
        await expect(page.getByTestId('feedback-thanks')).toBeVisible();
        expect(new URL(page.url()).pathname).toBe('/feedback-thanks');
        expect(await responses(id)).toBe(before + 1);
      });
    });
  }

  test('a survey with a scale left out is not sent: the browser refuses the form first', async ({page}) => {
    const s = SURVEYS[0];
    const before = await responses(s.data.survey.id);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.goto(`${nginx.url}${s.route}`);
    const form = page.getByTestId('survey-form');
    await form.getByRole('button', {name: 'Send answers'}).click();
    expect(await form.evaluate((f) => (f as HTMLFormElement).checkValidity())).toBe(false);
    await expect(page.getByTestId('survey-status')).toHaveText('');
    expect(posts).toEqual([]);
    expect(await responses(s.data.survey.id)).toBe(before);
  });
});

test('the register ranks the pain points and states whether "top 5 fixed and validated" holds', async ({page}) => {
  const verdict = topFive(REGISTER.data.pain_points);
  await page.goto(REGISTER.route);
  const status = page.getByTestId('pain-point-verdict');
  await expect(status).toHaveAttribute('data-holds', String(verdict.holds));
  await expect(status).toContainText(`Top 5 fixed and validated: ${verdict.holds ? 'holds' : 'does not hold yet'}.`);
  const rows = page.getByTestId('pain-point-register').locator('tbody tr');
  await expect(rows).toHaveCount(REGISTER.data.pain_points.length);
  await expect(rows.first().locator('td').nth(1)).toHaveText(verdict.top[0].title);
  await expect(rows.nth(4).locator('td').nth(1)).toHaveText(verdict.top[4].title);
});

test('the register and the three surveys are in the sidebar, and the pilot exit criteria link them', async ({page}) => {
  await page.goto('/docs/rollout/rollout-plan');
  const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
  await expect(sidebar.getByRole('link', {name: 'Pain-point register'})).toHaveAttribute('href', REGISTER.route);
  await sidebar.getByRole('button', {name: /surveys/i}).click();
  for (const s of SURVEYS)
    await expect(sidebar.getByRole('link', {name: s.data.title, exact: true})).toHaveAttribute('href', s.route);
  const article = page.locator('article');
  await expect(
    article.locator('li', {hasText: 'The top 5 pain points'}).getByRole('link', {name: 'pain-point register'}),
  ).toHaveAttribute('href', REGISTER.route);
  await expect(
    article
      .locator('li', {hasText: 'counted from the first question'})
      .getByRole('link', {name: 'pilot weekly survey'}),
  ).toHaveAttribute('href', SURVEYS.find((s) => s.data.survey.id === 'pilot-weekly')!.route);
});
