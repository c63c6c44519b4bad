import type {Corpus} from '../records';
import {alertMapSchema, type AlertMap} from '../schemas';
import {sha256} from './doctorMap';
import {catalogueEntries} from './opsCatalogue';

export const ALERT_MAP_PATH = 'ops/alerts.v1.json';
export const ALERT_SCHEMA_PATH = 'ops/alerts.v1.schema.json';

/**
 * Alert name to runbook URL, for `runbook_url` annotations. Built from the alert records, like the rules,
 * so both hold the same alerts. Sorted and timestamp-free like the doctor map.
 */
export function buildAlertMap(corpus: Corpus, site: string): AlertMap {
  const entries = catalogueEntries(corpus).map(({alert, runbook: r}) => ({
    alert: alert.name,
    runbook: r.data.title,
    service: r.data.service,
    route: r.route,
  }));
  const map: AlertMap = {
    version: 1,
    site,
    source: sha256(JSON.stringify(entries)),
    alerts: entries.map(({route, ...e}) => ({...e, url: `${site}${route}`})),
  };
  return alertMapSchema.parse(map);
}
