import {test} from 'node:test';
import assert from 'node:assert/strict';
import {DOCS_FOLDER_LABELS, RUNBOOK_FOLDER_LABELS, labelCategories, type Item} from '../../../src/sidebar/labels';

const doc = (id: string): Item => ({type: 'doc', id});

test('FAQ category folders get their labels from the enums; other categories keep theirs', () => {
  const items: Item[] = [
    doc('intro'),
    {
      type: 'category',
      label: 'Troubleshooting',
      link: null,
      items: [
        {type: 'category', label: 'images-updates', items: [doc('troubleshooting/images-updates/pull-denied')]},
        {type: 'category', label: 'wsl', items: [doc('troubleshooting/wsl/vpn-dns')]},
        doc('troubleshooting/index'),
      ],
    },
    {type: 'category', label: 'Architecture', items: [doc('architecture/overview')]},
  ];
  const out = labelCategories(items, DOCS_FOLDER_LABELS);
  assert.equal(out[1].label, 'Troubleshooting');
  assert.deepEqual(
    out[1].items!.map((i) => i.label),
    ['Images and updates', 'Windows 11 + WSL2', undefined],
  );
  assert.equal(out[2].label, 'Architecture');
});

test('runbook kind folders get the kind labels, also when the category opens on an index doc', () => {
  const items: Item[] = [
    {type: 'category', label: 'day-2', items: [doc('day-2/policy-change')]},
    {
      type: 'category',
      label: 'disaster-recovery',
      link: {type: 'doc', id: 'disaster-recovery/vault-failure'},
      items: [],
    },
  ];
  assert.deepEqual(
    labelCategories(items, RUNBOOK_FOLDER_LABELS).map((i) => i.label),
    ['Day-2 operations', 'Disaster recovery'],
  );
});
