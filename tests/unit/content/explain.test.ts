import {test} from 'node:test';
import assert from 'node:assert/strict';
import {explainCode} from '../../../src/content/explain';
import {buildDoctorMap} from '../../../src/content/generate/doctorMap';
import {loadGood} from '../../helpers';

const map = buildDoctorMap(loadGood(), 'https://aibox-docs.example.internal');

test('a known code prints title, summary and permalink', () => {
  assert.deepEqual(explainCode(map, 'aibox-net-001'), {
    ok: true,
    text: 'AIBOX-NET-001  Egress proxy unreachable\nThe sandbox cannot reach the egress proxy.\nhttps://aibox-docs.example.internal/e/AIBOX-NET-001',
  });
});

test('unknown, malformed and retired codes', () => {
  assert.match(explainCode(map, 'AIBOX-NET-999').text, /not a published code/);
  assert.equal(explainCode(map, 'AIBOX-NET-999').ok, false);
  assert.match(explainCode(map, 'NET-1').text, /is not an error code/);
  assert.match(explainCode(map, 'AIBOX-NET-006').text, /retired/);
  assert.equal(explainCode({version: 1}, 'AIBOX-NET-001').ok, false);
});
