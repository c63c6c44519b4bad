// Search in the browser: query time of the site's own engine (src/search/engine.ts, bundled as the site bundles it)
// in Debian's Chromium on the built index, and what the navbar search fetches before its first result on a served
// build. Measurements for the bench, never test assertions.
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {chromium, type Browser} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../../src/adapters/findBrowser';
import {fileFor, gzipSize} from './pageWeight';
import {percentile, type timeQueries} from './queryTiming';

type Bundle = {createEngine: typeof import('../../src/search/engine').createEngine; timeQueries: typeof timeQueries};

const REPO = path.resolve(__dirname, '..', '..');

export async function measureSearchInBrowser(
  indexJsonPath: string,
  queries: string[],
  rounds = 5,
): Promise<{query_ms_p50: number; query_ms_p95: number}> {
  const bundle = await build({
    // The site's engine and the same timing loop the Node measurement uses.
    stdin: {
      contents:
        "export {createEngine} from './src/search/engine';\nexport {timeQueries} from './scripts/lib/queryTiming';",
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'AiboxSearch',
    platform: 'browser',
    write: false,
    minify: true,
  });
  const browserPath = findBrowser().path;
  if (!browserPath) throw new Error('no Chromium found');
  const browser = await chromium.launch({executablePath: browserPath, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>search bench</title>');
    await page.addScriptTag({content: bundle.outputFiles[0].text});
    const times = await page.evaluate(
      ({json, bodies, queries, rounds}) => {
        const {createEngine, timeQueries} = (window as unknown as {AiboxSearch: Bundle}).AiboxSearch;
        return timeQueries(createEngine(JSON.parse(json), JSON.parse(bodies)), queries, rounds);
      },
      {
        json: fs.readFileSync(indexJsonPath, 'utf8'),
        // Timed with the body index loaded: the slower of the two cases.
        bodies: fs.readFileSync(path.join(path.dirname(indexJsonPath), 'bodies.json'), 'utf8'),
        queries,
        rounds,
      },
    );
    const at = (p: number) => Math.round(percentile(times, p) * 100) / 100;
    return {query_ms_p50: at(0.5), query_ms_p95: at(0.95)};
  } finally {
    await browser.close();
  }
}

export interface FirstResult {
  /** Search data (files under /search/) requested after the first key press and arrived before the first result. */
  first_result_gzip_bytes: number;
  /** Code fetched in the same span (the engine's chunk), counted apart: it does not grow with the site. */
  first_result_code_gzip_bytes: number;
  first_result_files: string[];
}

/**
 * What the navbar search needs before its first result, in Chromium on a served build: the page is loaded, the
 * box opened with `/` and the query typed. A file counts when it was requested after the first key press and had
 * arrived when the first result appeared, gzip-compressed as the build's .gz copies are. Every request then waits
 * 200 ms, as on a slow link, so what the results ask for next (the body index, the snippet texts) cannot arrive in
 * time to be counted by chance.
 */
export async function measureFirstResult(
  browser: Browser,
  baseUrl: string,
  buildDir: string,
  route: string,
  query: string,
): Promise<FirstResult> {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}${route}`, {waitUntil: 'networkidle'});
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 200,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const start = await page.evaluate(() => {
      performance.setResourceTimingBufferSize(10000);
      const w = window as unknown as {firstResultAt?: number};
      // The first result, not the "Loading search…" note: options with an id ending in -opt-0 are hits.
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role="option"][id$="-opt-0"]')) return;
        w.firstResultAt = performance.now();
        observer.disconnect();
      }).observe(document.body, {childList: true, subtree: true});
      return performance.now();
    });
    const box = page.getByRole('combobox', {name: 'Search'});
    // The shortcut works once React has hydrated the page.
    for (let i = 0; i < 50 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('/');
      await page.waitForTimeout(100);
    }
    await page.keyboard.type(query);
    await page.waitForFunction(() => (window as unknown as {firstResultAt?: number}).firstResultAt !== undefined);
    const fetched = await page.evaluate((from) => {
      const end = (window as unknown as {firstResultAt: number}).firstResultAt;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= from && (e as PerformanceResourceTiming).responseEnd <= end)
        .map((e) => new URL(e.name).pathname);
    }, start);
    const own = [...new Set(fetched)].filter((p) => fileFor(buildDir, p)).sort();
    const size = (paths: string[]) => paths.reduce((n, p) => n + gzipSize(fs.readFileSync(fileFor(buildDir, p)!)), 0);
    const data = own.filter((p) => p.startsWith('/search/'));
    return {
      first_result_gzip_bytes: size(data),
      first_result_code_gzip_bytes: size(own.filter((p) => p.endsWith('.js'))),
      first_result_files: own,
    };
  } finally {
    await page.close();
  }
}
