import {runbooks, type Corpus} from '../records';
import {alertMapSchema, type AlertMap} from '../schemas';
import {sha256} from './doctorMap';

export const ALERT_MAP_PATH = 'ops/alerts.v1.json';
export const ALERT_SCHEMA_PATH = 'ops/alerts.v1.schema.json';

/** Alert name to runbook URL, for `runbook_url` annotations. Sorted and timestamp-free like the doctor map. */
export function buildAlertMap(corpus: Corpus, site: string): AlertMap {
  const entries = runbooks(corpus)
    .flatMap((r) => r.data.alerts.map((alert) => ({alert, runbook: r.data.title, service: r.data.service, route: r.route})))
    .sort((a, b) => (a.alert < b.alert ? -1 : a.alert > b.alert ? 1 : 0));
  const map: AlertMap = {
    version: 1,
    site,
    source: sha256(JSON.stringify(entries)),
    alerts: entries.map(({route, ...e}) => ({...e, url: `${site}${route}`})),
  };
  return alertMapSchema.parse(map);
}
