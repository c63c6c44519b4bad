import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseState, timelineMarkdown} from '../../../src/components/incidentState';

test('the timeline lists ticked steps in the order they were done, in UTC', () => {
  const md = timelineMarkdown('Harbor registry failure', 'http://127.0.0.1/runbooks/x', {
    ticks: {
      '3': {at: '2026-11-25T03:20:00.000Z', title: 'Restore'},
      '1': {at: '2026-11-25T03:05:09.000Z', title: 'Confirm the outage'},
    },
  });
  assert.equal(
    md,
    '### Incident timeline: Harbor registry failure\n\nRunbook: http://127.0.0.1/runbooks/x\n\n- 2026-11-25 03:05:09 UTC: step 1, Confirm the outage\n- 2026-11-25 03:20:00 UTC: step 3, Restore\n',
  );
});

test('stored state that is missing or corrupt starts clean', () => {
  assert.deepEqual(parseState(null), {ticks: {}});
  assert.deepEqual(parseState('{not json'), {ticks: {}});
  assert.deepEqual(parseState('{"ticks": {"2": {"at": "2026-11-25T00:00:00Z", "title": "x"}}}').ticks['2'].title, 'x');
});
