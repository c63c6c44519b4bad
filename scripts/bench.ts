// npm run bench -- --out FILE [--quick]: one JSON document with cold build times (faster and webpack bundlers),
// content-check time, scale runs on synthetic corpora side by side with a stock Docusaurus site, per-page weight and
// Lighthouse (mobile) behind nginx, and search figures. Slow and machine-dependent: a script, never a test.
// See docs/contributing/performance.md.
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {loadContent} from '../src/content/loader';
import {CHROMIUM_ARGS, findBrowser} from '../src/adapters/findBrowser';
import {treeRssKiB} from './lib/procTree';
import {syntheticCorpus} from './lib/syntheticCorpus';
import {writeDeployFiles} from './lib/deployFiles';
import {startNginx} from './lib/nginx';
import {BUDGET_PAGES, jsBudgetFor, measurePage} from './lib/pageWeight';
import {measureSearch} from './lib/searchBench';
import {measureFirstResult, measureSearchInBrowser} from './lib/searchBrowserBench';
import {commitAll, stockSite, writeSynthetic} from './lib/stockSite';
import {parseQueries} from '../src/search/evaluate';
import {REPO, scratchSite} from './lib/scratchSite';
import {
  checkFileArgs,
  CliError,
  inputDir,
  inputFile,
  readText,
  runCli,
  usageError,
  writeOutputs,
  type Args,
} from './lib/cli';

const QUERIES_FILE = path.join(REPO, 'tests', 'search', 'queries.tsv');

const USAGE =
  'usage: npm run bench -- --out FILE [--quick]\n' +
  '       npm run bench -- --search-only [BUILD_DIR]   (search figures only, Node, Chromium and behind nginx, on an existing build)\n' +
  '       npm run bench -- --pages-only [BUILD_DIR]    (page weight and Lighthouse only, behind nginx, on an existing build)';
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
// Performance audited alone, median of five runs, is stable on a 2-core machine; with all four categories in each
// run the score moved by about 8 points between runs.
const LIGHTHOUSE_PERFORMANCE_RUNS = 5;
const NGINX_PORT = Number(process.env.BENCH_PORT ?? 3230);
const CDP_PORT = NGINX_PORT + 1;

interface Run {
  ok: boolean;
  wall_s: number;
  peak_rss_mb: number;
  timed_out?: boolean;
}

/** Runs a command, sampling the RSS of its whole process tree; wall time from spawn to exit. */
async function measured(
  cmd: string,
  args: string[],
  opts: {cwd: string; env?: NodeJS.ProcessEnv; timeoutS?: number},
): Promise<Run> {
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: {...process.env, ...opts.env},
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  let peak = 0;
  let timedOut = false;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 100);
  // A build that runs away (5,000 pages) is stopped, with its whole process group, and reported as such.
  const limit = opts.timeoutS
    ? setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, opts.timeoutS * 1000)
    : undefined;
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  clearTimeout(limit);
  if (code !== 0 && !timedOut) console.error(`bench: ${cmd} ${args.join(' ')} failed in ${opts.cwd}:\n${stderr}`);
  return {
    ok: code === 0,
    wall_s: round(Number(process.hrtime.bigint() - started) / 1e9),
    peak_rss_mb: Math.round(peak / 1024),
    ...(timedOut ? {timed_out: true} : {}),
  };
}

/** A cold production build: no .docusaurus, no bundler or diagram cache. */
async function coldBuild(
  siteDir: string,
  outDir: string,
  bundler: 'faster' | 'webpack',
  timeoutS?: number,
): Promise<Run> {
  for (const dir of ['.docusaurus', 'node_modules/.cache'])
    fs.rmSync(path.join(siteDir, dir), {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  const run = await measured('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {AIBOX_DOCS_BUNDLER: bundler},
    timeoutS,
  });
  if (!run.ok && !run.timed_out) throw new Error(`${bundler} build of ${siteDir} failed`);
  return run;
}

async function check(siteDir: string): Promise<{pages: number; wall_s: number}> {
  const run = await measured(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', 'check-content.ts')], {
    cwd: siteDir,
  });
  if (!run.ok) throw new Error(`content check failed in ${siteDir}`);
  return {pages: loadContent(siteDir).corpus.records.length, wall_s: run.wall_s};
}

// synthetic-00004.md: the first FAQ entry syntheticCorpus writes, the same file at every size.
const SYNTHETIC_FAQ = 'synthetic-00004.md';
const readQueries = () => parseQueries(readText(QUERIES_FILE)).queries.map((q) => q.query);

// A scale build is stopped after this long and reported with timed_out, so one size cannot sink the whole run.
const SCALE_BUILD_TIMEOUT_S = Number(process.env.BENCH_SCALE_TIMEOUT_S ?? 1800);

/**
 * The built site behind nginx, in Chromium; both are closed when `use` is done. For Lighthouse, nginx listens on
 * NGINX_PORT and Chromium on CDP_PORT; otherwise nginx takes a free port.
 */
async function served<T>(buildDir: string, use: (browser: Browser, url: string) => Promise<T>, lighthouse = false) {
  const found = findBrowser();
  if (!found.path) throw new Error(found.error);
  const server = await startNginx({buildDir, port: lighthouse ? NGINX_PORT : undefined});
  const browser = await chromium.launch({
    executablePath: found.path,
    args: [...CHROMIUM_ARGS, ...(lighthouse ? [`--remote-debugging-port=${CDP_PORT}`] : [])],
  });
  try {
    return await use(browser, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The JavaScript of one synthetic FAQ page and the search figures in Chromium, on one size's build. */
async function builtFigures(buildDir: string, faqRoute: string) {
  writeDeployFiles(buildDir);
  const texts = readQueries();
  const {js, first} = await served(buildDir, async (browser, url) => ({
    js: (await measurePage(browser, url, buildDir, faqRoute)).js_gzip_bytes,
    first: await measureFirstResult(browser, url, buildDir, faqRoute, texts[0]),
  }));
  const timing = await measureSearchInBrowser(path.join(buildDir, 'search', 'index.json'), texts);
  return {
    entry: {
      js_gzip_bytes: js,
      first_result_gzip_bytes: first.first_result_gzip_bytes,
      query_ms_p50: timing.query_ms_p50,
      query_ms_p95: timing.query_ms_p95,
    },
    faq_page: faqRoute,
    first_result_files: first.first_result_files,
  };
}

/** The site with synthetic pages added up to `total`: checked, built cold, then measured in Chromium. */
async function siteAtSize(total: number) {
  const site = scratchSite();
  try {
    const real = loadContent(site).corpus.records.length;
    writeSynthetic(site, syntheticCorpus(Math.max(0, total - real)));
    commitAll(site);
    const c = await check(site);
    const buildDir = path.join(site, 'build');
    const b = await coldBuild(site, buildDir, 'faster', SCALE_BUILD_TIMEOUT_S);
    // The same synthetic FAQ entry at every size, so its weight shows what the growth of the site adds.
    const faq = loadContent(site).corpus.records.find((r) => r.file.endsWith(SYNTHETIC_FAQ));
    if (!faq) throw new Error(`no ${SYNTHETIC_FAQ} in the ${total}-page corpus`);
    const figures = b.timed_out
      ? null
      : await builtFigures(buildDir, faq.route).catch((err: Error) => {
          // The build times still count when a browser measurement fails.
          console.error(`bench: measuring the ${total}-page build failed: ${err.message}`);
          return null;
        });
    return {c, b, figures};
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
}

/** A stock Docusaurus site of `total` synthetic pages, built cold. */
async function stockAtSize(total: number) {
  const stock = stockSite(syntheticCorpus(total));
  try {
    return await coldBuild(stock, path.join(stock, 'build'), 'faster', SCALE_BUILD_TIMEOUT_S);
  } finally {
    fs.rmSync(stock, {recursive: true, force: true});
  }
}

/** One size, the site and a stock Docusaurus site with as many pages built in the same run. */
async function scale(total: number) {
  const {c, b, figures} = await siteAtSize(total);
  console.error(`bench: scale ${total} pages, stock Docusaurus`);
  // A failed stock build is recorded with its reason; the site's own figures for the size still count.
  const stock = await stockAtSize(total).catch((err: Error) => ({error: err.message}));
  const built = 'error' in stock ? undefined : stock;
  return {
    pages: c.pages,
    check_wall_s: c.wall_s,
    build_wall_s: b.wall_s,
    stock_build_wall_s: built?.wall_s,
    peak_rss_mb: b.peak_rss_mb,
    stock_peak_rss_mb: built?.peak_rss_mb,
    stock_pages: total,
    ...figures?.entry,
    ...(b.timed_out ? {timed_out: true} : {}),
    ...(built?.timed_out ? {stock_timed_out: true} : {}),
    ...('error' in stock ? {stock_error: stock.error} : {}),
    faq_page: figures?.faq_page,
    first_result_files: figures?.first_result_files,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function lighthouseScores(url: string) {
  const {default: lighthouse} = await import('lighthouse');
  // Lighthouse's defaults are the mobile settings: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown.
  const audit = async (categories: string[]) => {
    const result = await lighthouse(url, {
      port: CDP_PORT,
      logLevel: 'error',
      output: 'json',
      onlyCategories: categories,
    });
    const cats = result!.lhr.categories;
    return (id: string) => Math.round((cats[id].score ?? 0) * 100);
  };
  const performance: number[] = [];
  for (let i = 0; i < LIGHTHOUSE_PERFORMANCE_RUNS; i++) performance.push((await audit(['performance']))('performance'));
  const other = await audit(['accessibility', 'best-practices', 'seo']);
  return {
    performance: median(performance),
    performance_runs: performance,
    accessibility: other('accessibility'),
    best_practices: other('best-practices'),
    seo: other('seo'),
  };
}

async function pages(buildDir: string) {
  return served(
    buildDir,
    async (browser, url) => {
      const out = [];
      for (const route of BUDGET_PAGES) {
        const {scripts: _scripts, ...weight} = await measurePage(browser, url, buildDir, route);
        let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> | null = null;
        try {
          lighthouse = await lighthouseScores(`${url}${route}`);
        } catch (err) {
          // One failed audit should not throw away twenty minutes of builds: record null and say why.
          console.error(`bench: Lighthouse on ${route} failed: ${(err as Error).message}`);
        }
        out.push({...weight, js_budget_gzip_bytes: jsBudgetFor(route), lighthouse});
      }
      return out;
    },
    true,
  );
}

/** Search figures on a built index: size and query time in Node and in Chromium, and what the first result fetches. */
async function search(buildDir: string) {
  // The readers' own questions from the evaluation set, not page titles.
  const texts = readQueries();
  const index = path.join(buildDir, 'search', 'index.json');
  if (!fs.existsSync(index)) throw new CliError(`${index}: no search index; run npm run build first`);
  inputFile(index);
  const node = await measureSearch(index, texts);
  const browser = await measureSearchInBrowser(index, texts);
  const first = await served(buildDir, (b, url) => measureFirstResult(b, url, buildDir, BUDGET_PAGES[2], texts[0]));
  return {
    ...node,
    browser_query_ms_p50: browser.query_ms_p50,
    browser_query_ms_p95: browser.query_ms_p95,
    browser_first_result_gzip_bytes: first.first_result_gzip_bytes,
    browser_first_result_code_gzip_bytes: first.first_result_code_gzip_bytes,
    browser_first_result_files: first.first_result_files,
  };
}

const OPTIONS = {
  out: {type: 'string'},
  quick: {type: 'boolean'},
  'search-only': {type: 'boolean'},
  'pages-only': {type: 'boolean'},
} as const;

async function main({values, positionals}: Args<typeof OPTIONS>): Promise<number> {
  const buildDir = positionals[0] ?? 'build';
  if (positionals.length && !values['search-only'] && !values['pages-only'])
    throw usageError(`unexpected argument ${positionals[0]} (see npm run bench -- --help)`);
  if (values['search-only'] || values['pages-only']) inputDir(buildDir, 'no such build; run npm run build first');
  // Only the search figures, against an existing build (the full run makes its own cold builds).
  if (values['search-only']) {
    console.log(JSON.stringify({search: await search(buildDir)}, null, 2));
    return 0;
  }
  if (values['pages-only']) {
    // npm run build has already written the nginx files and the .gz copies.
    const pageResults = await pages(buildDir);
    console.log(
      JSON.stringify({lighthouse_performance_runs: LIGHTHOUSE_PERFORMANCE_RUNS, pages: pageResults}, null, 2),
    );
    return 0;
  }
  const out = values.out;
  if (!out) throw usageError('--out FILE is required (see npm run bench -- --help)');
  // Checked before the builds: a bad --out found after ten minutes of measuring loses them.
  checkFileArgs({inputs: {'the query set': QUERIES_FILE}, outputs: {out}, contentOf: process.cwd()});
  const quick = values.quick ?? false;
  const tmp = fs.mkdirSync(path.join(os.tmpdir(), `aibox-bench-${process.pid}`), {recursive: true})!;
  try {
    const site = process.cwd();
    const fasterOut = path.join(tmp, 'faster');
    // Whichever build runs first also pays for reading node_modules from disk (a fresh clone: 38 s against 26 s),
    // so one build that is not timed warms the file cache before the two that are compared.
    console.error('bench: warm-up build (not timed)');
    await coldBuild(site, fasterOut, 'faster');
    console.error('bench: cold build, faster bundler');
    const faster = await coldBuild(site, fasterOut, 'faster');
    console.error('bench: cold build, webpack');
    const webpack = await coldBuild(site, path.join(tmp, 'webpack'), 'webpack');
    fs.rmSync(path.join(tmp, 'webpack'), {recursive: true, force: true});
    console.error('bench: content check');
    const checkResult = await check(site);
    const scaleResults = [];
    for (const n of quick ? [500] : [500, 2000, 5000]) {
      console.error(`bench: scale ${n} pages`);
      // A failed size is recorded with its reason; the sizes before it and the page figures still count.
      scaleResults.push(await scale(n).catch((err: Error) => ({pages: n, error: err.message})));
    }
    writeDeployFiles(fasterOut);
    console.error('bench: pages and Lighthouse behind nginx');
    const pageResults = await pages(fasterOut);
    const result = {
      version: 2,
      quick,
      machine: {
        cpus: os.cpus().length,
        mem_gb: round(os.totalmem() / 2 ** 30),
        node: process.version,
        nginx: nginxVersion(),
      },
      build: {
        faster: {wall_s: faster.wall_s, peak_rss_mb: faster.peak_rss_mb},
        webpack: {wall_s: webpack.wall_s, peak_rss_mb: webpack.peak_rss_mb},
      },
      build_ratio: round(faster.wall_s / webpack.wall_s, 2),
      check: checkResult,
      scale: scaleResults,
      lighthouse_performance_runs: LIGHTHOUSE_PERFORMANCE_RUNS,
      pages: pageResults,
      search: await search(fasterOut).catch((err: Error) => {
        console.error(`bench: search measurement failed: ${err.message}`);
        return null;
      }),
    };
    writeOutputs([{path: out, content: `${JSON.stringify(result, null, 2)}\n`}]);
    console.log(JSON.stringify(result, null, 2));
    return 0;
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

function nginxVersion(): string | null {
  const r = spawnSync('/usr/sbin/nginx', ['-v'], {encoding: 'utf8'});
  return /nginx\/([\d.]+)/.exec(r.stderr ?? '')?.[1] ?? null;
}

void runCli({name: 'bench', usage: USAGE, options: OPTIONS, positionals: {min: 0, max: 1}}, main);
