import {stringify} from 'yaml';
import {opsOf, type Corpus} from '../records';
import {PROBES_FILE} from '../probes';
import type {ProbeCatalogue} from '../opsCatalogue';
import type {Probe} from '../schemas';

export const BLACKBOX_MODULES_PATH = 'ops/blackbox/blackbox.yml';
export const PROBE_SCRAPE_PATH = 'ops/prometheus/scrape-probes.yaml';

const HEADER = (what: string) =>
  `# ${what}, generated from ${PROBES_FILE} by the docs build.\n` +
  '# Do not edit by hand: change the probe records in the docs repository instead.\n';

// lineWidth 0: no folding, so a regexp or a URL stays one diffable line.
const toYaml = (value: unknown) => stringify(value, {lineWidth: 0, minContentWidth: 0});

const byJob = (probes: readonly Probe[]) => [...probes].sort((a, b) => a.job.localeCompare(b.job));

/** One exporter module: the blackbox exporter's own keys, empty settings left out. */
function moduleOf(p: Probe): Record<string, unknown> {
  if (p.prober === 'tcp' || !p.http) return {prober: p.prober, timeout: p.timeout};
  const h = p.http;
  const http: Record<string, unknown> = {method: h.method, valid_status_codes: h.valid_status_codes};
  if (h.fail_if_body_matches_regexp?.length) http.fail_if_body_matches_regexp = h.fail_if_body_matches_regexp;
  if (h.fail_if_body_not_matches_regexp?.length)
    http.fail_if_body_not_matches_regexp = h.fail_if_body_not_matches_regexp;
  if (h.fail_if_not_ssl !== undefined) http.fail_if_not_ssl = h.fail_if_not_ssl;
  if (h.tls_config) http.tls_config = {ca_file: h.tls_config.ca_file};
  return {prober: p.prober, timeout: p.timeout, http};
}

/** The exporter's modules file (--config.file), one module per probe job, named after the job. Deterministic. */
export function buildBlackboxModules(probes: readonly Probe[]): string {
  const modules = Object.fromEntries(byJob(probes).map((p) => [p.job, moduleOf(p)]));
  return HEADER('Blackbox exporter modules for AI-Box') + toYaml({modules});
}

/**
 * Prometheus scrape configs, one job per probe: Prometheus asks the exporter at `exporter` to probe each target
 * with the job's module. The relabelling is the exporter's documented pattern: the target becomes the target
 * parameter and the instance label, and the address scraped becomes the exporter's. Deterministic.
 */
export function buildProbeScrapeConfigs(probes: readonly Probe[], exporter: string): string {
  const scrape_configs = byJob(probes).map((p) => ({
    job_name: p.job,
    metrics_path: '/probe',
    params: {module: [p.job]},
    scrape_interval: p.interval,
    // The exporter gives a probe the smaller of its module timeout and the scrape timeout, less half a second.
    scrape_timeout: p.timeout,
    static_configs: [{targets: [...p.targets].sort()}],
    relabel_configs: [
      {source_labels: ['__address__'], target_label: '__param_target'},
      {source_labels: ['__param_target'], target_label: 'instance'},
      {target_label: '__address__', replacement: exporter},
    ],
  }));
  return HEADER('Prometheus scrape configs for the AI-Box blackbox probes') + toYaml({scrape_configs});
}

/** The two probe files of the build; none when the site declares no probes. */
export function probeFiles(corpus: Corpus): {path: string; content: string}[] {
  const catalogue: ProbeCatalogue | undefined = opsOf(corpus).probes;
  if (!catalogue?.probes.length) return [];
  const probes = catalogue.probes.map((r) => r.data);
  return [
    {path: BLACKBOX_MODULES_PATH, content: buildBlackboxModules(probes)},
    {path: PROBE_SCRAPE_PATH, content: buildProbeScrapeConfigs(probes, catalogue.exporter)},
  ];
}
