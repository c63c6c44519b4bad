import * as z from 'zod';
import {expected} from './common';
import type {IssueParams} from '../schemaErrorMap';
import {durationSeconds, promDuration} from './alert';

export const PROBERS = ['http', 'tcp'] as const;
/** Health endpoints are read, never written to: a probe that POSTs could change what it measures. */
export const PROBE_METHODS = ['GET', 'HEAD'] as const;

/**
 * Every probe job starts with blackbox-, so probes/undeclared knows which job matchers in an expression are meant
 * to name a probe.
 */
export const PROBE_JOB_PREFIX = 'blackbox-';
export const PROBE_JOB_RE = /^blackbox-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** host:port as the TCP prober and Prometheus' __address__ take it; no scheme, no path. */
export const HOST_PORT_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*:[1-9][0-9]{0,4}$/;

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

/**
 * Why the exporter's regexp engine (Go RE2) would refuse a pattern, or undefined. JavaScript compiles the pattern
 * first, with RE2's flag groups ((?i), (?s:...)) and (?P<name>...) rewritten to what it reads; RE2 has no
 * lookaround and no backreferences, which JavaScript would accept.
 */
export function goRegexpProblem(pattern: string): string | undefined {
  const js = pattern
    .replace(/\(\?[imsU-]+\)/g, '')
    .replace(/\(\?[imsU-]+:/g, '(?:')
    .replace(/\(\?P</g, '(?<');
  try {
    new RegExp(js);
  } catch (err) {
    return (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
  }
  if (/\(\?<?[=!]/.test(pattern)) return 'a lookaround, which Go RE2 does not support';
  if (/\\[1-9]|\\k</.test(pattern)) return 'a backreference, which Go RE2 does not support';
  return undefined;
}

const goRegexp = z.string({error: expected('a regular expression as text')}).check((ctx) => {
  const problem = goRegexpProblem(ctx.value);
  if (problem)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      params: {found: JSON.stringify(ctx.value), why: problem} satisfies IssueParams,
      message: expected('a regular expression Go RE2 accepts'),
    });
});

export const httpProbeSchema = z.strictObject(
  {
    method: z.enum(PROBE_METHODS, {error: oneOf(PROBE_METHODS)}).describe('GET or HEAD'),
    valid_status_codes: z
      .array(
        z
          .number({error: expected('an HTTP status code like 200')})
          .int(expected('an HTTP status code like 200'))
          .min(100, expected('an HTTP status code from 100 to 599'))
          .max(599, expected('an HTTP status code from 100 to 599')),
        {error: expected('a list of HTTP status codes, like [200]')},
      )
      .min(1, expected('at least one status code'))
      .refine((xs) => new Set(xs).size === xs.length, {error: expected('status codes without duplicates')})
      .describe('The statuses that pass; any other fails the probe, and probe_http_status_code still reports it'),
    fail_if_body_matches_regexp: z
      .array(goRegexp, {error: expected('a list of regular expressions')})
      .optional()
      .describe('The probe fails when the body matches any of these'),
    fail_if_body_not_matches_regexp: z
      .array(goRegexp, {error: expected('a list of regular expressions')})
      .optional()
      .describe('The probe fails unless the body matches every one of these'),
    fail_if_not_ssl: z
      .boolean({error: expected('true or false')})
      .optional()
      .describe('Fail when the endpoint answers over plain HTTP, for example after a redirect'),
    tls_config: z
      .strictObject(
        {
          ca_file: z
            .string({error: expected('an absolute file path')})
            .regex(/^\/[^\s]+$/, expected('an absolute file path on the exporter host, like /etc/ssl/ca.pem'))
            .describe('The internal CA the exporter verifies the endpoint with, a path on the exporter host'),
        },
        {error: expected('an object { ca_file }')},
      )
      .optional(),
  },
  {error: expected('an object of HTTP probe settings')},
);
export type HttpProbe = z.infer<typeof httpProbeSchema>;

const targetProblem = (prober: (typeof PROBERS)[number], t: string): string | undefined => {
  if (prober === 'tcp') return HOST_PORT_RE.test(t) ? undefined : 'a host:port like "proxy.example.internal:3128"';
  if (!URL.canParse(t)) return 'an absolute http or https URL';
  const u = new URL(t);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'an absolute http or https URL';
  // The URL lands in the instance label that alerts and promtool cases match on, as written.
  if (u.href !== t) return `the URL as a browser normalises it, "${u.href}"`;
  return undefined;
};

export const probeSchema = z
  .strictObject(
    {
      job: z
        .string({error: expected('a job name like "blackbox-harbor"')})
        .regex(PROBE_JOB_RE, expected('a job name starting with blackbox-, like "blackbox-harbor"'))
        .describe('Prometheus job name and blackbox module name; alerts match on job="..."'),
      prober: z.enum(PROBERS, {error: oneOf(PROBERS)}).describe('http (status and body) or tcp (the port accepts)'),
      // A zero interval or timeout is no probe; past an hour an outage goes unseen for longer than any alert waits.
      interval: promDuration('the scrape interval', {min: '1s', max: '1h'}).describe(
        'How often Prometheus asks the exporter to probe',
      ),
      timeout: promDuration('the probe timeout', {min: '1s', max: '1h'}).describe(
        'How long one probe may take; at most the interval',
      ),
      http: httpProbeSchema.optional().describe('Required for prober http, absent for tcp'),
      targets: z
        .array(z.string({error: expected('a target as text')}), {error: expected('a list of targets')})
        .min(1, expected('at least one target'))
        .describe('URLs (http) or host:port (tcp); each becomes the instance label of its series'),
    },
    {error: expected('a probe object')},
  )
  .check((ctx) => {
    const p = ctx.value;
    const issue = (path: PropertyKey[], message: string, found?: string) =>
      ctx.issues.push({
        code: 'custom',
        input: p,
        path,
        params: {found} satisfies IssueParams,
        message: expected(message),
      });
    if (p.prober === 'http' && !p.http) issue(['http'], 'an http: block of probe settings for prober http');
    if (p.prober === 'tcp' && p.http) issue(['http'], 'no http: block for prober tcp', 'one');
    if (durationSeconds(p.timeout) > durationSeconds(p.interval))
      issue(['timeout'], `a timeout of at most the interval (${p.interval})`, p.timeout);
    const seen = new Set<string>();
    p.targets.forEach((t, i) => {
      const problem = targetProblem(p.prober, t);
      if (problem) issue(['targets', i], problem, JSON.stringify(t));
      if (seen.has(t)) issue(['targets', i], 'each target once', `${JSON.stringify(t)} twice`);
      seen.add(t);
    });
    // The services sign with the internal CA; without it the exporter checks against the system roots and fails.
    if (p.http && !p.http.tls_config && p.targets.some((t) => t.startsWith('https:')))
      issue(['http'], 'a tls_config: {ca_file: ...} for https targets', 'none');
  });
export type Probe = z.infer<typeof probeSchema>;

/** monitoring/probes.yaml: the blackbox exporter's probes, one record per job. */
export const probesFileSchema = z.strictObject(
  {
    exporter: z
      .string({error: expected('the host:port of the blackbox exporter')})
      .regex(HOST_PORT_RE, expected('the host:port of the blackbox exporter, like "blackbox-exporter:9115"'))
      .describe('Where Prometheus reaches the blackbox exporter; a placeholder the monitoring stack replaces'),
    probes: z.array(z.unknown(), {error: expected('a list of probes')}).min(1, expected('at least one probe')),
  },
  {error: expected('a YAML mapping with exporter and a probes: list')},
);
