// npm run test:e2e: binder from the built site, then Playwright against build/ served on 127.0.0.1.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {findBrowser} from '../src/adapters/findBrowser';
import {freePorts} from './lib/freePort';

async function main() {
  if (!fs.existsSync('build/index.html')) {
    console.error('no build/: run npm run build first');
    process.exit(1);
  }
  const browser = findBrowser();
  if (!browser.path) {
    console.error(browser.error);
    process.exit(1);
  }
  // serve:prod's collector writes to a database of the run's own, never to the checkout's data/. Free ports let two
  // runs, or a run beside a dev server, share the machine.
  const ports = await freePorts(2);
  const env = {
    ...process.env,
    CHROMIUM_PATH: browser.path,
    AIBOX_DOCS_FEEDBACK_DB: process.env.AIBOX_DOCS_FEEDBACK_DB ?? 'test-results/feedback-e2e.sqlite',
    E2E_PORT: process.env.E2E_PORT ?? String(ports[0]),
    E2E_NGINX_PORT: process.env.E2E_NGINX_PORT ?? String(ports[1]),
  };
  const binder = spawnSync('npx', ['tsx', 'scripts/binder.ts'], {stdio: 'inherit', env});
  if (binder.status !== 0) process.exit(binder.status ?? 1);
  const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {stdio: 'inherit', env});
  process.exit(r.status ?? 1);
}

void main();
