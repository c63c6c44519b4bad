import {test} from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import {buildDoctorMap, serializeJson} from '../../../../src/content/generate/doctorMap';
import {buildAlertMap} from '../../../../src/content/generate/alertMap';
import {alertMapJsonSchema, doctorMapJsonSchema} from '../../../../src/content/generate/jsonSchema';
import {loadGood} from '../../../helpers';

const SITE = 'https://aibox-docs.example.internal';

test('the doctor map validates against its own published JSON Schema (ajv, independent of zod)', () => {
  const ajv = new Ajv2020({strict: false, allErrors: true});
  const validate = ajv.compile(doctorMapJsonSchema());
  const map = JSON.parse(serializeJson(buildDoctorMap(loadGood(), SITE))) as {codes: {code: string}[]};
  assert.ok(validate(map), JSON.stringify(validate.errors));
  // The schema really constrains: a malformed code is rejected by ajv too.
  map.codes[0].code = 'AIBOX-net-1';
  assert.equal(validate(map), false);
});

test('the alert map validates against its own published JSON Schema', () => {
  const ajv = new Ajv2020({strict: false});
  const validate = ajv.compile(alertMapJsonSchema());
  const map = JSON.parse(serializeJson(buildAlertMap(loadGood(), SITE))) as {alerts: {alert: string; url: string}[]};
  assert.ok(validate(map), JSON.stringify(validate.errors));
  assert.deepEqual(
    map.alerts.map((a) => [a.alert, a.url]),
    [
      ['HarborDown', `${SITE}/runbooks/disaster-recovery/harbor-down`],
      ['HarborStorageHigh', `${SITE}/runbooks/day-2/gc`],
    ],
  );
});

test('entries are sorted by code and carry title, summary, url and permalink from the home entry', () => {
  const map = buildDoctorMap(loadGood(), SITE);
  assert.deepEqual(
    map.codes.map((c) => c.code),
    ['AIBOX-NET-001', 'AIBOX-NET-006'],
  );
  assert.deepEqual(map.codes[0], {
    code: 'AIBOX-NET-001',
    title: 'Egress proxy unreachable',
    summary: 'The sandbox cannot reach the egress proxy.',
    category: 'network',
    status: 'active',
    url: `${SITE}/docs/troubleshooting/network/proxy-unreachable`,
    permalink: `${SITE}/e/AIBOX-NET-001`,
  });
  assert.equal(map.codes[1].status, 'retired');
});

test('identical input gives byte-identical output; --site changes only the URLs', () => {
  const a = serializeJson(buildDoctorMap(loadGood(), SITE));
  const b = serializeJson(buildDoctorMap(loadGood(), SITE));
  assert.equal(a, b);
  const other = serializeJson(buildDoctorMap(loadGood(), 'http://docs.lab.local:8080'));
  assert.notEqual(a, other);
  assert.equal(other.replaceAll('http://docs.lab.local:8080', SITE), a);
});

test('the source hash follows the content', () => {
  const corpus = loadGood();
  const before = buildDoctorMap(corpus, SITE).source;
  const faq = corpus.records.find((r) => r.type === 'faq')!;
  faq.data.title = 'Changed title';
  assert.notEqual(buildDoctorMap(corpus, SITE).source, before);
});
