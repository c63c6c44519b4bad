// npm run page-weight-scale [-- --sizes 500,2000] [--port N]: builds the site grown to each size with the synthetic
// corpus, and prints as JSON the JS a synthetic FAQ page loads and the size of main.js (gzip), then the growth from
// the smallest size to the largest. Slow (a 2,000-page build takes minutes): a script, never a test.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../src/adapters/findBrowser';
import {loadContent} from '../src/content/loader';
import {CliError, runCli, usageError} from './lib/cli';
import {intArg} from './lib/collector';
import {fileFor, gzipSize, measurePage} from './lib/pageWeight';
import {
  countHtml,
  generatedGzipBytes,
  growth,
  mainJsGzipBytes,
  syntheticFaqRoute,
  type SizeResult,
} from './lib/scaleWeight';
import {scratchSite} from './lib/scratchSite';
import {commitAll, writeSynthetic} from './lib/stockSite';
import {serveBuild} from './lib/serve';
import {syntheticCorpus} from './lib/syntheticCorpus';

const USAGE = `usage: npm run page-weight-scale [-- --sizes 500,2000] [--port N]

Builds a copy of the site grown to each size with synthetic pages, and prints as JSON what a synthetic FAQ page
loads (JS, gzip) and the gzip size of main.js at each size, then the growth between the smallest and largest.
  --sizes A,B  page counts to build, ascending (default 500,2000)
  --port N     the port each build is served on (default 3213)`;

function sizesArg(value: string | undefined): number[] {
  if (value === undefined) return [500, 2000];
  const sizes = value.split(',').map((s) => intArg('sizes', s.trim(), 0, 1, 20000));
  if (sizes.some((s, i) => i > 0 && s <= sizes[i - 1])) throw usageError(`--sizes: expected ascending, found ${value}`);
  return sizes;
}

/** A copy of the site with synthetic pages up to `total`, committed once so pages have a last update as in Git. */
function grownSite(total: number): {site: string; pages: number} {
  const site = scratchSite();
  const real = loadContent(site).corpus.records.length;
  writeSynthetic(site, syntheticCorpus(Math.max(0, total - real)));
  commitAll(site);
  return {site, pages: loadContent(site).corpus.records.length};
}

async function measureSize(total: number, port: number, browserPath: string): Promise<SizeResult> {
  const {site, pages} = grownSite(total);
  try {
    console.error(`page-weight-scale: building ${pages} pages in ${site}`);
    const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', 'build'], {
      cwd: site,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    if (build.status !== 0) throw new CliError(`build of ${pages} pages failed:\n${build.stderr.slice(-3000)}`);
    const buildDir = path.join(site, 'build');
    const server = await serveBuild(port, site);
    const browser = await chromium.launch({executablePath: browserPath, args: CHROMIUM_ARGS});
    try {
      const weight = await measurePage(browser, server.url, buildDir, syntheticFaqRoute());
      const scripts = Object.fromEntries(
        weight.scripts.map((s) => {
          const f = fileFor(buildDir, s);
          return [s.replace(/^\/assets\/js\//, ''), f ? gzipSize(fs.readFileSync(f)) : 0];
        }),
      );
      return {
        pages,
        routes: countHtml(buildDir),
        faq_js_gzip_bytes: weight.js_gzip_bytes,
        main_js_gzip_bytes: mainJsGzipBytes(buildDir),
        runtime_js_gzip_bytes: mainJsGzipBytes(buildDir, 'runtime~main'),
        generated_gzip_bytes: generatedGzipBytes(site),
        faq_scripts: scripts,
      };
    } finally {
      await browser.close();
      server.stop();
    }
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
}

void runCli(
  {name: 'page-weight-scale', usage: USAGE, options: {sizes: {type: 'string'}, port: {type: 'string'}}},
  async ({values}) => {
    const sizes = sizesArg(values.sizes);
    const port = intArg('port', values.port, 3213, 1, 65535);
    const found = findBrowser();
    if (!found.path) throw new CliError(found.error ?? 'no Chromium found');
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await measureSize(n, port, found.path));
    console.log(JSON.stringify({faq_page: syntheticFaqRoute(), sizes: results, growth: growth(results)}, null, 2));
    return 0;
  },
);
