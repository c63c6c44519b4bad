import {visit, SKIP} from 'unist-util-visit';
import type {Nodes, Root} from 'mdast';

/** One source line's share of a prose block: plain text, no newline inside. */
export interface ProseSegment {
  text: string;
  line: number;
  /** Inline code: kept for checks that look for command output, hidden from checks that read sentences. */
  code?: true;
}
/** A paragraph, heading or table cell as readable text, split where the source breaks lines. */
export interface ProseBlock {
  segments: ProseSegment[];
}
export interface Sentence {
  text: string;
  line: number;
}

/** What inline code reads as in a sentence. */
export const CODE_PLACEHOLDER = '(code)';

function flatten(node: Nodes, out: ProseSegment[], line: number): void {
  const at = node.position?.start.line ?? line;
  switch (node.type) {
    case 'text': {
      node.value.split('\n').forEach((part, i) => out.push({text: part, line: at + i}));
      return;
    }
    case 'inlineCode':
      out.push({text: node.value, line: at, code: true});
      return;
    case 'textDirective': {
      // Keep `:fact[name]` as written: the facts check expands it and knows where it came from.
      const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      out.push({text: `:${node.name}[${label}]`, line: at});
      return;
    }
    case 'break':
      out.push({text: ' ', line: at});
      return;
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) flatten(child, out, at);
  }
}

/** Every paragraph, heading and table cell of a page; code blocks, HTML and front matter are not prose. */
export function proseBlocks(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'yaml' || node.type === 'html') return SKIP;
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const segments: ProseSegment[] = [];
    flatten(node, segments, node.position?.start.line ?? 1);
    blocks.push({segments});
    return SKIP;
  });
  return blocks;
}

/**
 * Splits a block into sentences at `.`, `!` or `?` followed by a space, each with the line it starts on.
 * Inline code reads as a placeholder, so figures and names inside commands never count as prose.
 */
export function sentences(block: ProseBlock): Sentence[] {
  let text = '';
  const starts: {offset: number; line: number}[] = [];
  for (const s of block.segments) {
    if (starts.length && starts[starts.length - 1].line !== s.line) text += ' ';
    starts.push({offset: text.length, line: s.line});
    text += s.code ? CODE_PLACEHOLDER : s.text;
  }
  const lineAt = (offset: number) => {
    let line = starts[0]?.line ?? 1;
    for (const s of starts) if (s.offset <= offset) line = s.line;
    return line;
  };
  const out: Sentence[] = [];
  const boundary = /[.!?](?=\s)|$/g;
  let from = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({text: raw.trim(), line: lineAt(from + lead)});
    from = end;
    if (m.index === text.length) break;
  }
  return out;
}
