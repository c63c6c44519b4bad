import MDXComponents from '@theme-original/MDXComponents';
import RunbookStep from '@site/src/components/RunbookStep';
import MermaidDiagram from '@site/src/components/MermaidDiagram';

// `runbookstep` is the element every :::step block becomes (STEP_ELEMENT, src/content/steps.ts).
// `mermaiddiagram` is what src/remark/mermaidSvg.ts turns every mermaid block into.
export default {...MDXComponents, runbookstep: RunbookStep, mermaiddiagram: MermaidDiagram};
