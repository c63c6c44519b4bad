import fs from 'node:fs';
import zlib from 'node:zlib';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {buildSiteSearchIndex} from '../../../src/search/fromSite';
import {createEngine} from '../../../src/search/engine';
import {evaluate, parseQueries} from '../../../src/search/evaluate';

// The same code path as the build: the loader's records, the synonym file, the index builder.
const built = buildSiteSearchIndex(process.cwd());
const engine = createEngine(built.index, built.bodies, built.texts);
// What answers before the body index arrives: the small index alone.
const headsOnly = createEngine(built.index);

test('the site search index builds without errors and is byte-identical for identical content', () => {
  assert.deepEqual(built.errors, []);
  assert.equal(JSON.stringify(buildSiteSearchIndex(process.cwd()).index), JSON.stringify(built.index));
});

test('the query set finds the answer: top-3 at least 0.98, top-1 at least 0.90, over at least 80 queries', () => {
  const {queries, errors} = parseQueries(fs.readFileSync('tests/search/queries.tsv', 'utf8'));
  assert.deepEqual(errors, []);
  assert.ok(queries.length >= 80, `expected at least 80 queries, found ${queries.length}`);
  const routes = new Set(built.index.pages.map((p) => p.route));
  assert.deepEqual(
    queries.flatMap((q) => q.answers.filter((r) => !routes.has(r)).map((r) => `line ${q.line}: ${r}`)),
    [],
  );
  // Both before the body index arrives (the first results) and after it.
  for (const [name, e] of [
    ['small index', headsOnly],
    ['with bodies', engine],
  ] as const) {
    const report = evaluate(e, queries);
    const misses = report.misses.map((m) => `${m.query} -> rank ${m.rank}`).join('\n');
    assert.ok(report.top3 >= 0.98, `${name}: top-3 ${report.top3} below 0.98; misses:\n${misses}`);
    assert.ok(report.top1 >= 0.9, `${name}: top-1 ${report.top1} below 0.90; misses:\n${misses}`);
  }
});

test('a reader asking for help or for the list of codes finds the support page and the error index', () => {
  for (const e of [headsOnly, engine]) {
    assert.ok(
      e
        .search('who do i ask for help')
        .slice(0, 3)
        .some((h) => h.page.route === '/docs/support/support-tiers'),
    );
    assert.ok(
      e
        .search('list of all error codes')
        .slice(0, 3)
        .some((h) => h.page.route === '/docs/reference/error-index'),
    );
  }
});

test('search data fetched before the first result stays within 100 KB gzip', () => {
  const bytes = zlib.gzipSync(JSON.stringify(built.index)).length;
  assert.ok(bytes <= 100 * 1024, `index.json is ${bytes} bytes gzip`);
});

test('an exact error code in any case goes straight to the entry that homes it', () => {
  for (const q of ['aibox-net-001', 'AIBOX-NET-001', 'Aibox-Net-001', 'net-001']) {
    assert.equal(engine.search(q)[0].page.route, '/docs/troubleshooting/network/proxy-unreachable', q);
  }
  // Runbooks that list the code rank below its home entry.
  assert.equal(engine.search('AIBOX-CRED-004')[0].page.route, '/docs/troubleshooting/credentials/vault-unreachable');
});

test('hubs and logs rank below the entries they list', () => {
  const routes = engine.search('harbor outage').map((h) => h.page.route);
  assert.equal(routes[0], '/runbooks/disaster-recovery/harbor-registry-failure');
  assert.ok(routes.indexOf('/runbooks/exercises/2026-05-14-harbor-outage-monday-pull') > 0);
  const kinds = engine.search('error code').map((h) => h.page.kind);
  assert.notEqual(kinds[0], 'hub');
});

test('synonyms and stemming: words the page never uses still find it', () => {
  // The entry says "AI assistants" and "LLM", never "copilot".
  assert.equal(
    engine.search('copilot unauthorized')[0].page.route,
    '/docs/troubleshooting/credentials/llm-api-key-expired',
  );
  // "resolving" reaches pages that say "resolve", "resolution" and "DNS".
  const dnsPages = ['/docs/troubleshooting/wsl/vpn-breaks-dns', '/docs/troubleshooting/network/internal-dns-fails'];
  assert.deepEqual(
    engine
      .search('resolving hostnames broken on vpn')
      .slice(0, 2)
      .map((h) => h.page.route)
      .sort(),
    dnsPages.sort(),
  );
});

test('results link to the matching section and quote it with the matched words marked', () => {
  const [hit] = engine.search('no space left on device');
  assert.equal(hit.href, '/docs/troubleshooting/startup/disk-full#symptoms');
  assert.equal(hit.section, 'Symptoms');
  assert.ok(hit.snippet.some((s) => s.hit && /space/i.test(s.text)));
});

test('filters keep one group; a query of stop words only finds nothing', () => {
  assert.ok(engine.search('vault', {group: 'runbooks'}).every((h) => h.page.route.startsWith('/runbooks/')));
  assert.ok(
    engine.search('vault', {group: 'troubleshooting'}).every((h) => h.page.route.startsWith('/docs/troubleshooting/')),
  );
  assert.deepEqual(engine.search('the and of'), []);
});
