import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/**
 * axe's violations on the page as it is now, one line each (rule id and up to three targets), for toEqual([]).
 *
 * axe runs in the page itself (legacy mode): the frame-by-frame run, which then opens a blank page to merge the
 * frames' results, took 2 to 3 times as long (13.3 s against 5.2 s on the Harbor runbook) for the same results. It
 * only matters for iframes, which no page of this site has (the content gate refuses them); a page that gains one
 * is audited frame by frame again, so no frame goes unchecked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = await page.locator('iframe').count();
  const results = await new AxeBuilder({page}).setLegacyMode(frames === 0).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
