// npm run freshness [-- --strict] [--today YYYY-MM-DD]
// Pages past review and runbooks past their exercise interval, grouped by owner. --strict exits 1 if any
// (for a scheduled job; the default test run never depends on the calendar).
import {freshnessReport, todayIso} from '../src/content/freshness';
import {dateArg, loadValidContent, runCli} from './lib/cli';

const USAGE = `usage: npm run freshness [-- --strict] [--today YYYY-MM-DD]

Lists pages past their review date and runbooks past their exercise interval, by owner.
  --strict          exit 1 when anything is overdue (for scheduled runs)
  --today DATE      report as of DATE instead of today`;

void runCli(
  {name: 'freshness', usage: USAGE, options: {strict: {type: 'boolean', default: false}, today: {type: 'string'}}},
  ({values}) => {
    const today = dateArg('today', values.today ?? process.env.AIBOX_TODAY) ?? todayIso();
    const report = freshnessReport(loadValidContent().records, today);
    let total = 0;
    for (const [owner, items] of report) {
      console.log(`\n${owner} (${items.length})`);
      for (const i of items) {
        total++;
        const what =
          i.reason === 'exercise'
            ? `exercise overdue: last exercised ${i.since}`
            : `review overdue: last reviewed ${i.since}`;
        console.log(`  ${i.file}  ${what}, due ${i.due}, ${i.daysOverdue} days late`);
      }
    }
    console.log(total ? `\n${total} overdue item(s) on ${today}` : `nothing overdue on ${today}`);
    return values.strict && total ? 1 : 0;
  },
);
