import fs from 'node:fs';
import {ONCE} from './once';
import {expect, test} from '@playwright/test';

// Diagrams are SVG in the HTML, rendered at build time: nothing to run in the browser.
test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the architecture diagrams show as SVG with their labels', async ({page}) => {
    await page.goto('/docs/architecture/overview');
    const svg = page.locator('figure.mermaid-diagram svg');
    await expect(svg).toHaveCount(4);
    for (const i of [0, 1, 2, 3]) {
      await expect(svg.nth(i)).toBeVisible();
      const box = await svg.nth(i).boundingBox();
      expect(box!.height).toBeGreaterThan(100);
    }
    await expect(svg.first()).toContainText('Egress proxy');
  });
});

test('no page ships the mermaid runtime', ONCE, async () => {
  const js = fs.readdirSync('build/assets/js').filter((f) => f.endsWith('.js'));
  const withMermaid = js.filter((f) => /mermaidAPI/.test(fs.readFileSync(`build/assets/js/${f}`, 'utf8')));
  expect(withMermaid).toEqual([]);
});
