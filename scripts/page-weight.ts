// npm run page-weight [-- --port N]: the JS, CSS and HTML each budget page loads for itself (gzip), from build/
// served by docusaurus serve. Prints JSON; exits 1 when a page is over the JS budget.
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../src/adapters/findBrowser';
import {serveBuild} from './lib/serve';
import {BUDGET_PAGES, JS_BUDGET_GZIP_BYTES, measurePage} from './lib/pageWeight';

async function main() {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3212;
  const found = findBrowser();
  if (!found.path) throw new Error(found.error);
  const server = await serveBuild(port);
  const browser = await chromium.launch({executablePath: found.path, args: CHROMIUM_ARGS});
  try {
    const pages = [];
    for (const route of BUDGET_PAGES) pages.push(await measurePage(browser, server.url, 'build', route));
    console.log(JSON.stringify(pages, null, 2));
    const over = pages.filter((p) => p.js_gzip_bytes > JS_BUDGET_GZIP_BYTES);
    for (const p of over)
      console.error(`${p.path}: ${p.js_gzip_bytes} bytes of JS (gzip), budget ${JS_BUDGET_GZIP_BYTES}`);
    process.exitCode = over.length ? 1 : 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((err) => {
  console.error(`page-weight: ${(err as Error).message}`);
  process.exit(1);
});
