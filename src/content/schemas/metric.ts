import * as z from 'zod';
import {expected, plainLine} from './common';

export const METRIC_TYPES = ['counter', 'gauge', 'histogram'] as const;

/**
 * The components that put a metric into Prometheus. Each is something an operator can open when a number looks
 * wrong; "the monitoring stack" is not a source.
 */
export const METRIC_SOURCES = {
  'aibox-cli': 'aibox CLI telemetry',
  'blackbox-exporter': 'Blackbox exporter',
  harbor: 'Harbor',
  nexus: 'Nexus',
  vault: 'Vault',
  'egress-proxy': 'Egress proxy',
  'feedback-collector': 'Docs feedback collector',
  siem: 'SIEM',
} as const;
export type MetricSource = keyof typeof METRIC_SOURCES;
const SOURCE_IDS = Object.keys(METRIC_SOURCES) as [MetricSource, ...MetricSource[]];

export const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
export const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

export const metricSchema = z.strictObject(
  {
    name: z
      .string({error: expected('a Prometheus metric name')})
      .regex(METRIC_NAME_RE, expected('a Prometheus metric name like "aibox_start_duration_seconds"'))
      .describe('Metric name; for a histogram the base name, without _bucket, _sum or _count'),
    type: z.enum(METRIC_TYPES, {error: oneOf(METRIC_TYPES)}).describe('counter, gauge or histogram'),
    unit: plainLine('unit').describe('What one unit of the value is: seconds, bytes, requests, 0-1 ratio, ...'),
    labels: z
      .array(z.string().regex(LABEL_NAME_RE, expected('a label name like "instance"')), {
        error: expected('a list of label names'),
      })
      .describe('Every label the series carry (le of a histogram is implied); expressions may use only these'),
    source: z.enum(SOURCE_IDS, {error: oneOf(SOURCE_IDS)}).describe('The component that emits it'),
    meaning: plainLine('meaning').describe('What the number is, in one line'),
  },
  {error: expected('a metric object')},
);
export type Metric = z.infer<typeof metricSchema>;

/** monitoring/metrics.yaml: every metric an alert or panel expression may use. */
export const metricsFileSchema = z.strictObject(
  {metrics: z.array(z.unknown(), {error: expected('a list of metrics')}).min(1, expected('at least one metric'))},
  {error: expected('a YAML mapping with a metrics: list')},
);
