// Query time in the browser: the site's own search engine (src/search/engine.ts, bundled as the site bundles it)
// run in Debian's Chromium on the built index. A measurement for the bench, never a test assertion.
import fs from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../../src/adapters/findBrowser';
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
