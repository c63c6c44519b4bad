import * as z from 'zod';
import {ALERT_SEVERITIES} from '../enums';
import {alertName, expected, plainLine, slug} from './common';

export {ALERT_SEVERITIES};
export const ALERT_HOURS = ['business-hours', '24x7'] as const;

/** Prometheus durations as alert rules use them; one unit keeps them comparable at a glance. */
export const PROM_DURATION_RE = /^(0|[1-9][0-9]*)(s|m|h|d)$/;

const SECONDS = {s: 1, m: 60, h: 3600, d: 86400} as const;
/** A Prometheus duration of PROM_DURATION_RE in seconds. */
export const durationSeconds = (d: string) => Number(d.slice(0, -1)) * SECONDS[d.slice(-1) as keyof typeof SECONDS];

/**
 * A Prometheus duration within bounds. The pattern alone lets `99999999999999999999d` through, which Prometheus
 * refuses (or overflows) only when the rules load; a bound the field's meaning sets catches it in the check.
 */
export const promDuration = (what: string, bounds: {min: string; max: string}) =>
  z
    .string({error: expected(`${what} as a Prometheus duration like "30s" or "5m"`)})
    .regex(PROM_DURATION_RE, expected(`${what} as a Prometheus duration like "30s", "5m", "1h" or "1d"`))
    .refine(
      // A value the pattern refuses already has its one error.
      (d) =>
        !PROM_DURATION_RE.test(d) ||
        (durationSeconds(d) >= durationSeconds(bounds.min) && durationSeconds(d) <= durationSeconds(bounds.max)),
      expected(`${what} between ${bounds.min} and ${bounds.max}`),
    );

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

export const alertRoutingSchema = z.strictObject(
  {
    receiver: slug('an Alertmanager receiver').describe('Alertmanager receiver, for example `aibox-platform-pager`'),
    hours: z.enum(ALERT_HOURS, {error: oneOf(ALERT_HOURS)}).describe('When it notifies: business-hours or 24x7'),
    escalation: z
      .array(slug('an escalation tier or team'), {error: expected('an ordered list of tiers or teams')})
      .min(1, expected('at least one escalation step'))
      .describe('Who is called next, in order, when the receiver does not acknowledge'),
  },
  {error: expected('an object { receiver, hours, escalation }')},
);

export const alertPanelRefSchema = z.strictObject(
  {
    dashboard: slug('a dashboard id').describe('Dashboard id: the file name under monitoring/dashboards/'),
    panel: slug('a panel id').describe('Panel id inside that dashboard'),
  },
  {error: expected('an object { dashboard, panel }')},
);

export const alertSchema = z.strictObject(
  {
    name: alertName.describe('Alert name, PascalCase; the `alert:` of the rule'),
    service: slug('a service').describe('Service slug; also the rule group and the file name'),
    expr: z
      .string({error: expected('a PromQL expression as text')})
      .trim()
      .min(1, expected('a non-empty PromQL expression'))
      .describe('PromQL expression; the alert fires while it returns series'),
    // 0 is Prometheus' default (fire at once); past a week the pending state rarely survives a restart or a
    // rule reload, so a longer wait never fires.
    for: promDuration('the pending time', {min: '0s', max: '7d'}).describe(
      'How long the expression must hold before the alert fires',
    ),
    threshold: plainLine('threshold').describe('The threshold in words, as the catalogue shows it'),
    severity: z.enum(ALERT_SEVERITIES, {error: oneOf(ALERT_SEVERITIES)}).describe('page (someone is woken) or ticket'),
    routing: alertRoutingSchema,
    summary: plainLine('summary').describe('One line; may use {{ $labels.name }} and {{ $value }}'),
    description: z
      .string({error: expected('a description as text')})
      .trim()
      .min(1, expected('a non-empty description'))
      .describe('What is wrong and what to open first; may use {{ $labels.name }} and {{ $value }}'),
    panel: alertPanelRefSchema.describe("The dashboard panel that shows the alert's signal"),
    runbook: z
      .string({error: expected('a runbook id like "disaster-recovery/harbor-registry-failure"')})
      .regex(
        /^(disaster-recovery|day-2)\/[a-z0-9]+(-[a-z0-9]+)*$/,
        expected('a runbook id like "disaster-recovery/harbor-registry-failure"'),
      )
      .describe('Runbook id (path under runbooks/ without .md); it must list the alert'),
  },
  {error: expected('an alert object')},
);
export type Alert = z.infer<typeof alertSchema>;

/**
 * The part of a promtool test file (`promtool test rules`) the alert-coverage rule reads. Other keys are promtool's
 * (input_series, promql_expr_test, external_labels, ...) and pass through for promtool to judge.
 */
export const alertTestFileSchema = z.looseObject(
  {
    rule_files: z.array(z.string(), {error: expected('a list of rule files, like [prometheus-rules.yaml]')}),
    tests: z
      .array(
        z.looseObject(
          {
            alert_rule_test: z
              .array(
                z.looseObject(
                  {
                    eval_time: z.string({error: expected('an evaluation time like "15m"')}),
                    alertname: alertName,
                    exp_alerts: z.array(z.unknown(), {error: expected('a list of expected alerts, [] for none')}),
                  },
                  {error: expected('an alert_rule_test item { eval_time, alertname, exp_alerts }')},
                ),
                {error: expected('a list of alert_rule_test cases')},
              )
              .min(1, expected('at least one alert_rule_test case')),
          },
          {error: expected('a test group with input_series and alert_rule_test')},
        ),
        {error: expected('a list of test groups')},
      )
      .min(1, expected('at least one test group')),
  },
  {error: expected('a promtool test file with rule_files and tests')},
);
