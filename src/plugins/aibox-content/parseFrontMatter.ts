import path from 'node:path';
import {parseYaml} from '../../content/frontmatter';
import {splitFrontmatter} from '../../content/markdown';
import type {ContentRecord} from '../../content/records';

type Parsed = {frontMatter: Record<string, unknown>; content: string};

/** The loader's reading of each page, by absolute file path, with the text it read. */
const loaded = new Map<string, {source: string; data: Record<string, unknown>; bodyOffset: number}>();

/**
 * The plugin's one content load hands over how it read each page's frontmatter: the docs plugin and the MDX
 * loader each ask for every page, and would otherwise parse it twice more.
 */
export function shareLoadedFrontmatter(siteDir: string, records: readonly ContentRecord[]): void {
  for (const r of records) {
    if (!r.parsedFrontmatter) continue;
    loaded.set(path.resolve(siteDir, r.file), {source: r.source, ...r.parsedFrontmatter});
  }
}

const bodyAfter = (fileContent: string, offset: number) => fileContent.slice(offset).replace(/^\r?\n/, '');

/**
 * Docusaurus' `markdown.parseFrontMatter` hook: the same markdown and YAML readers as the loader, so the
 * theme sees dates as the strings the schemas validated. Validation itself happens once, in the plugin.
 * A page the loader read with the same text is not parsed again; anything else (partials, a page edited since,
 * a hook called before the plugin loaded) reads only its frontmatter block.
 */
export function parseFrontmatterText(fileContent: string, filePath?: string): Parsed {
  const known = filePath === undefined ? undefined : loaded.get(path.resolve(filePath));
  if (known && known.source === fileContent) {
    // A copy: Docusaurus and the page meta build on the object they get.
    return {frontMatter: structuredClone(known.data), content: bodyAfter(fileContent, known.bodyOffset)};
  }
  const split = splitFrontmatter(fileContent);
  if (!split) return {frontMatter: {}, content: fileContent};
  const data = parseYaml(split.text, split.firstLine).data;
  return {
    frontMatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    content: bodyAfter(fileContent, split.endOffset),
  };
}
