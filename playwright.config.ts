import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, findBrowser} from './scripts/lib/findBrowser';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const browser = findBrowser();
if (!browser.path) throw new Error(browser.error);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {executablePath: browser.path, args: CHROMIUM_ARGS},
  },
  webServer: {
    command: `npx docusaurus serve --dir build --host 127.0.0.1 --port ${PORT} --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
