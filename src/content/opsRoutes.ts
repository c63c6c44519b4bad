/** Routes of the generated operations pages; runbook cards link `#<AlertName>` rows of the catalogue. */
export const ALERT_CATALOGUE_ROUTE = '/docs/operations/alert-catalogue';
export const DASHBOARDS_ROUTE = '/docs/operations/dashboards';

/** Anchor of a dashboard panel on the dashboards page. */
export const panelAnchor = (dashboard: string, panel: string) => `${dashboard}--${panel}`;
