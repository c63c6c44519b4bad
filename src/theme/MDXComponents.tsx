import React, {type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import RunbookStep from '@site/src/components/RunbookStep';
import MermaidDiagram from '@site/src/components/MermaidDiagram';
import {ERROR_CODE_RE} from '@site/src/content/codePattern';

/** Inline `AIBOX-NET-001` gets a class that keeps the code on one line ("AIBOX- / BUILD-001" reads as two). */
function Code(props: ComponentProps<'code'>): ReactNode {
  const {children, className} = props;
  if (!className && typeof children === 'string' && ERROR_CODE_RE.test(children)) {
    return <MDXComponents.code {...props} className="error-code" />;
  }
  return <MDXComponents.code {...props} />;
}

// `runbookstep` is the element every :::step block becomes (STEP_ELEMENT, src/content/steps.ts).
// `mermaiddiagram` is what src/remark/mermaidSvg.ts turns every mermaid block into.
export default {...MDXComponents, code: Code, runbookstep: RunbookStep, mermaiddiagram: MermaidDiagram};
