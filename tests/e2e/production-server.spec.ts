import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {expect, test} from '@playwright/test';
import {startNginx} from '../../scripts/lib/nginx';
import {doctorMap, pathOf} from './site';

// Runs in the nginx project only (playwright.config.ts): what the production server answers, header by header.
const GZIP = {'accept-encoding': 'gzip'};
const RUNBOOK = '/runbooks/disaster-recovery/harbor-registry-failure';
const mainJs = () => /src="?(\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(fs.readFileSync('build/index.html', 'utf8'))![1];

test('HTML: gzip, no-cache, CSP with script hashes and no unsafe-inline scripts, nosniff, referrer policy', async ({
  request,
}) => {
  for (const path of ['/', RUNBOOK]) {
    const res = await request.get(path, {headers: GZIP});
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h['content-type']).toContain('text/html');
    expect(h['content-encoding']).toBe('gzip');
    expect(h['cache-control']).toBe('no-cache');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('same-origin');
    const csp = h['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  }
});

test('hashed JS: gzip and cached for a year as immutable', async ({request}) => {
  const res = await request.get(mainJs(), {headers: GZIP});
  expect(res.status()).toBe(200);
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('every /e/<CODE> and /e/<CODE>/ answers 301 to the page that homes the code', async ({request}) => {
  expect(doctorMap.codes.length).toBeGreaterThan(0);
  for (const c of doctorMap.codes) {
    for (const link of [`/e/${c.code}`, `/e/${c.code}/`]) {
      const res = await request.get(link, {maxRedirects: 0});
      expect(res.status(), link).toBe(301);
      expect(res.headers()['location'], link).toBe(pathOf(c.url));
    }
  }
});

test('an unknown code and an unknown page answer 404 with the site 404 page', async ({request}) => {
  for (const path of ['/e/AIBOX-NOPE-999', '/e/AIBOX-NOPE-999/', '/docs/no-such-page', '/.nginx/short-links.map']) {
    const res = await request.get(path, {maxRedirects: 0});
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain('Page not found');
  }
});

test('the inline scripts run under the CSP: colour mode is set, no violation is reported', async ({page}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(RUNBOOK);
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  await expect(page.locator('.runbook-card')).toBeVisible();
  expect(violations).toEqual([]);
});

test("as root, a build in a folder only its owner can read is served: the worker runs as the build's owner", async () => {
  test.skip(process.getuid?.() !== 0, 'only a master started as root switches its worker to another account');
  // mkdtemp makes a mode 700 folder, as a private checkout is; hard links keep the copy cheap.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-private-'));
  try {
    expect(spawnSync('cp', ['-al', 'build', path.join(dir, 'build')]).status).toBe(0);
    const nginx = await startNginx({buildDir: path.join(dir, 'build')});
    try {
      const res = await fetch(`${nginx.url}${RUNBOOK}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Harbor registry failure');
    } finally {
      await nginx.stop();
    }
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
