import {test} from 'node:test';
import assert from 'node:assert/strict';
import {codesIn, ERROR_CODE_RE} from '../../../src/content/codePattern';
import {createTextProcessor, isErrorCode} from '../../../src/search/text';

test('a code is AIBOX-, an area of 2 to 8 capitals, and three digits', () => {
  for (const ok of ['AIBOX-NET-001', 'AIBOX-IMAGESUP-999', 'AIBOX-FB-001']) assert.match(ok, ERROR_CODE_RE);
  for (const bad of ['AIBOX-N-001', 'AIBOX-NET-01', 'aibox-net-001', 'AIBOX-NET-0001', 'AIBOX-TOOLONGXX-001'])
    assert.doesNotMatch(bad, ERROR_CODE_RE);
});

test('codes in a text: each well-formed code in order, repeats kept, malformed ones skipped', () => {
  assert.deepEqual(codesIn('FAIL AIBOX-NET-001 then AIBOX-N-001, AIBOX-VAULT-002 and AIBOX-NET-001 again'), [
    'AIBOX-NET-001',
    'AIBOX-VAULT-002',
    'AIBOX-NET-001',
  ]);
});

test('the search reads the same shape: whole codes in lower case, and net-001 in a query means the code', () => {
  assert.equal(isErrorCode('aibox-net-001'), true);
  assert.equal(isErrorCode('aibox-n-001'), false);
  const text = createTextProcessor([]);
  assert.deepEqual(text.tokenize('net-001 and AIBOX VAULT 002', {query: true}), [
    'aibox-net-001',
    'and',
    'aibox-vault-002',
  ]);
  assert.deepEqual(text.tokenize('See AIBOX-NET-001.'), ['see', 'aibox-net-001']);
});
