import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import {toString} from 'mdast-util-to-string';
import {createAnchorer} from './anchors';
import type {Root, Yaml} from 'mdast';
import {proseBlocks, type ProseBlock} from './prose';
import {htmlElements, type Element} from './html';

export type {Element} from './html';

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
  /** What the URL is for: a link or reference definition, or an image (Markdown, `<img src>`), which loads. */
  kind: 'link' | 'definition' | 'image';
}
export interface ParsedMarkdown {
  tree: Root;
  links: Link[];
  /** `endOffset`: where the block's closing fence ends, so the body can be cut without parsing again. */
  frontmatter?: {text: string; firstLine: number; endOffset: number};
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

/** A closing fence remark-frontmatter always accepts; one with trailing spaces falls back to a whole-page parse. */
const PLAIN_CLOSING_FENCE = /^---\r?$/m;

/**
 * The frontmatter block as the loader sees it: its YAML text, first file line, and where the body starts.
 * The block can only open on line 1 and ends at its first closing fence, so the parser is given the text up to
 * the first plain `---` line after line 1: the same node as a parse of the whole page, without parsing the body.
 */
export function splitFrontmatter(source: string): {text: string; firstLine: number; endOffset: number} | undefined {
  if (!source.startsWith('---')) return undefined;
  const firstEol = source.indexOf('\n');
  const close = firstEol < 0 ? null : PLAIN_CLOSING_FENCE.exec(source.slice(firstEol + 1));
  const head = close && firstEol >= 0 ? source.slice(0, firstEol + 1 + close.index + 3) : source;
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(head) as Root;
  const first = tree.children[0];
  if (first?.type !== 'yaml' || !first.position) return undefined;
  return {
    text: (first as Yaml).value,
    firstLine: first.position.start.line + 1,
    endOffset: first.position.end.offset ?? 0,
  };
}

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
    out.frontmatter = {
      text: (first as Yaml).value,
      firstLine: (first.position?.start.line ?? 1) + 1,
      endOffset: first.position?.end.offset ?? 0,
    };
  }
  const lines = source.split('\n');
  // A link or image written as an element is judged like one written in Markdown.
  const addElements = (elements: Element[]) => {
    for (const el of elements) {
      out.html.push(el);
      if (el.name === 'a' && 'href' in el.attributes)
        out.links.push({url: el.attributes.href, line: el.line, kind: 'link'});
      if (el.name === 'img' && 'src' in el.attributes)
        out.links.push({url: el.attributes.src, line: el.line, kind: 'image'});
    }
  };
  const anchorOf = createAnchorer();
  const definitions = new Map<string, Link>();
  const imageRefs = new Set<string>();
  const walk = (node: Node, containers: string[]) => {
    const line = node.position?.start.line ?? 1;
    let inner = containers;
    if (node.type === 'heading') {
      const {text, anchor} = anchorOf(toString(node as unknown as Root));
      out.headings.push({depth: node.depth as number, text, line, anchor});
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const link: Link = {url: node.url as string, line, kind: node.type};
      out.links.push(link);
      if (node.type === 'definition') definitions.set(String(node.identifier), link);
    } else if (node.type === 'imageReference') {
      imageRefs.add(String(node.identifier));
    } else if (node.type === 'code') {
      out.codeBlocks.push({
        lang: (node.lang as string) ?? null,
        meta: (node.meta as string) ?? null,
        value: node.value as string,
        line,
      });
    } else if (node.type === 'html') {
      addElements(htmlElements(node.value as string, line));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Only string attributes are markup; expressions and spreads are src/content/checks/mdx.ts's to refuse.
      const attributes = Object.fromEntries(
        ((node.attributes as {type: string; name?: string; value?: unknown}[]) ?? [])
          .filter((a) => a.type === 'mdxJsxAttribute' && a.name && (typeof a.value === 'string' || a.value == null))
          .map((a) => [a.name!.toLowerCase(), (a.value as string | null) ?? '']),
      );
      if (node.name) addElements([{name: String(node.name).toLowerCase(), attributes, line, origin: 'jsx'}]);
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
  // A definition an image refers to loads like an image: `![x][ref]` with `[ref]: https:host/x.png`.
  for (const id of imageRefs) {
    const def = definitions.get(id);
    if (def) def.kind = 'image';
  }
  return out;
}
