import {test} from 'node:test';
import assert from 'node:assert/strict';
import {addDays, freshnessReport} from '../../../src/content/freshness';
import {loadGood} from '../../helpers';

const TODAY = '2026-11-25';

test('overdue reviews and exercises are grouped by owner, most overdue first', () => {
  const report = freshnessReport(loadGood().records, TODAY);
  // intro.md was reviewed 2025-01-10 with the default 180-day interval.
  assert.deepEqual([...report.keys()], ['docs-team']);
  const [item] = report.get('docs-team')!;
  assert.equal(item.file, 'docs/intro.md');
  assert.equal(item.reason, 'review');
  assert.equal(item.due, '2025-07-09');
  assert.equal(item.daysOverdue, 504);
});

test('a runbook becomes overdue the day after its exercise interval ends', () => {
  // Exercised 2026-10-14, every 90 days: due 2027-01-12.
  const records = loadGood().records.filter((r) => r.type === 'runbook');
  assert.equal(freshnessReport(records, '2027-01-12').size, 0);
  const late = freshnessReport(records, '2027-01-13').get('platform-team')!;
  assert.deepEqual(
    late.map((i) => [i.reason, i.daysOverdue]),
    [
      ['exercise', 1],
      ['exercise', 1],
    ],
  );
});

test('addDays crosses months and leap days', () => {
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-10-14', 90), '2027-01-12');
});
