import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {schemaErrorMap} from '../../../src/content/schemaErrorMap';
import {expected} from '../../../src/content/schemas/common';
import {validateWith} from '../../../src/content/validate';

// Each line is what the check prints after the file and line: the field, the message, the rule.
const lines = (schema: z.ZodType, data: unknown) =>
  validateWith(schema, data, 'x.yaml', {lineOf: () => 1}).errors.map((e) => `${e.field}  ${e.message}  [${e.rule}]`);
const one = (field: z.ZodType, value: unknown) => lines(z.strictObject({f: field}), {f: value});

test('[frontmatter/schema] invalid_type: the expected type, what was found, and a missing field said as such', () => {
  assert.deepEqual(one(z.number(), 'x'), ['f  expected number, found "x"  [frontmatter/schema]']);
  assert.deepEqual(lines(z.strictObject({f: z.number()}), {}), [
    'f  expected number, found nothing (the required field is missing)  [frontmatter/schema]',
  ]);
});

test('[frontmatter/schema] too_small and too_big name the bound and the unit of strings and lists', () => {
  assert.deepEqual(one(z.string().min(3), 'ab'), [
    'f  expected at least 3 character(s), found "ab"  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.array(z.string()).min(2), ['a']), [
    'f  expected at least 2 item(s), found ["a"]  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.number().min(5), 3), ['f  expected at least 5, found 3  [frontmatter/schema]']);
  assert.deepEqual(one(z.number().positive(), 0), ['f  expected more than 0, found 0  [frontmatter/schema]']);
  assert.deepEqual(one(z.number().max(10), 11), ['f  expected at most 10, found 11  [frontmatter/schema]']);
  assert.deepEqual(one(z.number().lt(10), 10), ['f  expected less than 10, found 10  [frontmatter/schema]']);
  assert.deepEqual(one(z.string().max(3), 'abcd'), [
    'f  expected at most 3 character(s), found "abcd"  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.array(z.number()).length(2), [1, 2, 3]), [
    'f  expected exactly 2 item(s), found [1,2,3]  [frontmatter/schema]',
  ]);
});

test('[frontmatter/schema] invalid_format names the pattern, the affix or the format', () => {
  assert.deepEqual(one(z.string().regex(/^a+$/), 'b'), [
    'f  expected text matching /^a+$/, found "b"  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.string().startsWith('ai'), 'box'), [
    'f  expected text starting with "ai", found "box"  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.email(), 'nobody'), ['f  expected email format, found "nobody"  [frontmatter/schema]']);
});

test('[frontmatter/schema] invalid_value lists the values and suggests the nearest', () => {
  assert.deepEqual(one(z.enum(['red', 'green']), 'gren'), [
    'f  expected one of "red" | "green", found "gren"; did you mean "green"?  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.enum(['red', 'green']), 'blue'), [
    'f  expected one of "red" | "green", found "blue"  [frontmatter/schema]',
  ]);
});

const kinds = z.discriminatedUnion('kind', [
  z.strictObject({kind: z.literal('day-2'), cadence: z.string()}),
  z.strictObject({kind: z.literal('disaster-recovery'), rto: z.string()}),
]);

test('[frontmatter/schema] a discriminator that names no option: its options, from the issue, and did you mean', () => {
  assert.deepEqual(lines(kinds, {kind: 'day2'}), [
    'kind  expected one of "day-2" | "disaster-recovery", found "day2"; did you mean "day-2"?  [frontmatter/schema]',
  ]);
});

test('[frontmatter/schema] plain unions: of types, of string literals (with did you mean), of number literals', () => {
  assert.deepEqual(one(z.union([z.string(), z.number()]), true), [
    'f  expected string or number, found true  [frontmatter/schema]',
  ]);
  assert.deepEqual(one(z.union([z.literal('auto'), z.literal('none')]), 'nnoe'), [
    'f  expected one of "auto" | "none", found "nnoe"; did you mean "none"?  [frontmatter/schema]',
  ]);
  // "x" is one edit from "0": a number is not a spelling to correct.
  assert.deepEqual(one(z.union([z.literal(0), z.literal(1)]), 'x'), [
    'f  expected one of 0 | 1, found "x"  [frontmatter/schema]',
  ]);
});

test('[frontmatter/unknown-key] an unknown key is worded the same whatever the object says of itself', () => {
  const plain = z.strictObject({title: z.string()});
  const described = z.strictObject({title: z.string()}, {error: expected('an object { title }')});
  for (const schema of [plain, described])
    assert.deepEqual(lines(schema, {title: 't', titel: 'x'}), [
      'titel  expected a known key, found unknown key "titel"; did you mean "title"?  [frontmatter/unknown-key]',
    ]);
});

test('[frontmatter/schema] the rarer codes: multiple of, and a refinement without a message', () => {
  assert.deepEqual(one(z.number().multipleOf(5), 7), ['f  expected a multiple of 5, found 7  [frontmatter/schema]']);
  assert.deepEqual(
    one(
      z.string().refine(() => false),
      'x',
    ),
    ['f  expected a valid value, found "x"  [frontmatter/schema]'],
  );
});

test("[frontmatter/schema] a schema's own message outranks the map, on the type and on a check", () => {
  const name = z.string({error: expected('a name as text')}).min(1, expected('a non-empty name'));
  assert.deepEqual(one(name, 3), ['f  expected a name as text, found 3  [frontmatter/schema]']);
  assert.deepEqual(one(name, ''), ['f  expected a non-empty name, found ""  [frontmatter/schema]']);
});

test('[frontmatter/schema] the wording comes from fields, not from message text that looks like ours', () => {
  // A message that itself contains ", found " still gets what was found.
  const quoted = z.string().refine(() => false, {error: expected('the words ", found " nowhere in the title')});
  assert.deepEqual(one(quoted, 'a'), [
    'f  expected the words ", found " nowhere in the title, found "a"  [frontmatter/schema]',
  ]);
  // "one of" in a discriminated union's own message is prose, not the list of options.
  const described = z.discriminatedUnion('kind', kinds.options, {
    error: expected('a kind, one of those in the handbook'),
  });
  assert.deepEqual(lines(described, {kind: 'day2'}), [
    'kind  expected a kind, one of those in the handbook, found "day2"; did you mean "day-2"?  [frontmatter/schema]',
  ]);
});

test('[search/phrase-count] a refinement that found a count says it in params: found and why are composed', () => {
  const capped = z.array(z.string()).check((ctx) => {
    if (ctx.value.length > 2)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: {rule: 'search/phrase-count', found: String(ctx.value.length), why: 'fewer is better'},
        message: expected('at most 2 phrases'),
      });
  });
  assert.deepEqual(one(capped, ['a', 'b', 'c']), [
    'f  expected at most 2 phrases, found 3: fewer is better  [search/phrase-count]',
  ]);
});

test('the map is passed per parse: zod keeps its own wording for every other reader', () => {
  assert.equal(z.number().safeParse('x', {error: schemaErrorMap}).error?.issues[0].message, 'expected number');
  assert.doesNotMatch(z.number().safeParse('x').error!.issues[0].message, /^expected /);
});

test('no schema writes what it found into its message: that goes in params, where validateWith composes it', () => {
  const dir = 'src/content/schemas';
  const offenders = fs
    .readdirSync(dir)
    .filter((f) => /found ?\$\{|, found /.test(messagesOf(fs.readFileSync(path.join(dir, f), 'utf8'))))
    .sort();
  assert.deepEqual(offenders, []);
});

/** The text of every `expected(...)` call, the one way a schema words its message. */
const messagesOf = (source: string) =>
  [...source.matchAll(/expected\(\s*(['"`])([^]*?)\1\s*,?\s*\)/g)].map((m) => m[2]).join('\n');
