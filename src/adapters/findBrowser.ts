import fs from 'node:fs';
import {spawnSync} from 'node:child_process';
import {chromium} from 'playwright-core';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/** Flags for Chromium on locked-down machines: no sandbox as root, and no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function playwrightsOwn(): string | undefined {
  try {
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Chromium to drive: CHROMIUM_PATH, else a system Chromium, else Playwright's own. If none is found, tries
 * to get one (Playwright's download, then apt-get as root) and otherwise returns the one line to act on.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): {path?: string; error?: string} {
  if (env.CHROMIUM_PATH) {
    return fs.existsSync(env.CHROMIUM_PATH)
      ? {path: env.CHROMIUM_PATH}
      : {error: `CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`};
  }
  const found = SYSTEM_CHROMIUM.find((p) => fs.existsSync(p)) ?? playwrightsOwn();
  if (found) return {path: found};
  spawnSync('npx', ['playwright', 'install', 'chromium'], {stdio: 'ignore', timeout: 300_000});
  const downloaded = playwrightsOwn();
  if (downloaded) return {path: downloaded};
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['install', '-y', 'chromium'], {stdio: 'ignore', timeout: 600_000});
    if (fs.existsSync('/usr/bin/chromium')) return {path: '/usr/bin/chromium'};
  }
  return {error: 'no Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH'};
}
