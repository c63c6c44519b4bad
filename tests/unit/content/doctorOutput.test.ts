import {test} from 'node:test';
import assert from 'node:assert/strict';
import {codesInDoctorOutput} from '../../../src/content/doctorOutput';

test('plain doctor output: codes in the order found, once each, upper-cased', () => {
  const text = `aibox doctor 2.4.1
  FAIL  AIBOX-WSL-002  memory limit 7.8 GiB
  FAIL  AIBOX-NET-001  egress proxy unreachable
        see https://aibox-docs.example.internal/e/AIBOX-NET-001
  FAIL  aibox-cred-001 git token expired`;
  assert.deepEqual(codesInDoctorOutput(text), [
    {code: 'AIBOX-WSL-002'},
    {code: 'AIBOX-NET-001'},
    {code: 'AIBOX-CRED-001'},
  ]);
});

test('--json output: codes with their check messages', () => {
  const json = JSON.stringify({
    version: '2.4.1',
    checks: [
      {name: 'machine', status: 'ok'},
      {name: 'proxy', status: 'fail', code: 'AIBOX-NET-001', message: 'proxy unreachable'},
    ],
  });
  assert.deepEqual(codesInDoctorOutput(json), [{code: 'AIBOX-NET-001', message: 'proxy unreachable'}]);
});

test('malformed code-like strings are still reported so a typo is visible', () => {
  assert.deepEqual(codesInDoctorOutput('error AIBOX-NET-1 here'), [{code: 'AIBOX-NET-1'}]);
  assert.deepEqual(codesInDoctorOutput('all checks ok'), []);
});
