// npm run binder: every runbook from the built site in one PDF, build/runbooks.pdf, for the on-call kit and
// for outages that take the docs site down with them. Needs build/ (npm run build) and a Chromium.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {runbooks} from '../src/content/records';
import {CHROMIUM_ARGS, findBrowser} from '../src/adapters/findBrowser';
import {serveBuild} from './lib/serve';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {binderHtml, binderOrder, pagesOf, type BinderSection} from '../src/content/generate/binder';
import {siteUrl} from '../src/siteSettings';
import {checkFileArgs, CliError, inputFile, loadValidContent, runCli} from './lib/cli';

const OUT = path.join('build', 'runbooks.pdf');

async function main(): Promise<number> {
  if (!fs.existsSync('build/index.html')) throw new CliError('build/index.html: not found; run npm run build first');
  inputFile('build/index.html');
  checkFileArgs({outputs: {out: OUT}});
  const browserPath = findBrowser();
  if (!browserPath.path) throw new CliError(browserPath.error ?? 'no Chromium found');
  const list = runbooks(loadValidContent());
  const commit = gitCommit();
  const server = await serveBuild(Number(process.env.BINDER_PORT ?? 3211));
  const browser = await chromium.launch({executablePath: browserPath.path, args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const read: BinderSection[] = [];
    for (const r of list) {
      await page.goto(`${server.url}${r.route}`, {waitUntil: 'networkidle'});
      // The rendered article, as the site shows it: summary card, numbered steps, code blocks.
      const html = await page.locator('article .theme-doc-markdown').first().innerHTML();
      read.push({title: r.data.title, kind: r.data.kind, route: r.route, html});
    }
    const sections = binderOrder(read);
    const css = await page.evaluate(() =>
      Array.from(document.querySelectorAll('link[rel="stylesheet"]')).map((l) => (l as HTMLLinkElement).href),
    );
    await page.goto(`${server.url}/`);
    await page.emulateMedia({media: 'print'});
    const input = {sections, stylesheets: css, builtAt: new Date().toISOString().slice(0, 10), commit, site: siteUrl()};
    const tmp = `${OUT}.tmp`;
    // Printed twice: the first printing says on which page each runbook starts, the second lists those pages in
    // the contents (Chromium has no target-counter()). The contents keep their length, so the pages stay put.
    const print = async (pages?: number[]) => {
      await page.setContent(binderHtml({...input, pages}), {waitUntil: 'networkidle'});
      return page.pdf(PDF_OPTIONS);
    };
    const found = pagesOf(await pageTexts(await print()), sections.length);
    const missing = sections.filter((_, i) => found[i] === undefined).map((s) => s.route);
    if (missing.length) throw new CliError(`${OUT}: could not find where these runbooks start: ${missing.join(', ')}`);
    fs.writeFileSync(tmp, await print(found as number[]));
    fs.renameSync(tmp, OUT);
    console.log(`${OUT}: ${sections.length} runbooks, ${(fs.statSync(OUT).size / 1024).toFixed(0)} KiB`);
    return 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

const PDF_OPTIONS = {
  format: 'A4',
  printBackground: false,
  margin: {top: '16mm', bottom: '16mm', left: '14mm', right: '14mm'},
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
} as const;

/** The text of each page of a PDF, in page order. */
async function pageTexts(pdfBytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({data: new Uint8Array(pdfBytes), useSystemFonts: true}).promise;
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return texts;
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
