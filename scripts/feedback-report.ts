// npm run feedback-report -- --db FILE [--since DATE] [--format md|csv|json] [--retention-days N]
// What readers and pilot developers told the platform team, from the collector's database.
import {CliError, dateArg, inputFile, runCli, usageError} from './lib/cli';
import {intArg} from './lib/collector';
import {openStore} from '../src/feedback/store';
import {buildReport, reportCsv, reportJson, reportMarkdown} from '../src/feedback/report';

const USAGE = `usage: npm run feedback-report -- --db FILE [--since DATE] [--format md|csv|json] [--retention-days N]

Prints pages ranked by their share of "no" answers with their comments, each survey's mean per question and
week, and the pilot's "acceptable or better" count against the pilot-acceptance fact (8 of 10).
  --db FILE            the collector's database (npm run feedback-server -- --db FILE)
  --since DATE         only answers from this day on (2026-11-20)
  --format FORMAT      md (default), csv (for a spreadsheet) or json
  --retention-days N   first delete answers older than N days, for good, and say how many went`;

const FORMATS = {md: reportMarkdown, csv: reportCsv, json: reportJson};

void runCli(
  {
    name: 'feedback-report',
    usage: USAGE,
    options: {
      db: {type: 'string'},
      since: {type: 'string'},
      format: {type: 'string', default: 'md'},
      'retention-days': {type: 'string'},
    },
  },
  ({values}) => {
    if (!values.db) throw usageError('--db FILE is required (see npm run feedback-report -- --help)');
    const format = values.format as keyof typeof FORMATS;
    if (!(format in FORMATS)) throw usageError(`--format: expected md, csv or json, found "${values.format}"`);
    const since = dateArg('since', values.since) ?? null;
    const retention =
      values['retention-days'] === undefined
        ? undefined
        : intArg('retention-days', values['retention-days'], 0, 1, 36_500);
    // A report never creates a database: a mistyped path is an error, not an empty report.
    inputFile(values.db);
    let store;
    try {
      store = openStore(values.db);
    } catch (err) {
      throw new CliError(`${values.db}: not a feedback database: ${(err as Error).message.split('\n')[0]}`);
    }
    try {
      if (retention !== undefined) {
        // AIBOX_TODAY fixes "now" for tests, as in npm run freshness.
        const today = dateArg('today', process.env.AIBOX_TODAY);
        const cutoff = new Date((today ? Date.parse(`${today}T00:00:00Z`) : Date.now()) - retention * 86_400_000);
        const hour = `${cutoff.toISOString().slice(0, 13)}:00Z`;
        const gone = store.prune(hour);
        console.error(
          `feedback-report: deleted ${gone.feedback} page answer(s) and ${gone.responses} survey response(s) from before ${hour} (retention ${retention} days)`,
        );
      }
      const from = since ? `${since}T00:00Z` : '';
      const report = buildReport(store.feedbackRows(from), store.surveyAnswerRows(from), store.questions(), since);
      process.stdout.write(FORMATS[format](report));
    } finally {
      store.close();
    }
    return 0;
  },
);
