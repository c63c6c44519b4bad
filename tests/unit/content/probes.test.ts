import {test} from 'node:test';
import assert from 'node:assert/strict';
import {goRegexpProblem, probeSchema, probesFileSchema, durationSeconds} from '../../../src/content/schemas';
import {parseProbesFile, PROBES_FILE, testSeriesUses} from '../../../src/content/probes';
import {selectorMatchers, unquotePromql} from '../../../src/content/promql';
import {validateWith} from '../../../src/content/validate';

const http = {
  job: 'blackbox-harbor',
  prober: 'http',
  interval: '30s',
  timeout: '10s',
  http: {method: 'GET', valid_status_codes: [200], tls_config: {ca_file: '/etc/prometheus/ca.pem'}},
  targets: ['https://harbor.example.internal/api/v2.0/health'],
};
// Through validateWith, as the check prints them: a refinement's found part is composed there, not in its message.
const issues = (x: unknown) =>
  validateWith(probeSchema, x, PROBES_FILE, {lineOf: () => 1}).errors.map((e) => `${e.field}: ${e.message}`);

test('a probe record: http needs its settings, tcp takes none, targets fit the prober', () => {
  assert.deepEqual(issues(http), []);
  assert.deepEqual(issues({...http, prober: 'tcp', targets: ['proxy.example.internal:3128']}), [
    'http: expected no http: block for prober tcp, found one',
  ]);
  assert.deepEqual(issues({...http, targets: ['harbor.example.internal:443', 'https://Harbor.example.internal/']}), [
    'targets[0]: expected an absolute http or https URL, found "harbor.example.internal:443"',
    'targets[1]: expected the URL as a browser normalises it, "https://harbor.example.internal/", found "https://Harbor.example.internal/"',
  ]);
  assert.deepEqual(issues({...http, job: 'harbor'}), [
    'job: expected a job name starting with blackbox-, like "blackbox-harbor", found "harbor"',
  ]);
  assert.deepEqual(issues({...http, http: {...http.http, method: 'POST', valid_status_codes: [200, 200]}}), [
    'http.method: expected one of GET | HEAD, found "POST"',
    'http.valid_status_codes: expected status codes without duplicates, found [200,200]',
  ]);
  assert.ok(!probesFileSchema.safeParse({exporter: 'http://blackbox:9115', probes: [http]}).success);
});

test('regexps are refused where Go RE2 would refuse them, and RE2 flag groups pass', () => {
  for (const ok of ['"status":\\s*"healthy"', '(?i)maintenance', '(?s:a.b)', '(?P<s>ok)', '^ok$'])
    assert.equal(goRegexpProblem(ok), undefined, ok);
  assert.equal(goRegexpProblem('(a'), 'Unterminated group');
  assert.equal(goRegexpProblem('a(?=b)'), 'a lookaround, which Go RE2 does not support');
  assert.equal(goRegexpProblem('(?<!a)b'), 'a lookaround, which Go RE2 does not support');
  assert.equal(goRegexpProblem('(a)\\1'), 'a backreference, which Go RE2 does not support');
});

test('durations in seconds', () => {
  assert.deepEqual(['5s', '30s', '1m', '2h', '1d'].map(durationSeconds), [5, 30, 60, 7200, 86400]);
});

test('[probes/schema] a YAML syntax error in the probes file is one error at its line', () => {
  const r = parseProbesFile(PROBES_FILE, 'exporter: x:1\nprobes:\n  - job: [\n');
  assert.deepEqual(
    r.errors.map((e) => `${e.line} ${e.rule}`),
    ['4 probes/schema'],
  );
  assert.equal(r.probes, undefined);
});

test('selector matchers: every operator, quoted label names, all three string quotes and their escapes', () => {
  assert.deepEqual(
    selectorMatchers(
      'probe_success{job=~"blackbox-(a|b)", instance!=\'x\\\'y\'} or {"job"="blackbox-tcp", instance!~`a\\d`}',
    ),
    [
      {
        metric: 'probe_success',
        matchers: [
          {label: 'job', op: '=~', value: 'blackbox-(a|b)'},
          {label: 'instance', op: '!=', value: "x'y"},
        ],
      },
      {
        metric: undefined,
        matchers: [
          {label: 'job', op: '=', value: 'blackbox-tcp'},
          {label: 'instance', op: '!~', value: 'a\\d'},
        ],
      },
    ],
  );
  assert.equal(selectorMatchers('probe_success{job="x"'), undefined);
  assert.equal(unquotePromql('"a\\"b\\n\\x41\\u00e9"'), 'a"b\nA\u00e9');
});

test('promtool cases: input series and expected labels, each with its line; malformed parts are skipped', () => {
  const source = [
    'tests:',
    '  - name: down',
    '    input_series:',
    '      - series: \'probe_success{job="blackbox-tcp"}\'',
    '      - values: 1x5',
    '    alert_rule_test:',
    '      - eval_time: 5m',
    '        alertname: ProxyDown',
    '        exp_alerts:',
    '          - exp_labels: {job: blackbox-tcp, n: 1}',
    '          - exp_annotations: {}',
    '  - not a group',
  ].join('\n');
  assert.deepEqual(testSeriesUses('t.yaml', source), [
    {
      file: 't.yaml',
      line: 4,
      field: 'tests[0].input_series[0].series',
      what: 'the input series of test "down"',
      series: 'probe_success{job="blackbox-tcp"}',
    },
    {
      file: 't.yaml',
      line: 10,
      field: 'tests[0].alert_rule_test[0].exp_alerts[0].exp_labels',
      what: 'the expected ProxyDown alert at 5m',
      labels: {job: 'blackbox-tcp'},
    },
  ]);
  assert.deepEqual(testSeriesUses('t.yaml', 'tests: [\n'), []);
});
