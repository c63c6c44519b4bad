import {visit} from 'unist-util-visit';
import type {Root, Heading, Paragraph} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';

export const STEP_ELEMENT = 'runbookstep';
export const stepAnchor = (n: number) => `step-${n}`;

/**
 * `:::step[Title]` blocks become numbered sections, counted across the whole page, each opened by an
 * `### Step N: Title` heading with the anchor `#step-N`. Headings keep steps in the table of contents and
 * in the broken-anchor check; the section element is what incident mode attaches its tick box to.
 * Runs before Docusaurus' own heading and TOC plugins so they see the new headings.
 */
export default function remarkRunbookSteps() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'step') return;
      n += 1;
      const [first, ...rest] = node.children;
      const hasLabel =
        first?.type === 'paragraph' && (first.data as {directiveLabel?: boolean} | undefined)?.directiveLabel;
      const labelChildren = hasLabel ? (first as Paragraph).children : [];
      const heading: Heading = {
        type: 'heading',
        depth: 3,
        children: [{type: 'text', value: `Step ${n}: `}, ...labelChildren],
        data: {hProperties: {id: stepAnchor(n)}},
      };
      node.children = [heading, ...(hasLabel ? rest : node.children)] as ContainerDirective['children'];
      node.data = {
        hName: STEP_ELEMENT,
        hProperties: {step: String(n), title: toString({type: 'paragraph', children: labelChildren})},
      };
    });
  };
}
