import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  contentSecurityPolicy,
  inlineScripts,
  renderMainConfig,
  renderSiteConfig,
  scriptHash,
  securityHeadersConf,
  shortLinkMap,
} from '../../../src/deploy/nginx';
import {REPO} from '../../../scripts/lib/scratchSite';

const TEMPLATE = fs.readFileSync(`${REPO}/deploy/nginx/aibox-docs.conf.template`, 'utf8');

test('the repository template renders for a build folder and port, with every variable filled', () => {
  const conf = renderSiteConfig(TEMPLATE, {root: '/srv/aibox-docs/build/', port: 8080});
  assert.equal(/\{\{[A-Z]+\}\}/.test(conf), false);
  assert.ok(conf.includes('    listen 127.0.0.1:8080;\n'));
  assert.ok(conf.includes('    root "/srv/aibox-docs/build";\n'));
  assert.ok(conf.includes('include "/srv/aibox-docs/build/.nginx/short-links.map";'));
  assert.ok(conf.includes('add_header Cache-Control "public, max-age=31536000, immutable" always;'));
  assert.ok(conf.includes('error_page 404 /404.html;'));
  assert.ok(conf.includes('gzip_static on;'));
});

test('rendering rejects a bad port, an unknown variable and a root that could break out of its quotes', () => {
  assert.throws(() => renderSiteConfig(TEMPLATE, {root: '/srv', port: 70000}), /port must be 1 to 65535, found 70000/);
  assert.throws(
    () => renderSiteConfig('listen {{PORTS}};', {root: '/srv', port: 80}),
    /unknown template variable \{\{PORTS\}\}/,
  );
  assert.throws(() => renderSiteConfig(TEMPLATE, {root: '/srv/x"; evil', port: 80}), /root must not contain/);
});

test('the main config keeps pid, temp folders and logs under the prefix, so nginx runs without root', () => {
  const conf = renderMainConfig({prefix: '/tmp/p', siteConfigPath: '/tmp/p/site.conf'});
  assert.ok(conf.includes('pid "/tmp/p/nginx.pid";'));
  assert.ok(conf.includes('error_log stderr warn;'));
  for (const t of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    assert.ok(conf.includes(`${t}_temp_path "/tmp/p/${t === 'client_body' ? 'client_body' : t}";`), t);
  assert.ok(conf.includes('include "/tmp/p/site.conf";'));
  assert.equal(conf.includes('daemon'), false);
});

test('short-link map: both spellings of each code go to the entry path, from the doctor map', () => {
  const map = {
    codes: [
      {code: 'AIBOX-NET-001', url: 'https://docs.example/docs/troubleshooting/network/proxy-unreachable'},
      {code: 'AIBOX-VAULT-002', url: 'https://docs.example/docs/troubleshooting/credentials/token-expired'},
    ],
  };
  assert.equal(
    shortLinkMap(map),
    `# Generated from doctor/links.v1.json at build time: short link -> entry. Do not edit.
/e/AIBOX-NET-001 /docs/troubleshooting/network/proxy-unreachable;
/e/AIBOX-NET-001/ /docs/troubleshooting/network/proxy-unreachable;
/e/AIBOX-VAULT-002 /docs/troubleshooting/credentials/token-expired;
/e/AIBOX-VAULT-002/ /docs/troubleshooting/credentials/token-expired;
`,
  );
  assert.ok(
    shortLinkMap(map, '/docs-site/').includes(
      '/docs-site/e/AIBOX-NET-001 /docs-site/docs/troubleshooting/network/proxy-unreachable;',
    ),
  );
  assert.throws(() => shortLinkMap({codes: [{code: 'AIBOX-NET-001', url: 'https://x/a;b'}]}), /unexpected characters/);
});

test('inline scripts: only scripts the browser runs, not src= scripts or JSON data', () => {
  const html =
    '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type="text/javascript">b()</script><script></script>';
  assert.deepEqual(inlineScripts(html), ['a()', 'b()']);
  assert.equal(scriptHash('a()'), "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
});

test('CSP: own origin, sorted unique hashes for scripts, no unsafe-inline for scripts, never framed', () => {
  const csp = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
  assert.equal(
    csp,
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
      "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
  assert.ok(
    contentSecurityPolicy([], ['https://feedback.example']).includes("connect-src 'self' https://feedback.example;"),
  );
  const headers = securityHeadersConf(csp);
  assert.ok(headers.includes('add_header X-Content-Type-Options "nosniff" always;'));
  assert.ok(headers.includes('add_header Referrer-Policy "same-origin" always;'));
});

test('the worker account is set only when asked, first in the file, and quoted like every path', () => {
  const conf = renderMainConfig({prefix: '/tmp/p', siteConfigPath: '/tmp/p/site.conf', user: 'builder'});
  assert.equal(conf.split('\n')[0], 'user "builder";');
  assert.equal(renderMainConfig({prefix: '/tmp/p', siteConfigPath: '/tmp/p/site.conf'}).includes('user '), false);
  assert.throws(
    () => renderMainConfig({prefix: '/tmp/p', siteConfigPath: '/tmp/p/site.conf', user: 'a"; daemon on'}),
    /user must not contain/,
  );
});
