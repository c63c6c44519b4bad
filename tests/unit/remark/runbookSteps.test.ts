import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Root} from 'mdast';
import {markdownProcessor} from '../../../src/content/markdown';
import remarkRunbookSteps from '../../../src/remark/runbookSteps';

function transform(md: string): Root {
  const tree = markdownProcessor(false).parse(md) as Root;
  remarkRunbookSteps()(tree);
  return tree;
}

test('steps are numbered across the page, each opened by a heading with its #step-N anchor', () => {
  const tree = transform(
    '## A\n\n:::step[First thing]\nDo it.\n:::\n\n## B\n\n:::step[Second **thing**]\nAgain.\n:::\n',
  );
  const steps = tree.children.filter((n) => n.type === 'containerDirective');
  assert.equal(steps.length, 2);
  steps.forEach((s, i) => {
    const data = s.data as {hName: string; hProperties: {step: string; title: string}};
    assert.equal(data.hName, 'runbookstep');
    assert.equal(data.hProperties.step, String(i + 1));
    const heading = (s as {children: {type: string; depth?: number; data?: {hProperties?: {id?: string}}}[]})
      .children[0];
    assert.equal(heading.type, 'heading');
    assert.equal(heading.depth, 3);
    assert.equal(heading.data?.hProperties?.id, `step-${i + 1}`);
  });
  assert.equal((steps[1].data as {hProperties: {title: string}}).hProperties.title, 'Second thing');
});

test('admonitions are left alone', () => {
  const tree = transform(':::warning\nCareful.\n:::\n');
  assert.equal(tree.children[0].data, undefined);
});
