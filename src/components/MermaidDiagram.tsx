import React, {type ReactNode} from 'react';

/**
 * A diagram rendered to SVG at build time (src/remark/mermaidSvg.ts). Set as HTML, not as React elements: the
 * HTML minifier rewrites the SVG's <style>, and React must not re-render a whole diagram over a text mismatch.
 */
export default function MermaidDiagram({svg}: {svg: string}): ReactNode {
  return <figure className="mermaid-diagram" dangerouslySetInnerHTML={{__html: svg}} />;
}
