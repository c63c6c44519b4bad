/**
 * Runbook steps, as the site numbers them: every `:::step[Title]` block of a page, counted across the page, opens
 * with an `### Step N: Title` heading anchored `#step-N`. The remark plugin (src/remark/runbookSteps.ts), the search
 * sections and the step-link check all read this one definition.
 */
import {visit} from 'unist-util-visit';
import type {Heading, Paragraph, Root} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';

export const STEP_DIRECTIVE = 'step';
/** The element a step becomes; the theme maps it to the component incident mode ticks. */
export const STEP_ELEMENT = 'runbookstep';
export const stepAnchor = (n: number) => `step-${n}`;
export const stepHeadingPrefix = (n: number) => `Step ${n}: `;
/** A link to a step: `#step-N`, or `page#step-N`. */
export const STEP_LINK_RE = /^(?<page>[^#]*)#step-(?<n>\d+)$/;
/** The heading text and anchor a numbered step carries. */
export const isStepHeading = (depth: number, anchor: string, text: string) =>
  depth === 3 && /^step-\d+$/.test(anchor) && /^Step \d+: /.test(text);

/** Numbers the steps of a page in place: each `:::step` gets its heading and its element name. */
export function numberSteps(tree: Root): void {
  let n = 0;
  visit(tree, 'containerDirective', (node: ContainerDirective) => {
    if (node.name !== STEP_DIRECTIVE) return;
    n += 1;
    const [first, ...rest] = node.children;
    const hasLabel =
      first?.type === 'paragraph' && (first.data as {directiveLabel?: boolean} | undefined)?.directiveLabel;
    const labelChildren = hasLabel ? (first as Paragraph).children : [];
    const heading: Heading = {
      type: 'heading',
      depth: 3,
      children: [{type: 'text', value: stepHeadingPrefix(n)}, ...labelChildren],
      data: {hProperties: {id: stepAnchor(n)}},
    };
    node.children = [heading, ...(hasLabel ? rest : node.children)] as ContainerDirective['children'];
    node.data = {
      hName: STEP_ELEMENT,
      hProperties: {step: String(n), title: toString({type: 'paragraph', children: labelChildren})},
    };
  });
}
