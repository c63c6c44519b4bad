// npm run freshness [-- --strict] [--today YYYY-MM-DD]
// Pages past review and runbooks past their exercise interval, grouped by owner. --strict exits 1 if any
// (for a scheduled job; the default test run never depends on the calendar).
import {parseArgs} from 'node:util';
import {loadContent} from '../src/content/loader';
import {freshnessReport, todayIso} from '../src/content/freshness';

const {values} = parseArgs({options: {strict: {type: 'boolean', default: false}, today: {type: 'string'}}});
const today = values.today ?? todayIso();
const report = freshnessReport(loadContent(process.cwd()).corpus.records, today);
let total = 0;
for (const [owner, items] of report) {
  console.log(`\n${owner} (${items.length})`);
  for (const i of items) {
    total++;
    const what = i.reason === 'exercise' ? `exercise overdue: last exercised ${i.since}` : `review overdue: last reviewed ${i.since}`;
    console.log(`  ${i.file}  ${what}, due ${i.due}, ${i.daysOverdue} days late`);
  }
}
console.log(total ? `\n${total} overdue item(s) on ${today}` : `nothing overdue on ${today}`);
process.exit(values.strict && total ? 1 : 0);
