// npm run binder: every runbook from the built site in one PDF, build/runbooks.pdf, for the on-call kit and
// for outages that take the docs site down with them. Needs build/ (npm run build) and a Chromium.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {runbooks} from '../src/content/records';
import {CHROMIUM_ARGS, findBrowser} from '../src/adapters/findBrowser';
import {serveBuild} from './lib/serve';
import {binderHtml} from '../src/content/generate/binder';
import {siteUrl} from '../src/siteSettings';
import {CliError, loadValidContent, runCli} from './lib/cli';

const OUT = path.join('build', 'runbooks.pdf');

async function main(): Promise<number> {
  if (!fs.existsSync('build/index.html')) throw new CliError('build/index.html: not found; run npm run build first');
  const browserPath = findBrowser();
  if (!browserPath.path) throw new CliError(browserPath.error ?? 'no Chromium found');
  const list = runbooks(loadValidContent()).sort(
    (a, b) => a.data.kind.localeCompare(b.data.kind) || a.data.title.localeCompare(b.data.title),
  );
  const commit = gitCommit();
  const server = await serveBuild(Number(process.env.BINDER_PORT ?? 3211));
  const browser = await chromium.launch({executablePath: browserPath.path, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const sections: {title: string; kind: string; route: string; html: string}[] = [];
    for (const r of list) {
      await page.goto(`${server.url}${r.route}`, {waitUntil: 'networkidle'});
      // The rendered article, as the site shows it: summary card, numbered steps, code blocks.
      const html = await page.locator('article .theme-doc-markdown').first().innerHTML();
      sections.push({title: r.data.title, kind: r.data.kind, route: r.route, html});
    }
    const css = await page.evaluate(() =>
      Array.from(document.querySelectorAll('link[rel="stylesheet"]')).map((l) => (l as HTMLLinkElement).href),
    );
    await page.goto(`${server.url}/`);
    await page.setContent(
      binderHtml({sections, stylesheets: css, builtAt: new Date().toISOString().slice(0, 10), commit, site: siteUrl()}),
      {waitUntil: 'networkidle'},
    );
    await page.emulateMedia({media: 'print'});
    const tmp = `${OUT}.tmp`;
    await page.pdf({
      path: tmp,
      format: 'A4',
      printBackground: false,
      margin: {top: '16mm', bottom: '16mm', left: '14mm', right: '14mm'},
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    fs.renameSync(tmp, OUT);
    console.log(`${OUT}: ${sections.length} runbooks, ${(fs.statSync(OUT).size / 1024).toFixed(0)} KiB`);
    return 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {encoding: 'utf8'}).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const USAGE =
  'usage: npm run binder\n\nPrints every runbook of the built site into build/runbooks.pdf (needs npm run build and Chromium).';
void runCli({name: 'binder', usage: USAGE, options: {}}, main);
