import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, findBrowser} from './src/adapters/findBrowser';

// The suite runs against nginx (npm run serve:prod), as deployed, and its routing specs again against `docusaurus serve`.
// E2E_SERVER=docusaurus or E2E_SERVER=nginx runs one of them only. npm run test:e2e (scripts/e2e.ts) picks free
// ports and passes them in E2E_PORT and E2E_NGINX_PORT: this file is read again by every worker, so it cannot pick
// them itself.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 10);
const only = process.env.E2E_SERVER;
const browser = findBrowser();
if (!browser.path) throw new Error(browser.error);

const servers = [
  {
    name: 'docusaurus',
    port: PORT,
    command: `npx docusaurus serve --dir build --host 127.0.0.1 --port ${PORT} --no-open`,
    // The plain static host (what `npm run serve` gives a contributor) differs from nginx in routing, headers and
    // fetches, not in the HTML: it runs the specs that follow links, short links, search data and posts. Accessibility,
    // layout, print and external requests are properties of the same built files, so nginx alone checks them.
    testMatch: only === 'docusaurus' ? /\.spec\.ts$/ : /(?:codes|search|feedback|diagrams|monitoring)\.spec\.ts$/,
    // The production-server spec is about nginx's answers.
    testIgnore: /production-server\.spec\.ts/,
    // Tests of what the build holds (tests/e2e/once.ts) run against nginx alone, unless it is the only server.
    grepInvert: only === 'docusaurus' ? undefined : /@once/,
  },
  {
    name: 'nginx',
    port: NGINX_PORT,
    command: `npx tsx scripts/serve-prod.ts --port ${NGINX_PORT}`,
    testMatch: /\.spec\.ts$/,
    testIgnore: [] as RegExp[],
    grepInvert: undefined as RegExp | undefined,
  },
].filter((s) => !only || s.name === only);

export default defineConfig({
  testDir: 'tests/e2e',
  // Spec files are spread over three workers; tests in a file run in order, as they are written to. A worker spends
  // most of its time waiting for a page (two workers kept 0.7 of the 2 cores busy), so one more than the cores.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // npm test runs the unit tests beside this suite, so a page can take longer than the default 5 s to settle.
  expect: {timeout: 15_000},
  use: {launchOptions: {executablePath: browser.path, args: CHROMIUM_ARGS}},
  projects: servers.map((s) => ({
    name: s.name,
    testMatch: s.testMatch,
    testIgnore: s.testIgnore,
    grepInvert: s.grepInvert,
    use: {baseURL: `http://127.0.0.1:${s.port}`},
  })),
  webServer: servers.map((s) => ({
    command: s.command,
    url: `http://127.0.0.1:${s.port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    gracefulShutdown: {signal: 'SIGTERM' as const, timeout: 5000},
  })),
});
