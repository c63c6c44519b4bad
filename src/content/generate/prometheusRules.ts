import {Scalar, stringify} from 'yaml';
import {opsOf, type Corpus} from '../records';
import {catalogueEntries} from './opsCatalogue';

export const PROMETHEUS_RULES_PATH = 'ops/prometheus-rules.yaml';
export const ALERTMANAGER_ROUTES_PATH = 'ops/alertmanager-routes.yaml';
export const BUSINESS_HOURS_INTERVAL = 'aibox-business-hours';

const HEADER = (what: string) =>
  `# ${what}, generated from monitoring/ by npm run alert-rules. Do not edit by hand:\n` +
  '# change the alert records in the docs repository instead.\n';

// lineWidth 0: no folding, so a long PromQL expression stays one diffable line.
const toYaml = (value: unknown) => stringify(value, {lineWidth: 0, minContentWidth: 0});

// YAML 1.1 readers (Alertmanager's) may take an unquoted 08:00 for a number; quote clock times.
function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = 'QUOTE_SINGLE';
  return s;
}

/** Prometheus rule groups, one per service, each rule with its severity and its runbook_url. Deterministic. */
export function buildPrometheusRules(corpus: Corpus, site: string): string {
  const dashboards = new Map(opsOf(corpus).dashboards.map((d) => [d.id, d.data.url]));
  const services = new Map<string, unknown[]>();
  for (const {alert: a, runbook} of catalogueEntries(corpus)) {
    const rules = services.get(a.service) ?? [];
    rules.push({
      alert: a.name,
      expr: a.expr,
      for: a.for,
      labels: {severity: a.severity, service: a.service},
      annotations: {
        summary: a.summary,
        description: a.description,
        runbook_url: `${site}${runbook.route}`,
        dashboard_url: dashboards.get(a.panel.dashboard) ?? '',
        escalation: a.routing.escalation.join(', '),
      },
    });
    services.set(a.service, rules);
  }
  const groups = [...services.keys()]
    .sort()
    .map((service) => ({name: `aibox-${service}`, rules: services.get(service)}));
  return HEADER('Prometheus alerting rules for AI-Box') + toYaml({groups});
}

/**
 * The Alertmanager routes for AI-Box alerts, to merge under the monitoring stack's top-level route.
 * One route per receiver and hours; business-hours routes only notify inside the shared time interval.
 * Receivers are listed by name only: their integrations (PagerDuty keys, ticket queues) live with the stack.
 */
export function buildAlertmanagerRoutes(corpus: Corpus): string {
  const routes = new Map<string, {receiver: string; hours: string; alerts: string[]}>();
  for (const {alert: a} of catalogueEntries(corpus)) {
    const key = `${a.routing.receiver} ${a.routing.hours}`;
    const route = routes.get(key) ?? {receiver: a.routing.receiver, hours: a.routing.hours, alerts: []};
    route.alerts.push(a.name);
    routes.set(key, route);
  }
  const sorted = [...routes.keys()].sort().map((k) => routes.get(k)!);
  const fragment = {
    route: {
      routes: sorted.map((r) => ({
        receiver: r.receiver,
        matchers: [`alertname=~"${r.alerts.join('|')}"`],
        group_by: ['alertname', 'service'],
        ...(r.hours === 'business-hours' ? {active_time_intervals: [BUSINESS_HOURS_INTERVAL]} : {}),
      })),
    },
    time_intervals: [
      {
        name: BUSINESS_HOURS_INTERVAL,
        time_intervals: [
          {weekdays: ['monday:friday'], times: [{start_time: quoted('08:00'), end_time: quoted('18:00')}]},
        ],
      },
    ],
    receivers: [...new Set(sorted.map((r) => r.receiver))].sort().map((name) => ({name})),
  };
  return HEADER('Alertmanager routes for AI-Box alerts') + toYaml(fragment);
}
