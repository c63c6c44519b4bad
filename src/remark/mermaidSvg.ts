import crypto from 'node:crypto';
import fs from 'node:fs';
import {visit} from 'unist-util-visit';
import type {Code, Root} from 'mdast';
import type {VFile} from 'vfile';
import {contentError, ContentValidationError} from '../content/errors';
import {renderInChromium, type MermaidRender} from './mermaidRenderer';

/** The element each diagram becomes; src/theme/MDXComponents.tsx renders it with src/components/MermaidDiagram. */
export const MERMAID_ELEMENT = 'mermaiddiagram';

/**
 * Lines the file has before the text the compiler sees (the frontmatter Docusaurus strips), so errors name
 * file lines.
 */
function lineOffset(file: VFile): number {
  if (!file.path || !fs.existsSync(file.path)) return 0;
  const lines = (s: string) => s.split('\n').length;
  return Math.max(0, lines(fs.readFileSync(file.path, 'utf8')) - lines(String(file.value)));
}

/**
 * ```mermaid blocks become inline SVG at build time: no mermaid runtime ships to readers, diagrams show with
 * JavaScript off and in the printed binder. A diagram that does not parse fails the build with its file and line.
 */
export default function remarkMermaidSvg(options: {render?: MermaidRender; siteDir?: string} = {}) {
  const render = options.render ?? renderInChromium;
  return async (tree: Root, file: VFile) => {
    const blocks: Code[] = [];
    visit(tree, 'code', (node: Code) => {
      if (node.lang === 'mermaid') blocks.push(node);
    });
    if (!blocks.length) return;
    const rel = file.path ? file.path.replace(`${options.siteDir ?? process.cwd()}/`, '') : '(unknown file)';
    for (const node of blocks) {
      const id = `mermaid-${crypto.createHash('sha256').update(node.value).digest('hex').slice(0, 10)}`;
      const result = await render({id, code: node.value});
      if ('error' in result) {
        const line = lineOffset(file) + (node.position?.start.line ?? 1) + result.line;
        throw new ContentValidationError([
          contentError({
            file: rel,
            line,
            field: 'mermaid',
            message: `expected a mermaid diagram that parses, found ${result.error}`,
            fix: 'correct the diagram at that line; the message is what the mermaid parser expected',
            rule: 'diagrams/mermaid-parse',
          }),
        ]);
      }
      const figure = node as unknown as {type: string; data: Record<string, unknown>};
      figure.type = 'mermaidFigure';
      figure.data = {hName: MERMAID_ELEMENT, hProperties: {svg: result.svg}, hChildren: []};
    }
  };
}
