import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {markdownProcessor} from '../../../src/content/markdown';
import remarkMermaidSvg from '../../../src/remark/mermaidSvg';
import type {Diagram, MermaidRender} from '../../../src/remark/mermaidRenderer';
import {ContentValidationError} from '../../../src/content/errors';

const FILE =
  '---\ntitle: T\n---\n\nIntro.\n\n```mermaid\nflowchart LR\n  a --> b\n  b -> \n```\n\n```bash\necho hi\n```\n';

function setup(render: MermaidRender) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mermaid-'));
  const file = path.join(dir, 'docs', 'page.md');
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, FILE);
  // What the compiler sees: the text after the frontmatter, as Docusaurus hands it over.
  const body = FILE.slice(FILE.indexOf('---\n', 4) + 4).replace(/^\n/, '');
  const tree = markdownProcessor(false).parse(body) as Root;
  return {dir, tree, vfile: new VFile({path: file, value: body}), run: remarkMermaidSvg({render, siteDir: dir})};
}

test('a mermaid block becomes a figure holding the SVG; other code blocks stay code', async () => {
  const seen: Diagram[] = [];
  const {dir, tree, vfile, run} = setup(async (d) => {
    seen.push(d);
    return {svg: `<svg id="${d.id}" viewBox="0 0 10 10"><g><text>a</text></g></svg>`};
  });
  try {
    await run(tree, vfile);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].code, 'flowchart LR\n  a --> b\n  b -> ');
    assert.match(seen[0].id, /^mermaid-[0-9a-f]{10}$/);
    const figure = tree.children[1] as unknown as {type: string; data: {hName: string; hProperties: {svg: string}}};
    assert.equal(figure.type, 'mermaidFigure');
    assert.equal(figure.data.hName, 'mermaiddiagram');
    assert.equal(
      figure.data.hProperties.svg,
      `<svg id="${seen[0].id}" viewBox="0 0 10 10"><g><text>a</text></g></svg>`,
    );
    assert.equal(tree.children[2].type, 'code');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a diagram that does not parse fails with the file and the line in the file', async () => {
  const {dir, tree, vfile, run} = setup(async () => ({error: 'Parse error on line 3:', line: 3}));
  try {
    await assert.rejects(run(tree, vfile), (err: unknown) => {
      assert.ok(err instanceof ContentValidationError);
      // Fence on file line 7, diagram line 3 is file line 10: "  b -> ".
      assert.equal(FILE.split('\n')[9], '  b -> ');
      assert.deepEqual(
        err.errors.map((e) => [e.file, e.line, e.field, e.message, e.rule]),
        [
          [
            'docs/page.md',
            10,
            'mermaid',
            'expected a mermaid diagram that parses, found Parse error on line 3:',
            'diagrams/mermaid-parse',
          ],
        ],
      );
      return true;
    });
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
