import type {Corpus} from '../records';
import {buildDoctorMap, DOCTOR_MAP_PATH, DOCTOR_SCHEMA_PATH, serializeJson} from './doctorMap';
import {ALERT_MAP_PATH, ALERT_SCHEMA_PATH, buildAlertMap} from './alertMap';
import {alertMapJsonSchema, doctorMapJsonSchema} from './jsonSchema';
import {shortLinkPages} from './shortLinks';
import {
  ALERTMANAGER_ROUTES_PATH,
  buildAlertmanagerRoutes,
  buildPrometheusRules,
  PROMETHEUS_RULES_PATH,
} from './prometheusRules';
import {grafanaFiles} from './grafana';
import {probeFiles} from './probes';

/** Every generated file of the build, path relative to the output directory, in a stable order. */
export function generatedFiles(corpus: Corpus, site: string, baseUrl: string): {path: string; content: string}[] {
  const doctorMap = buildDoctorMap(corpus, site);
  return [
    {path: DOCTOR_MAP_PATH, content: serializeJson(doctorMap)},
    {path: DOCTOR_SCHEMA_PATH, content: serializeJson(doctorMapJsonSchema())},
    {path: ALERT_MAP_PATH, content: serializeJson(buildAlertMap(corpus, site))},
    {path: ALERT_SCHEMA_PATH, content: serializeJson(alertMapJsonSchema())},
    {path: PROMETHEUS_RULES_PATH, content: buildPrometheusRules(corpus, site)},
    {path: ALERTMANAGER_ROUTES_PATH, content: buildAlertmanagerRoutes(corpus)},
    ...grafanaFiles(corpus, site),
    ...probeFiles(corpus),
    ...shortLinkPages(doctorMap, baseUrl).map((p) => ({path: p.path, content: p.html})),
  ];
}
