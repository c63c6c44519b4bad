import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import {toString} from 'mdast-util-to-string';
import {createSlugger} from '@docusaurus/utils';
import type {Root, Yaml} from 'mdast';
import {proseBlocks, type ProseBlock} from './prose';

export interface Heading {
  depth: number;
  text: string;
  line: number;
  /** The anchor the site gives it: `{#custom-id}` if written, else the GitHub-style slug, de-duplicated per page. */
  anchor: string;
}
export interface Directive {
  name: string;
  type: 'containerDirective' | 'leafDirective' | 'textDirective';
  label: string;
  attributes: Record<string, string>;
  line: number;
  /** Container directives: closed by a `:::` fence line (unclosed ones silently run to the end of their parent). */
  closed: boolean;
  /** Container directives: the names of the container directives around it, outermost first. */
  ancestors: string[];
}
/** An HTML element written in the page: raw HTML in .md, JSX in .mdx. */
export interface Element {
  name: string;
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
  /** What the URL is for: a link, a reference definition, an image, or an MDX import. */
  kind: 'link' | 'definition' | 'image' | 'import';
}
export interface ParsedMarkdown {
  tree: Root;
  links: Link[];
  frontmatter?: {text: string; firstLine: number};
  headings: Heading[];
  directives: Directive[];
  codeBlocks: CodeBlock[];
  html: Element[];
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
  return {
    text: (first as Yaml).value,
    firstLine: first.position.start.line + 1,
    endOffset: first.position.end.offset ?? 0,
  };
}

const CUSTOM_ID = /\s*\{#([^}]+)\}\s*$/;
/** Headings written with a `{#custom-id}` suffix keep only their visible text here. */
const stripHeadingId = (text: string) => text.replace(CUSTOM_ID, '').trim();

/** Tags with their attributes in a raw HTML fragment; enough to find elements and attributes, not to render. */
export function htmlElements(value: string, line: number): Element[] {
  const out: Element[] = [];
  for (const m of value.matchAll(
    /<([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    const attributes: Record<string, string> = {};
    for (const a of m[2].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    const before = value.slice(0, m.index).split('\n').length - 1;
    out.push({name: m[1].toLowerCase(), attributes, line: line + before});
  }
  return out;
}

/** Pseudo-element names for MDX code that is not an element: expressions and exports run as JavaScript. */
export const MDX_EXPRESSION = '{expression}';
export const MDX_EXPORT = 'export';

type Node = {type: string; position?: {start: {line: number}; end: {line: number}}; children?: Node[]} & Record<
  string,
  unknown
>;

export function parseMarkdown(source: string, isMdx: boolean): ParsedMarkdown {
  const tree = markdownProcessor(isMdx).parse(source) as Root;
  const out: ParsedMarkdown = {
    tree,
    links: [],
    headings: [],
    directives: [],
    codeBlocks: [],
    html: [],
    prose: proseBlocks(tree),
  };
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    out.frontmatter = {text: (first as Yaml).value, firstLine: (first.position?.start.line ?? 1) + 1};
  }
  const lines = source.split('\n');
  const slugger = createSlugger();
  const walk = (node: Node, containers: string[]) => {
    const line = node.position?.start.line ?? 1;
    let inner = containers;
    if (node.type === 'heading') {
      const raw = toString(node as unknown as Root);
      const custom = CUSTOM_ID.exec(raw)?.[1];
      const text = stripHeadingId(raw);
      out.headings.push({depth: node.depth as number, text, line, anchor: custom ?? slugger.slug(text)});
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      out.links.push({url: node.url as string, line, kind: node.type});
    } else if (node.type === 'code') {
      out.codeBlocks.push({
        lang: (node.lang as string) ?? null,
        meta: (node.meta as string) ?? null,
        value: node.value as string,
        line,
      });
    } else if (node.type === 'html') {
      out.html.push(...htmlElements(node.value as string, line));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes = Object.fromEntries(
        ((node.attributes as {type: string; name?: string; value?: unknown}[]) ?? [])
          .filter((a) => a.type === 'mdxJsxAttribute' && a.name)
          .map((a) => [
            a.name!.toLowerCase(),
            typeof a.value === 'string' ? a.value : String((a.value as {value?: string})?.value ?? ''),
          ]),
      );
      if (node.name) out.html.push({name: String(node.name).toLowerCase(), attributes, line});
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // {…} in MDX is JavaScript run in the reader's browser; only comments are content.
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value)))
        out.html.push({name: MDX_EXPRESSION, attributes: {}, line});
    } else if (node.type === 'mdxjsEsm') {
      if (/(^|\n)\s*export\b/.test(String(node.value))) out.html.push({name: MDX_EXPORT, attributes: {}, line});
      for (const m of String(node.value).matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]/g)) {
        out.links.push({url: m[1] ?? m[2], line, kind: 'import'});
      }
    } else if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
      const children = node.children ?? [];
      const labelNode =
        node.type === 'containerDirective'
          ? children.find(
              (c) => c.type === 'paragraph' && (c.data as {directiveLabel?: boolean} | undefined)?.directiveLabel,
            )
          : node;
      const label =
        node.type === 'containerDirective'
          ? labelNode
            ? toString(labelNode as unknown as Root)
            : ''
          : toString(node as unknown as Root);
      const attributes = Object.fromEntries(
        Object.entries((node.attributes as object) ?? {}).map(([k, v]) => [k, String(v ?? '')]),
      );
      const endLine = node.position?.end.line ?? line;
      const closed =
        node.type !== 'containerDirective' || (endLine > line && /^\s*:{3,}\s*$/.test(lines[endLine - 1] ?? ''));
      out.directives.push({
        name: node.name as string,
        type: node.type,
        label,
        attributes,
        line,
        closed,
        ancestors: containers,
      });
      if (node.type === 'containerDirective') inner = [...containers, node.name as string];
    }
    for (const child of node.children ?? []) walk(child, inner);
  };
  walk(tree as unknown as Node, []);
  return out;
}
