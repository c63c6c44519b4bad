import React, {type CSSProperties, type ReactNode} from 'react';

/** What the figure needs from the SVG mermaid wrote: its id, its drawn width and its accessible title. */
export function diagramInfo(svg: string): {id: string; width: number | null; title: string | null} {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const id = /\bid="([^"]+)"/.exec(root)?.[1] ?? 'diagram';
  const viewBox = /\bviewBox="([^"]+)"/.exec(root)?.[1]?.split(/\s+/).map(Number);
  const width = viewBox && viewBox.length === 4 && viewBox[2] > 0 ? Math.ceil(viewBox[2]) : null;
  const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]?.trim() || null;
  return {id, width, title};
}

/**
 * A diagram rendered to SVG at build time (src/remark/mermaidSvg.ts). The SVG is set as HTML, not as React
 * elements: the HTML minifier rewrites the SVG's <style>, and React must not re-render a whole diagram over a text
 * mismatch. "Open full size" is an in-page link: the figure, as the link's target, fills the window at the size
 * mermaid drew it (src/css/custom.css), with JavaScript or without, and "Close" goes back to where it was.
 */
export default function MermaidDiagram({svg}: {svg: string}): ReactNode {
  const {id, width, title} = diagramInfo(svg);
  const figure = `${id}-figure`;
  const style = width ? ({'--diagram-width': `${width}px`} as CSSProperties) : undefined;
  return (
    <>
      <span id={`${id}-back`} className="mermaid-diagram__back" />
      <figure id={figure} className="mermaid-diagram" style={style}>
        <div className="mermaid-diagram__svg" dangerouslySetInnerHTML={{__html: svg}} />
        <figcaption className="mermaid-diagram__actions">
          {title && <span className="mermaid-diagram__title">{title}</span>}
          <a className="mermaid-diagram__open" href={`#${figure}`}>
            Open full size
          </a>
          <a className="mermaid-diagram__close" href={`#${id}-back`}>
            Close full size
          </a>
        </figcaption>
      </figure>
    </>
  );
}
