import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/** axe's violations on the page as it is now, one line each (rule id and up to three targets), for toEqual([]). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
