import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from '../../content/loader';
import {buildSiteData, pageMetaByFile, type PageMeta} from '../../content/generate/siteData';
import {todayIso} from '../../content/freshness';
import {PAGE_META_KEY} from '../../content/generate/pageMetaKey';

const bySite = new Map<string, Record<string, PageMeta>>();

/** The plugin hands over what it computed from the checked corpus, so pages do not load it a second time. */
export function setPageMeta(siteDir: string, meta: Record<string, PageMeta>): void {
  bySite.set(path.resolve(siteDir), meta);
}

function siteDirOf(filePath: string): string | undefined {
  for (let dir = path.dirname(filePath); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'docusaurus.config.ts'))) return dir;
  }
  return undefined;
}

function metaFor(siteDir: string): Record<string, PageMeta> {
  let meta = bySite.get(siteDir);
  if (!meta) {
    // Loaders may run before the plugin or in another worker: read the corpus once here. Invalid content
    // shows nothing; the plugin fails the build with the full report.
    try {
      meta = pageMetaByFile(buildSiteData(loadContent(siteDir).corpus, todayIso()));
    } catch {
      meta = {};
    }
    bySite.set(siteDir, meta);
  }
  return meta;
}

/**
 * Adds the page's meta to its frontmatter as Docusaurus reads it, so it reaches only that page's route
 * (useDoc().frontMatter) instead of global data every page loads.
 */
export function withPageMeta<T extends {frontMatter: Record<string, unknown>}>(filePath: string, parsed: T): T {
  const siteDir = siteDirOf(filePath);
  if (!siteDir) return parsed;
  const meta = metaFor(siteDir)[path.relative(siteDir, filePath).split(path.sep).join('/')];
  return meta ? {...parsed, frontMatter: {...parsed.frontMatter, [PAGE_META_KEY]: meta}} : parsed;
}
