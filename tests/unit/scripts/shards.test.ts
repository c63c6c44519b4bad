import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deal} from '../../../scripts/lib/shards';

test('the largest files are dealt first, each to the shard with the least; each shard keeps path order', () => {
  const files = [
    {file: 'a.test.ts', bytes: 10},
    {file: 'b.test.ts', bytes: 50},
    {file: 'c.test.ts', bytes: 30},
    {file: 'd.test.ts', bytes: 25},
    {file: 'e.test.ts', bytes: 5},
  ];
  // b 50 → first; c 30 → second; d 25 → second (30 < 50); a 10 → first (50 < 55); e 5 → second (55 < 60).
  assert.deepEqual(deal(files, 2), [
    ['a.test.ts', 'b.test.ts'],
    ['c.test.ts', 'd.test.ts', 'e.test.ts'],
  ]);
  assert.deepEqual(deal([...files].reverse(), 2), deal(files, 2), 'the order found does not matter');
});

test('more shards than files leaves no empty shard; one shard holds everything in path order', () => {
  assert.deepEqual(deal([{file: 'x.test.ts', bytes: 1}], 4), [['x.test.ts']]);
  assert.deepEqual(
    deal(
      [
        {file: 'b.test.ts', bytes: 1},
        {file: 'a.test.ts', bytes: 9},
      ],
      1,
    ),
    [['a.test.ts', 'b.test.ts']],
  );
});
