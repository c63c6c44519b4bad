// The yardstick of the scale bench: a stock Docusaurus site (classic preset, the version in node_modules) holding the
// same synthetic pages as the site's scale run, so the bench can tell the framework's cost from the site's own.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {REPO} from './scratchSite';
import type {SyntheticFile} from './syntheticCorpus';

export const STOCK_DOCS = {path: 'docs', routeBasePath: 'docs', showLastUpdateTime: true};

/**
 * Everything the site's configuration sets that changes how much work the framework does on the same Markdown
 * files: the bundler (Rspack through `future.faster`), CommonMark for `.md`, and each page's last update read from
 * Git. Nothing of the site's own: no remark plugins, plugins, swizzled theme, search or frontmatter hook.
 */
export const STOCK_CONFIG = {
  title: 'Stock Docusaurus',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  future: {v4: {removeLegacyPostBuildHeadAttribute: true}, faster: true},
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'throw'}},
  presets: [['classic', {docs: STOCK_DOCS, blog: false}]],
};

/**
 * Writes a stock site into a new temporary folder and returns it. Its node_modules is a real folder of links to
 * the checkout's packages, so the site's bundler cache (node_modules/.cache) is its own: a cold build of the stock
 * site can clear it without touching the checkout's caches.
 */
export function stockSite(files: SyntheticFile[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-stock-'));
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({name: 'stock-site', private: true})}\n`);
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), `module.exports = ${JSON.stringify(STOCK_CONFIG)};\n`);
  const modules = path.join(REPO, 'node_modules');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const name of fs.readdirSync(modules)) {
    if (name !== '.cache') fs.symlinkSync(path.join(modules, name), path.join(dir, 'node_modules', name));
  }
  // The theme's navbar title links to the home page, as on any new Docusaurus site.
  fs.mkdirSync(path.join(dir, 'src', 'pages'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'src', 'pages', 'index.md'), '# Stock Docusaurus\n\nThe yardstick of the bench.\n');
  writeSynthetic(dir, files);
  commitAll(dir);
  return dir;
}

/** Writes synthetic pages into a site folder, making their folders. */
export function writeSynthetic(dir: string, files: SyntheticFile[]): void {
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.path)), {recursive: true});
    fs.writeFileSync(path.join(dir, f.path), f.content);
  }
}

/** Pages show their last update from Git, as in the real repository: a generated site gets one commit. */
export function commitAll(dir: string): void {
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-qm', 'synthetic corpus'],
  ]) {
    const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.internal', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args[0]} in ${dir} failed: ${r.stderr.trim()}`);
  }
}
