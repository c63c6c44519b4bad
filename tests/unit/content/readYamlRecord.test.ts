import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod';
import {formatError} from '../../../src/content/errors';
import {parseYamlRecord} from '../../../src/content/readYamlRecord';
import {plainString} from '../../../src/content/schemas/common';

// Every YAML data file goes through this one function, so its three outcomes are pinned here exactly.
const schema = z.strictObject({name: plainString('a name'), size: z.number()});
const lines = (text: string) =>
  parseYamlRecord(text, 'x.yaml', schema, 'tour/schema')
    .errors.map(formatError)
    .map((l) => l.split('\n')[0]);

test('a valid file gives its value and no error', () => {
  const r = parseYamlRecord('name: a\nsize: 2\n', 'x.yaml', schema, 'tour/schema');
  assert.deepEqual(r.value, {name: 'a', size: 2});
  assert.deepEqual(r.errors, []);
});

test('a syntax error carries the file rule at its line, and no schema error follows it', () => {
  const out = lines('name: a\nsize: [\n');
  assert.equal(out.length, 1);
  assert.match(out[0], /^x\.yaml:\d+ {2}\(file\) {2}expected valid YAML, found: .* {2}\[tour\/schema\]$/);
});

test('a generic schema error takes the file rule; a rule the schema names itself is kept', () => {
  assert.deepEqual(lines('name: "<b>a</b>"\nsize: two\n').sort(), [
    'x.yaml:1  name  expected a name as plain text, found markup "<b>"  [security/plain-text]',
    'x.yaml:2  size  expected number, found "two"  [tour/schema]',
  ]);
});
