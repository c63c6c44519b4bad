import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {countHtml, growth, mainJsGzipBytes, syntheticFaqRoute, type SizeResult} from '../../../scripts/lib/scaleWeight';
import {syntheticCorpus} from '../../../scripts/lib/syntheticCorpus';

const size = (pages: number, routes: number, faq: number, main: number, runtime = 0): SizeResult => ({
  pages,
  routes,
  faq_js_gzip_bytes: faq,
  main_js_gzip_bytes: main,
  runtime_js_gzip_bytes: runtime,
  generated_gzip_bytes: {},
  faq_scripts: {},
});

test('the measured FAQ page is a synthetic FAQ entry that every size has', () => {
  const route = syntheticFaqRoute();
  assert.match(route, /^\/docs\/troubleshooting\/[a-z-]+\/synthetic-\d{5}$/);
  assert.ok(syntheticCorpus(5).some((f) => `/${f.path.replace(/\.md$/, '')}` === route));
});

test('growth compares the smallest size with the largest, per route added for main.js', () => {
  const g = growth([
    size(500, 520, 200_000, 150_000, 14_000),
    size(1000, 1020, 201_000, 160_000, 20_000),
    size(2000, 2020, 210_000, 180_000, 50_000),
  ]);
  assert.deepEqual(g, {
    from_pages: 500,
    to_pages: 2000,
    faq_js_gzip_bytes: 10_000,
    main_js_gzip_bytes: 30_000,
    runtime_js_gzip_bytes: 36_000,
    main_js_gzip_bytes_per_route: 20,
  });
  assert.equal(growth([size(500, 520, 1, 1)]), null);
  assert.equal(growth([size(500, 520, 1, 1), size(600, 520, 1, 1)])!.main_js_gzip_bytes_per_route, null);
});

test('routes are counted as HTML files, and main.js is the one entry bundle, gzip', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-scale-'));
  try {
    fs.mkdirSync(path.join(dir, 'docs', 'a'), {recursive: true});
    fs.mkdirSync(path.join(dir, 'assets', 'js'), {recursive: true});
    for (const f of ['index.html', '404.html', 'docs/a/index.html', 'docs/a/notes.txt'])
      fs.writeFileSync(path.join(dir, f), '<p>x</p>');
    assert.equal(countHtml(dir), 3);
    const main = Buffer.from('console.log("main");'.repeat(50));
    fs.writeFileSync(path.join(dir, 'assets', 'js', 'main.0a1b2c3d.js'), main);
    fs.writeFileSync(path.join(dir, 'assets', 'js', 'runtime~main.0a1b2c3d.js'), 'x');
    assert.equal(mainJsGzipBytes(dir), zlib.gzipSync(main, {level: 9}).length);
    fs.writeFileSync(path.join(dir, 'assets', 'js', 'main.ffffffff.js'), 'y');
    assert.equal(mainJsGzipBytes(dir, 'runtime~main'), zlib.gzipSync('x', {level: 9}).length);
    assert.throws(() => mainJsGzipBytes(dir), /expected one main\.<hash>\.js, found 2/);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
