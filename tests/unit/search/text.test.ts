import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readSynonyms, SYNONYMS_FILE} from '../../../src/content/synonyms';
import {createTextProcessor, isErrorCode} from '../../../src/search/text';

const text = createTextProcessor([
  ['slow', 'hangs', 'forever'],
  ['vscode', 'vs code'],
]);

test('error codes stay one term, in any case, and short forms in a query mean the full code', () => {
  assert.deepEqual(text.terms('See AIBOX-NET-001 today'), ['see', 'aibox-net-001', 'todai']);
  assert.deepEqual(text.terms('net-001', {query: true}), ['aibox-net-001']);
  assert.deepEqual(text.terms('Aibox Net 001', {query: true}), ['aibox-net-001']);
  assert.equal(isErrorCode('aibox-wsl-004'), true);
  assert.equal(isErrorCode('aibox-wsl-04'), false);
});

test('stop words go, words are stemmed, numbers and codes are kept exactly', () => {
  assert.deepEqual(text.terms('It keeps failing after the updates'), ['fail', 'updat']);
  assert.deepEqual(text.terms('Proxy answers 407'), ['proxi', 'answer', '407']);
});

test('camelCase names also index their parts; multi-word synonyms become one word', () => {
  assert.deepEqual(text.terms('VaultSealed'), ['vault', 'seal', 'vaultseal']);
  assert.deepEqual(text.terms('open VS Code'), ['open', 'vscode']);
});

test('synonym groups give the other members, already processed', () => {
  assert.deepEqual(text.synonymsOf('hang').sort(), ['forev', 'slow']);
  assert.deepEqual(text.synonymsOf('vscode'), []);
  assert.deepEqual(text.synonymsOf('unknown'), []);
});

test('[search/synonyms] a synonym file of the wrong shape is one error naming the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-syn-'));
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(path.join(dir, SYNONYMS_FILE), 'groups:\n  - slow\n');
  const {errors} = readSynonyms(dir);
  assert.deepEqual(
    errors.map((e) => [e.file, e.rule]),
    [[SYNONYMS_FILE, 'search/synonyms']],
  );
});
