import {contentError, didYouMean, type ContentError} from '../errors';
import {opsOf, type Corpus} from '../records';
import {ALERT_TESTS_DIR} from '../opsCatalogue';

/**
 * alerts/tested: every alert record has a promtool case in monitoring/tests/<service>.test.yaml that expects it
 * firing and one that expects it silent, and every alert a test names exists. promtool itself runs the cases in
 * the unit tests; this rule only makes sure none is missing.
 */
export function checkAlertTests(corpus: Corpus): ContentError[] {
  const ops = opsOf(corpus);
  const tests = ops.alertTests;
  if (!tests) return [];
  const errors: ContentError[] = [];
  if (!ops.alertTestsIncomplete) {
    for (const a of ops.alerts) {
      const cases = tests.get(a.data.name) ?? [];
      const fires = cases.some((c) => c.fires);
      const silent = cases.some((c) => c.silent);
      if (fires && silent) continue;
      const file = `${ALERT_TESTS_DIR}/${a.data.service}.test.yaml`;
      const missing = !cases.length
        ? 'no case'
        : fires
          ? 'only cases where it fires'
          : 'only cases where it stays silent';
      errors.push(
        contentError({
          file: a.file,
          line: a.fieldLines.name ?? a.line,
          field: `${a.data.name}`,
          message: `expected a promtool case for ${a.data.name} that fires at its threshold after its for: and one just below that stays silent, found ${missing}`,
          fix: `add an alert_rule_test for ${a.data.name} to ${file}`,
          rule: 'alerts/tested',
        }),
      );
    }
  }
  // An alert file that could not be read, or a record without a readable name, is already reported; a case for it
  // would only repeat that error.
  if (ops.incomplete) return errors;
  const names = ops.alerts.map((a) => a.data.name);
  for (const [alert, cases] of tests) {
    if (names.includes(alert) || ops.rejectedAlerts.includes(alert)) continue;
    const guess = didYouMean(alert, names);
    for (const c of cases)
      errors.push(
        contentError({
          file: c.file,
          line: c.line,
          field: 'alertname',
          message:
            `expected an alert defined in monitoring/alerts/, found ${alert}` +
            (guess ? `; did you mean ${guess}?` : ''),
          fix: guess ? `rename it to ${guess}` : 'test an alert that has a record, or remove the case',
          rule: 'alerts/tested',
        }),
      );
  }
  return errors;
}
