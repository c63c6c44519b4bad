import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import type {Root, Yaml} from 'mdast';
import {proseBlocks, type ProseBlock} from './prose';

export interface Heading {
  depth: number;
  text: string;
  line: number;
}
export interface Directive {
  name: string;
  type: 'containerDirective' | 'leafDirective' | 'textDirective';
  label: string;
  attributes: Record<string, string>;
  line: number;
}
export interface CodeBlock {
  lang: string | null;
  meta: string | null;
  value: string;
  /** Line of the opening fence. */
  line: number;
}
export interface Link {
  url: string;
  line: number;
}
export interface ParsedMarkdown {
  tree: Root;
  links: Link[];
  frontmatter?: {text: string; firstLine: number};
  headings: Heading[];
  directives: Directive[];
  codeBlocks: CodeBlock[];
  /** Paragraphs, headings and table cells as text with lines, for checks that read sentences. */
  prose: ProseBlock[];
}

/** The processor Docusaurus' own pipeline matches: CommonMark for .md, MDX for .mdx, directives and GFM in both. */
export function markdownProcessor(isMdx: boolean) {
  const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkGfm);
  return isMdx ? base.use(remarkMdx) : base;
}

/** The frontmatter block as the loader sees it: its YAML text, first file line, and where the body starts. */
export function splitFrontmatter(source: string): {text: string; firstLine: number; endOffset: number} | undefined {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source) as Root;
  const first = tree.children[0];
  if (first?.type !== 'yaml' || !first.position) return undefined;
  return {text: (first as Yaml).value, firstLine: first.position.start.line + 1, endOffset: first.position.end.offset ?? 0};
}

/** Headings written with a `{#custom-id}` suffix keep only their visible text here. */
const stripHeadingId = (text: string) => text.replace(/\s*\{#[^}]+\}\s*$/, '').trim();

export function parseMarkdown(source: string, isMdx: boolean): ParsedMarkdown {
  const tree = markdownProcessor(isMdx).parse(source) as Root;
  const out: ParsedMarkdown = {tree, links: [], headings: [], directives: [], codeBlocks: [], prose: proseBlocks(tree)};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    out.frontmatter = {text: (first as Yaml).value, firstLine: (first.position?.start.line ?? 1) + 1};
  }
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      out.headings.push({depth: node.depth, text: stripHeadingId(toString(node)), line});
    } else if (node.type === 'link' || node.type === 'definition') {
      out.links.push({url: node.url, line});
    } else if (node.type === 'code') {
      out.codeBlocks.push({lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, line});
    } else if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      const labelNode =
        node.type === 'containerDirective'
          ? node.children.find((c) => c.type === 'paragraph' && (c.data as {directiveLabel?: boolean} | undefined)?.directiveLabel)
          : node;
      const label = node.type === 'containerDirective' ? (labelNode ? toString(labelNode) : '') : toString(node);
      const attributes = Object.fromEntries(Object.entries(node.attributes ?? {}).map(([k, v]) => [k, String(v ?? '')]));
      out.directives.push({name: node.name, type: node.type, label, attributes, line});
    }
  });
  return out;
}
