import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {loadSite} from '@docusaurus/core/lib/server/site';
import siteConfig from '../../../docusaurus.config';
import {STOCK_CONFIG, STOCK_DOCS, stockSite} from '../../../scripts/lib/stockSite';
import {syntheticCorpus} from '../../../scripts/lib/syntheticCorpus';

test('the stock site loads in Docusaurus with the classic preset and holds exactly the pages asked for', async () => {
  const files = syntheticCorpus(12);
  const dir = stockSite(files);
  try {
    const {props} = await loadSite({siteDir: dir});
    const docRoutes = props.routesPaths.filter((r) => r.startsWith('/docs/')).sort();
    assert.deepEqual(docRoutes, files.map((f) => `/${f.path.replace(/\.md$/, '')}`).sort());
    // Every page's navbar title links to the home page: without one, the build's broken-link check fails.
    assert.ok(props.routesPaths.includes('/'));
    assert.equal(props.siteConfig.future.faster.rspackBundler, true);
    // Only what the classic preset brings: none of the site's plugins.
    const own = props.plugins.map((p) => p.name).filter((n) => !n.startsWith('docusaurus-'));
    assert.deepEqual(own, []);
    assert.equal(fs.existsSync(`${dir}/node_modules/.cache`), false);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test("the stock site uses the site's bundler, Markdown format and last-update setting, so only the site's own work differs", () => {
  assert.notEqual(process.env.AIBOX_DOCS_BUNDLER, 'webpack');
  assert.deepEqual(STOCK_CONFIG.future, siteConfig.future);
  assert.equal(STOCK_CONFIG.markdown.format, siteConfig.markdown?.format);
  // The site's docs plugin is its own entry (wrapped per section), with the options the stock preset's docs get.
  const docs = (siteConfig.plugins ?? []).flatMap((p) =>
    Array.isArray(p) && (p[1] as {path?: string} | undefined)?.path === 'docs'
      ? [p[1] as {showLastUpdateTime?: boolean}]
      : [],
  );
  assert.equal(docs.length, 1);
  assert.equal(STOCK_DOCS.showLastUpdateTime, docs[0].showLastUpdateTime);
});
