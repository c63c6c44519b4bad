import * as z from 'zod';
import {expected, plainLine, slug} from './common';

/**
 * The url lands in every alert's dashboard_url annotation, which Prometheus expands as a Go template: parsed with
 * URL, https only, and nothing a template or a quoted YAML string could use.
 */
const httpsUrl = z
  .string({error: expected('an absolute https URL')})
  .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {error: expected('an absolute https URL')})
  .refine((s) => !/[\s"'`<>{}\\]/.test(s), {
    error: expected('an https URL without spaces, quotes, braces or backslashes (percent-encode them)'),
  });

export const panelSchema = z.strictObject(
  {
    id: slug('a panel id').describe('Panel id, unique in the dashboard; alerts point at it'),
    title: plainLine('panel title'),
    expr: z
      .string({error: expected('a PromQL expression as text')})
      .trim()
      .min(1, expected('a non-empty PromQL expression'))
      .describe('The PromQL query the panel plots'),
    unit: plainLine('unit').optional().describe('Unit of the plotted value, for example "s" or "%"'),
    shows: plainLine('shows').describe('The KPI or SLA the panel shows, in words'),
    kpi: slug('a heading anchor of docs/rollout/kpis.md')
      .optional()
      .describe('Anchor of the KPI definition in docs/rollout/kpis.md, for example `start-time-p95`'),
  },
  {error: expected('a panel object')},
);

/** One file per dashboard: monitoring/dashboards/<id>.yaml. */
export const dashboardSchema = z.strictObject(
  {
    title: plainLine('title'),
    description: plainLine('description'),
    url: httpsUrl.describe('Where the monitoring stack shows the dashboard'),
    panels: z.array(panelSchema, {error: expected('a list of panels')}).min(1, expected('at least one panel')),
  },
  {error: expected('a YAML mapping with title, description, url and panels')},
);
export type Dashboard = z.infer<typeof dashboardSchema>;
export type Panel = z.infer<typeof panelSchema>;
