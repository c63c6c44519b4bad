import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {Browser} from 'playwright-core';

export interface PageWeight {
  path: string;
  html_gzip_bytes: number;
  js_gzip_bytes: number;
  css_gzip_bytes: number;
  scripts: string[];
}

/** The pages the budgets are kept for: one per kind of reader visit. */
export const BUDGET_PAGES = [
  '/',
  '/docs/getting-started/quickstart-vscode',
  '/docs/troubleshooting/network/proxy-unreachable',
  '/runbooks/disaster-recovery/harbor-registry-failure',
  '/docs/architecture/overview',
];

/** The home page keeps 150 KB; docs pages carry the docs layout and sidebar on top of it. */
export const HOME_JS_BUDGET_GZIP_BYTES = 150 * 1024;
export const DOCS_JS_BUDGET_GZIP_BYTES = 175 * 1024;
/** What a synthetic FAQ page may gain from a site of 500 pages to one of 2,000. */
export const JS_GROWTH_BUDGET_GZIP_BYTES = 25 * 1024;

export const jsBudgetFor = (route: string) => (route === '/' ? HOME_JS_BUDGET_GZIP_BYTES : DOCS_JS_BUDGET_GZIP_BYTES);

export const gzipSize = (buf: Buffer) => zlib.gzipSync(buf, {level: 9}).length;

/** The built file a site path is served from, as the production server resolves it. */
export function fileFor(buildDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const candidates = [clean, path.join(clean, 'index.html'), `${clean}.html`];
  return candidates.map((c) => path.join(buildDir, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/**
 * What one page costs a reader: the HTML, and the JS and CSS the page itself loads, each gzip-compressed
 * (level 9, as written next to the files at build time). Prefetches of other pages are left out.
 */
export async function measurePage(
  browser: Browser,
  baseUrl: string,
  buildDir: string,
  route: string,
): Promise<PageWeight> {
  const page = await browser.newPage();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  page.on('request', (req) => {
    const purpose = req.headers()['sec-purpose'] ?? req.headers()['purpose'] ?? '';
    if (purpose.includes('prefetch')) return;
    const url = new URL(req.url());
    if (url.origin !== new URL(baseUrl).origin) return;
    if (req.resourceType() === 'script') scripts.add(url.pathname);
    if (req.resourceType() === 'stylesheet') styles.add(url.pathname);
  });
  await page.goto(`${baseUrl}${route}`, {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  await page.close();
  const sum = (paths: Set<string>) =>
    [...paths].reduce((n, p) => {
      const f = fileFor(buildDir, p);
      return n + (f ? gzipSize(fs.readFileSync(f)) : 0);
    }, 0);
  const html = fileFor(buildDir, route);
  return {
    path: route,
    html_gzip_bytes: html ? gzipSize(fs.readFileSync(html)) : 0,
    js_gzip_bytes: sum(scripts),
    css_gzip_bytes: sum(styles),
    scripts: [...scripts].sort(),
  };
}
