import MDXComponents from '@theme-original/MDXComponents';
import RunbookStep from '@site/src/components/RunbookStep';
import MermaidDiagram from '@site/src/components/MermaidDiagram';

// `runbookstep` is the element src/remark/runbookSteps.ts turns every :::step block into.
// `mermaiddiagram` is what src/remark/mermaidSvg.ts turns every mermaid block into.
export default {...MDXComponents, runbookstep: RunbookStep, mermaiddiagram: MermaidDiagram};
