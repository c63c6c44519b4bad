import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parse} from 'yaml';
import {loadGood} from '../../../helpers';
import {loadAndCheck} from '../../../../src/content/check';
import {
  BLACKBOX_MODULES_PATH,
  buildBlackboxModules,
  buildProbeScrapeConfigs,
  PROBE_SCRAPE_PATH,
  probeFiles,
} from '../../../../src/content/generate/probes';
import {REPO} from '../../../../scripts/lib/scratchSite';

const MODULES = `# Blackbox exporter modules for AI-Box, generated from monitoring/probes.yaml by the docs build.
# Do not edit by hand: change the probe records in the docs repository instead.
modules:
  blackbox-http:
    prober: http
    timeout: 10s
    http:
      method: GET
      valid_status_codes:
        - 200
      fail_if_body_not_matches_regexp:
        - '"status":\\s*"healthy"'
      tls_config:
        ca_file: /etc/prometheus/ca.pem
  blackbox-tcp:
    prober: tcp
    timeout: 5s
`;

const scrapeJob = (job: string, timeout: string, target: string) => `  - job_name: ${job}
    metrics_path: /probe
    params:
      module:
        - ${job}
    scrape_interval: 30s
    scrape_timeout: ${timeout}
    static_configs:
      - targets:
          - ${target}
    relabel_configs:
      - source_labels:
          - __address__
        target_label: __param_target
      - source_labels:
          - __param_target
        target_label: instance
      - target_label: __address__
        replacement: blackbox-exporter:9115
`;

const SCRAPE =
  `# Prometheus scrape configs for the AI-Box blackbox probes, generated from monitoring/probes.yaml by the docs build.
# Do not edit by hand: change the probe records in the docs repository instead.
scrape_configs:
` +
  scrapeJob('blackbox-http', '10s', 'https://harbor.example.internal/api/v2.0/health') +
  scrapeJob('blackbox-tcp', '5s', 'proxy.example.internal:3128');

test('the fixture probes give exactly this modules file and these scrape configs', () => {
  assert.deepEqual(probeFiles(loadGood()), [
    {path: BLACKBOX_MODULES_PATH, content: MODULES},
    {path: PROBE_SCRAPE_PATH, content: SCRAPE},
  ]);
});

test('output is byte-identical whatever order probes and targets are written in', () => {
  const probes = loadAndCheck(REPO).corpus.ops!.probes!.probes.map((p) => p.data);
  const shuffled = [...probes].reverse().map((p) => ({...p, targets: [...p.targets].reverse()}));
  assert.equal(buildBlackboxModules(shuffled), buildBlackboxModules(probes));
  assert.equal(buildProbeScrapeConfigs(shuffled, 'x:9115'), buildProbeScrapeConfigs(probes, 'x:9115'));
});

test('a site without probes writes no probe files', () => {
  const corpus = loadGood();
  corpus.ops!.probes = undefined;
  assert.deepEqual(probeFiles(corpus), []);
});

interface Modules {
  modules: Record<
    string,
    {
      prober: string;
      http?: {
        valid_status_codes: number[];
        fail_if_body_matches_regexp?: string[];
        fail_if_body_not_matches_regexp?: string[];
      };
    }
  >;
}

test('the real Harbor module fails on any unhealthy status in the body, and on a body without a healthy one', () => {
  const {corpus} = loadAndCheck(REPO);
  const modules = (parse(probeFiles(corpus)[0].content) as Modules).modules;
  const harbor = modules['blackbox-harbor'].http!;
  assert.deepEqual(harbor.valid_status_codes, [200]);
  // The patterns mean the same in JavaScript and Go RE2; the blackbox test runs the exporter itself.
  const passes = (body: string) =>
    !harbor.fail_if_body_matches_regexp!.some((r) => new RegExp(r).test(body)) &&
    harbor.fail_if_body_not_matches_regexp!.every((r) => new RegExp(r).test(body));
  const body = (overall: string, core: string) =>
    JSON.stringify({status: overall, components: [{name: 'core', status: core}]}, null, 1);
  assert.equal(passes(body('healthy', 'healthy')), true);
  assert.equal(passes(body('unhealthy', 'unhealthy')), false);
  assert.equal(passes(body('healthy', 'unhealthy')), false);
  assert.equal(passes('<html>502 Bad Gateway</html>'), false);
  assert.deepEqual(modules['blackbox-vault'].http!.valid_status_codes, [200, 429, 473]);
  assert.equal(modules['blackbox-tcp'].prober, 'tcp');
});
