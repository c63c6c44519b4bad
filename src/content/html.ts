import {parseFragment, type DefaultTreeAdapterTypes} from 'parse5';

/** An HTML element written in a page: raw HTML in .md, a JSX element in .mdx. */
export interface Element {
  /** Lower-case tag name, as the browser sees it (parse5 folds case; JSX names are folded here too). */
  name: string;
  /** Attribute names in lower case, values with character references decoded, as the browser reads them. */
  attributes: Record<string, string>;
  line: number;
  /** Raw HTML in a .md page, or a JSX element in an .mdx page (judged by src/content/checks/mdx.ts). */
  origin: 'html' | 'jsx';
}

type P5Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

/**
 * The elements of a raw HTML fragment, parsed by parse5 the way a browser (and rehype-raw in the build) parses
 * it: `/` between attributes is whitespace, entities are decoded, `<template>` contents and SVG/MathML count.
 */
export function htmlElements(value: string, line: number): Element[] {
  const out: Element[] = [];
  const walk = (node: P5Node) => {
    if ('tagName' in node) {
      const attributes: Record<string, string> = {};
      // The first of two same-named attributes wins in a browser; later ones are dropped.
      for (const a of node.attrs) {
        const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
        if (!(name in attributes)) attributes[name] = a.value;
      }
      const at = node.sourceCodeLocation?.startLine ?? 1;
      out.push({name: node.tagName.toLowerCase(), attributes, line: line + at - 1, origin: 'html'});
      if (node.tagName === 'template') walk((node as DefaultTreeAdapterTypes.Template).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseFragment(value, {sourceCodeLocationInfo: true}));
  return out;
}

/**
 * Elements a page may write, in raw HTML or as lower-case JSX: text-level and block markup that neither runs
 * script, loads from elsewhere, submits, nor embeds another document. Anything else (custom elements, the build's
 * own `runbookstep` and `mermaiddiagram`, svg, forms, media) is refused.
 */
export const SAFE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/**
 * Attributes any safe element may carry. No event handlers, no style (it can overlay the page or load images), no
 * class (it can borrow the theme's navigation or hiding classes).
 */
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir'];
/** Attributes of particular elements; `href` and `src` are the only URLs, and the link and image rules judge them. */
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed'],
  details: ['open'],
  time: ['datetime'],
};

/** The attributes `element` may carry, for checks and for the message that lists them. */
export const allowedAttributes = (element: string): string[] => [
  ...GLOBAL_ATTRIBUTES,
  ...(ELEMENT_ATTRIBUTES[element] ?? []),
];

/** Elements only the build emits: src/remark turns :::step and mermaid blocks into them, and the theme maps them. */
export const BUILD_ONLY_ELEMENTS: Readonly<Record<string, string>> = {
  runbookstep: 'the :::step directive',
  mermaiddiagram: 'a ```mermaid code block',
};
