import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Code, Root} from 'mdast';
import {markdownProcessor} from '../../../src/content/markdown';
import remarkCodeTokens, {tokenize} from '../../../src/remark/codeTokens';
import {linesFor} from '../../../src/theme/CodeBlock/Content/tokens';

const tokensOf = (node: Code) => (node.data as {hProperties?: {tokens?: string}} | undefined)?.hProperties?.tokens;

test('fenced blocks carry their Prism tokens; unknown languages, mermaid and line highlights do not', () => {
  const md =
    '```bash\naibox start --project .\n\necho "$HOME"\n```\n\n```text\nplain\n```\n\n```bash {2}\na\nb\n```\n\n```mermaid\nflowchart LR\n```\n';
  const tree = markdownProcessor(false).parse(md) as Root;
  remarkCodeTokens({languages: ['bash'], cache: false})(tree);
  const [bash, text, highlighted, mermaid] = tree.children as Code[];
  const tokens = JSON.parse(tokensOf(bash)!);
  assert.deepEqual(tokens[0], [
    ['plain', 'aibox start '],
    ['parameter variable', '--project'],
    ['plain', ' '],
    ['builtin class-name', '.'],
    ['plain', ''],
  ]);
  assert.deepEqual(tokens[1], [['plain', '', 1]]);
  assert.equal(linesFor('aibox start --project .\n\necho "$HOME"', tokens)[2][1].types.join(' '), 'builtin class-name');
  assert.deepEqual(tokens[2].map((t: [string, string]) => t[1]).join(''), 'echo "$HOME"');
  assert.equal(tokensOf(text), undefined);
  assert.equal(tokensOf(highlighted), undefined);
  assert.equal(tokensOf(mermaid), undefined);
});

test('the browser uses build tokens only when they spell exactly the code it shows', () => {
  const code = 'key: value\nlist: [1, 2]';
  const built = tokenize(code, 'yaml');
  const lines = linesFor(code, built);
  assert.equal(lines.map((l) => l.map((t) => t.content).join('')).join('\n'), code);
  assert.ok(lines[0].some((t) => t.types.includes('key')));
  assert.deepEqual(linesFor('other\n', built), [
    [{types: ['plain'], content: 'other'}],
    [{types: ['plain'], content: '', empty: true}],
  ]);
});
