import {visit} from 'unist-util-visit';
import type {Root, Text} from 'mdast';
import type {TextDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import {FACT_DIRECTIVE, FACT_NAMES, factValue} from '../content/facts';

/**
 * `:fact[name]` becomes the registered value as a plain text node, so the HTML, the table of contents, the
 * search index and the PDF binder all carry the figure itself. Runs before Docusaurus' own plugins, which
 * would otherwise warn about an unknown directive and print it back as text.
 */
export default function remarkFacts() {
  return (tree: Root, file?: {path?: string}) => {
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== FACT_DIRECTIVE || !parent || index === undefined) return;
      const name = toString(node).trim();
      const value = factValue(name);
      if (value === undefined) {
        // The content check refuses this first with file and line; this guards a build that skipped it.
        const where = `${file?.path ?? 'a page'}:${node.position?.start.line ?? '?'}`;
        throw new Error(`${where}: unknown fact "${name}"; registered facts: ${FACT_NAMES.join(', ')}`);
      }
      const text: Text = {type: 'text', value, position: node.position};
      parent.children.splice(index, 1, text);
    });
  };
}
