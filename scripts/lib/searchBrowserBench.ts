// Query time in the browser: the site's own search engine (src/search/engine.ts, bundled as the site bundles it)
// run in Debian's Chromium on the built index. A measurement for the bench, never a test assertion.
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from './findBrowser';

const REPO = path.resolve(__dirname, '..', '..');

export async function measureSearchInBrowser(
  indexJsonPath: string,
  queries: string[],
  rounds = 5,
): Promise<{query_ms_p50: number; query_ms_p95: number}> {
  const bundle = await build({
    entryPoints: [path.join(REPO, 'src', 'search', 'engine.ts')],
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
      ({json, queries, rounds}) => {
        const engine = (
          window as unknown as {AiboxSearch: typeof import('../../src/search/engine')}
        ).AiboxSearch.createEngine(JSON.parse(json));
        for (const q of queries) engine.search(q); // warm the JIT before timing
        const out: number[] = [];
        for (let r = 0; r < rounds; r++) {
          for (const q of queries) {
            const t = performance.now();
            engine.search(q);
            out.push(performance.now() - t);
          }
        }
        return out;
      },
      {json: fs.readFileSync(indexJsonPath, 'utf8'), queries, rounds},
    );
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 100) / 100;
    return {query_ms_p50: at(0.5), query_ms_p95: at(0.95)};
  } finally {
    await browser.close();
  }
}
