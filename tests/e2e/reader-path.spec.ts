import {test, expect, type Page} from '@playwright/test';
import {allRunbooks} from './site';
import {FACT_NAMES} from '../../src/content/facts';
import {CATEGORY_LABELS, FAQ_CATEGORIES} from '../../src/content/enums';

const PHONE = {width: 390, height: 844};
const disasterRecovery = allRunbooks.filter((r) => r.data.kind === 'disaster-recovery');

test.describe('on a phone', () => {
  test.use({viewport: PHONE});

  for (const r of disasterRecovery) {
    test(`runbook ${r.id}: step 1 or the way to it is on the first screen; the incident bar stays in view`, async ({
      page,
    }) => {
      await page.goto(r.route);
      const start = page.getByRole('link', {name: /Start at step 1/});
      const step1 = page.locator('#step-1');
      const onFirstScreen = async (l: ReturnType<Page['locator']>) => {
        const box = await l.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
      };
      expect((await onFirstScreen(start)) || (await onFirstScreen(step1))).toBe(true);
      // Severity, RTO and escalation stay in the card on a phone.
      const card = page.locator('aside.runbook-card');
      if (r.data.kind !== 'disaster-recovery') throw new Error('only disaster-recovery runbooks here');
      await expect(card).toContainText(r.data.severity);
      await expect(card).toContainText(r.data.rto);
      await expect(card).toContainText(r.data.escalation[0]);
      await start.click();
      await expect(step1).toBeInViewport();
      const bar = page.locator('.incident-toolbar');
      await expect(bar).toBeVisible();
      const steps = page.locator('section.runbook-step');
      await steps.last().scrollIntoViewIfNeeded();
      await expect(bar).toBeInViewport();
      // The bar does not cover the step a link lands on.
      const barBox = (await bar.boundingBox())!;
      const headBox = (await step1.boundingBox())!;
      expect(headBox.y).toBeLessThan(PHONE.height);
      expect(barBox.y).toBeLessThan(100);
    });
  }
});

test('Reset clears the ticks and Undo brings them back', async ({page}) => {
  const r = disasterRecovery.find((x) => x.id === 'disaster-recovery/harbor-registry-failure')!;
  await page.goto(r.route);
  await page.getByLabel('Step 1 done').check();
  await page.getByLabel('Step 3 done').check();
  await page.getByRole('button', {name: 'Reset'}).click();
  await expect(page.locator('section.runbook-step--done')).toHaveCount(0);
  await expect(page.locator('.incident-toolbar__status')).toHaveText('Cleared 2 ticks.');
  await page.getByRole('button', {name: 'Undo reset'}).click();
  await expect(page.locator('section.runbook-step--done')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('Step 3 done')).toBeChecked();
});

test.describe('tabs without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the VS Code quickstart shows the Linux steps, under their label', async ({page}) => {
    await page.goto('/docs/getting-started/quickstart-vscode');
    const linux = page.locator('[role="tabpanel"]', {has: page.locator('.tab-panel__label', {hasText: /^Linux$/})});
    await expect(linux.first()).toBeVisible();
    await expect(linux.first()).toContainText('Install Docker Engine and the aibox package');
    await expect(page.locator('[role="tablist"]').first()).toBeHidden();
  });

  test('the search page says it needs JavaScript and links the three indexes', async ({page}) => {
    await page.goto('/search?q=vault');
    const note = page.getByTestId('search-noscript');
    await expect(note).toBeVisible();
    const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/docs/troubleshooting', '/docs/reference/error-index', '/runbooks']);
  });
});

test('tabs in print: every panel shows, each under its label', async ({page}) => {
  await page.goto('/docs/getting-started/quickstart-vscode');
  await page.emulateMedia({media: 'print'});
  const panels = page.locator('[role="tabpanel"]');
  const n = await panels.count();
  expect(n).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < n; i++) {
    await expect(panels.nth(i)).toBeVisible();
    await expect(panels.nth(i).locator('.tab-panel__label')).toBeVisible();
  }
});

test('?os=linux selects the Linux tab and is remembered like a click', async ({page}) => {
  await page.goto('/docs/getting-started/quickstart-vscode?os=linux');
  const selected = page.locator('[role="tab"][aria-selected="true"]');
  await expect(selected.first()).toHaveText('Linux');
  await expect(page.locator('[role="tab"][aria-selected="true"]', {hasText: 'Windows'})).toHaveCount(0);
  await page.goto('/docs/getting-started/quickstart-jetbrains');
  await expect(page.locator('[role="tab"][aria-selected="true"]').first()).toHaveText('Linux');
});

for (const path of [
  '/docs/intro',
  '/docs/getting-started/quickstart-vscode',
  '/docs/troubleshooting',
  '/docs/troubleshooting/network/proxy-unreachable',
  '/docs/reference/error-index',
  '/docs/architecture/overview',
  '/runbooks/disaster-recovery/vault-failure',
]) {
  test(`exactly one navbar item is the current page on ${path}`, async ({page}) => {
    await page.goto(path);
    await expect(page.locator('.navbar [aria-current="page"]')).toHaveCount(1);
  });
}

test('categories read as labels in the sidebar, the breadcrumbs and the error index, never as slugs', async ({
  page,
}) => {
  await page.goto('/docs/troubleshooting/network/proxy-unreachable');
  const sidebar = page.locator('.theme-doc-sidebar-container');
  for (const c of FAQ_CATEGORIES) await expect(sidebar.getByText(CATEGORY_LABELS[c], {exact: true})).toHaveCount(1);
  await expect(page.locator('.theme-doc-breadcrumbs')).toContainText(CATEGORY_LABELS.network);
  await page.goto('/docs/reference/error-index');
  const categories = await page.locator('table.error-index tbody td:nth-child(3)').allTextContents();
  expect(categories.filter((c) => (FAQ_CATEGORIES as readonly string[]).includes(c))).toEqual([]);
  const code = page.locator('table.error-index code.error-code').first();
  expect(await code.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
});

test('search follows the box as you type, keeps the query across filters, and the address follows', async ({page}) => {
  await page.goto('/search');
  const box = page.locator('#search-page-query');
  await expect(page.getByText('Type what went wrong')).toBeVisible();
  await box.pressSequentially('vault');
  await expect(page.locator('[data-testid="search-results"] li').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=vault$/);
  await page.getByRole('radio', {name: 'Runbooks'}).check();
  await expect(page).toHaveURL(/q=vault&in=runbooks/);
  await expect(box).toHaveValue('vault');
  await expect(page.locator('[data-testid="search-results"] li').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=vault$/);
  await expect(page.getByRole('radio', {name: 'Everything'})).toBeChecked();
});

test('/search?q=git+token shows the value of a fact, never its name', async ({page}) => {
  await page.goto('/search?q=git+token');
  // Snippets from page bodies appear once the bodies are ranked (data-complete), not with the first results.
  const results = page.locator('[data-testid="search-results"][data-complete="true"]');
  await expect(results).toContainText('Git tokens last 4 hours');
  // The writing guide shows the directive itself, in code, as its example (`:fact[git-token-ttl]`); that is the
  // one place a fact name belongs. Everywhere else a name in a snippet is a directive left unexpanded.
  const snippets = await results
    .locator('li')
    .evaluateAll((lis) =>
      lis
        .filter((li) => !li.querySelector('a')?.getAttribute('href')?.startsWith('/docs/contributing/'))
        .map((li) => (li as HTMLElement).innerText),
    );
  expect(snippets.length).toBeGreaterThan(3);
  expect(FACT_NAMES.filter((n) => snippets.some((t) => t.includes(n)))).toEqual([]);
});

test.describe('diagrams at 1366 px', () => {
  test.use({viewport: {width: 1366, height: 900}});
  test('the architecture page has four diagrams, labels at least 12 px, each opens full size', async ({page}) => {
    await page.goto('/docs/architecture/overview');
    const figures = page.locator('figure.mermaid-diagram');
    await expect(figures).toHaveCount(4);
    const smallest = await figures.evaluateAll((fs) =>
      fs.map((f) => {
        const svg = f.querySelector('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = Array.from(svg.querySelectorAll('text, tspan'))
          .filter((t) => (t.textContent ?? '').trim())
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        return Math.min(...sizes);
      }),
    );
    expect(smallest.filter((px) => px < 12)).toEqual([]);
    const first = figures.first();
    await first.getByRole('link', {name: 'Open full size'}).click();
    await expect(first).toHaveCSS('position', 'fixed');
    await first.getByRole('link', {name: 'Close full size'}).click();
    await expect(first).not.toHaveCSS('position', 'fixed');
    expect(await page.locator('article').innerText()).not.toContain('cosign.pub');
  });
});

test('dark mode inverts the diagrams; the theme toggle changes the colours on its first click', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto('/docs/architecture/overview');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-has-hydrated', 'true');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', {name: /Switch between dark and light mode/}).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const filter = await page
    .locator('figure.mermaid-diagram svg')
    .first()
    .evaluate((el) => getComputedStyle(el).filter);
  expect(filter).toContain('invert');
  await page.getByRole('button', {name: /Switch between dark and light mode/}).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the home page says what AI-Box is and where to start, above the four columns', async ({page}) => {
  await page.goto('/');
  const start = page.getByRole('link', {name: /^Start here/});
  await expect(start).toBeVisible();
  const columns = page.getByRole('heading', {name: 'Developers'});
  expect((await start.boundingBox())!.y).toBeLessThan((await columns.boundingBox())!.y);
  await expect(page.locator('.home-intro')).toContainText('AI-Box is');
});

test('printing in dark mode prints dark text on white; site links print as absolute URLs', async ({page}) => {
  await page.emulateMedia({colorScheme: 'dark'});
  await page.goto('/docs/architecture/overview');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({media: 'print', colorScheme: 'dark'});
  const p = page.locator('article p').first();
  expect(await p.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
  const after = await page
    .locator('article a[href^="/"]')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toMatch(/^" \(https?:\/\/[^"]+\/"?/);
});

test('an unknown short link echoes the code as text, with a search box and the error index', async ({page}) => {
  await page.goto('/e/AIBOX-NOPE-999%3Cb%3E/');
  const main = page.locator('main');
  await expect(main.locator('.not-found__code code').first()).toHaveText('AIBOX-NOPE-999<b>');
  await expect(main.locator('b')).toHaveCount(0);
  await expect(main.getByRole('link', {name: 'error index'})).toHaveAttribute('href', '/docs/reference/error-index');
  await expect(main.getByRole('searchbox')).toHaveValue('AIBOX-NOPE-999<b>');
});

test('the tour transcript chapter headings seek the player', async ({page}) => {
  await page.goto('/docs/getting-started/five-minute-tour');
  const seek = page.getByRole('button', {name: /Play the recording from 0:40/});
  await expect(seek).toBeVisible();
  await seek.click();
  await expect(page.getByTestId('tour-recording').locator('.ap-term')).toContainText('Connect the IDE');
});
