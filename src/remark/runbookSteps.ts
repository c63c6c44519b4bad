import type {Root} from 'mdast';
import {numberSteps} from '../content/steps';

/**
 * Numbers runbook steps (src/content/steps.ts) for the site. Runs before Docusaurus' own heading and TOC plugins
 * so they see the step headings: steps stay in the table of contents and in the broken-anchor check, and the step
 * element is what incident mode attaches its tick box to.
 */
export default function remarkRunbookSteps() {
  return (tree: Root) => numberSteps(tree);
}
