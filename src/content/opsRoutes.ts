/** Routes of the generated operations pages; runbook cards link `#<AlertName>` rows of the catalogue. */
export const ALERT_CATALOGUE_ROUTE = '/docs/operations/alert-catalogue';
export const DASHBOARDS_ROUTE = '/docs/operations/dashboards';

/** Anchor of a dashboard panel on the dashboards page. */
export const panelAnchor = (dashboard: string, panel: string) => `${dashboard}--${panel}`;

/** Where the build writes one Grafana dashboard per record of monitoring/dashboards/, relative to the site root. */
export const grafanaPath = (dashboard: string) => `ops/grafana/${dashboard}.json`;
