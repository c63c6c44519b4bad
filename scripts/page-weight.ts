// npm run page-weight [-- --port N]: the JS, CSS and HTML each budget page loads for itself (gzip), from build/
// served by docusaurus serve. Prints JSON; exits 1 when a page is over the JS budget.
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../src/adapters/findBrowser';
import {CliError, runCli} from './lib/cli';
import {intArg} from './lib/collector';
import {serveBuild} from './lib/serve';
import {
  BUDGET_PAGES,
  DOCS_JS_BUDGET_GZIP_BYTES,
  HOME_JS_BUDGET_GZIP_BYTES,
  jsBudgetFor,
  measurePage,
} from './lib/pageWeight';

const USAGE = `usage: npm run page-weight [-- --port N]

The JS, CSS and HTML each budget page loads (gzip), from build/ served on 127.0.0.1; prints JSON.
Exits 1 when a page is over its JS budget (${HOME_JS_BUDGET_GZIP_BYTES} bytes for home, ${DOCS_JS_BUDGET_GZIP_BYTES} for the others).
  --port N   the port to serve the build on (default 3212)`;

void runCli({name: 'page-weight', usage: USAGE, options: {port: {type: 'string'}}}, async ({values}) => {
  const port = intArg('port', values.port, 3212, 1, 65535);
  const found = findBrowser();
  if (!found.path) throw new CliError(found.error ?? 'no Chromium found');
  const server = await serveBuild(port);
  const browser = await chromium.launch({executablePath: found.path, args: CHROMIUM_ARGS});
  try {
    const pages = [];
    for (const route of BUDGET_PAGES) pages.push(await measurePage(browser, server.url, 'build', route));
    console.log(JSON.stringify(pages, null, 2));
    const over = pages.filter((p) => p.js_gzip_bytes > jsBudgetFor(p.path));
    for (const p of over)
      console.error(`${p.path}: ${p.js_gzip_bytes} bytes of JS (gzip), budget ${jsBudgetFor(p.path)}`);
    return over.length ? 1 : 0;
  } finally {
    await browser.close();
    server.stop();
  }
});
