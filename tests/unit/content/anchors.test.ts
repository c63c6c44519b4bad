import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createAnchorer} from '../../../src/content/anchors';
import {parseMarkdown} from '../../../src/content/markdown';

test('anchors as the site gives them: {#id} kept, repeats numbered, non-ASCII letters kept, presets counted', () => {
  const anchorOf = createAnchorer();
  assert.deepEqual(
    [
      anchorOf('Adoption rate {#adoption}'),
      anchorOf('What you should see'),
      anchorOf('What you should see'),
      anchorOf('Größe der Cache-Volumes'),
      anchorOf('Step 1: Stop pushes', 'step-1'),
      anchorOf('step 1'),
    ],
    [
      {text: 'Adoption rate', anchor: 'adoption'},
      {text: 'What you should see', anchor: 'what-you-should-see'},
      {text: 'What you should see', anchor: 'what-you-should-see-1'},
      {text: 'Größe der Cache-Volumes', anchor: 'größe-der-cache-volumes'},
      {text: 'Step 1: Stop pushes', anchor: 'step-1'},
      {text: 'step 1', anchor: 'step-1-1'},
    ],
  );
});

test('the page model carries those anchors on its headings', () => {
  const {headings} = parseMarkdown('## KPI: adoption {#adoption}\n\n## Résumé\n\n## Résumé\n', false);
  assert.deepEqual(
    headings.map((h) => h.anchor),
    ['adoption', 'résumé', 'résumé-1'],
  );
});
