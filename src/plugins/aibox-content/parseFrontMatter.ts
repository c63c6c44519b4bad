import {parseYaml} from '../../content/frontmatter';
import {splitFrontmatter} from '../../content/markdown';

/**
 * Docusaurus' `markdown.parseFrontMatter` hook: the same markdown and YAML readers as the loader, so the
 * theme sees dates as the strings the schemas validated. Validation itself happens once, in the plugin.
 */
export function parseFrontmatterText(fileContent: string): {frontMatter: Record<string, unknown>; content: string} {
  const split = splitFrontmatter(fileContent);
  if (!split) return {frontMatter: {}, content: fileContent};
  const data = parseYaml(split.text, split.firstLine).data;
  return {
    frontMatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    content: fileContent.slice(split.endOffset).replace(/^\r?\n/, ''),
  };
}
