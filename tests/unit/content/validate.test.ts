import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod';
import {salvage, validateWith} from '../../../src/content/validate';

const errors = (schema: z.ZodType, data: unknown) =>
  validateWith(schema, data, 'x.yaml', {lineOf: () => 1}).errors.map((e) => [e.field, e.message, e.fix, e.rule]);
const named = z.strictObject({name: z.string()});
const typo = (field: string) => [
  field,
  `expected a known key, found unknown key "nmae"; did you mean "name"?`,
  'rename "nmae" to "name"',
  'frontmatter/unknown-key',
];

test('[frontmatter/unknown-key] the known keys are found through every wrapper, list, record and transform', () => {
  const wrapped: [string, z.ZodType, unknown][] = [
    ['optional and default', z.strictObject({a: named.optional().default({name: 'x'})}), {a: {nmae: 'x'}}],
    ['nullable and readonly', z.strictObject({a: named.nullable().readonly()}), {a: {nmae: 'x'}}],
    ['prefault', z.strictObject({a: named.prefault({name: 'x'})}), {a: {nmae: 'x'}}],
    ['transform', z.strictObject({a: named.transform((n) => n.name)}), {a: {nmae: 'x'}}],
    ['list', z.strictObject({a: z.array(named)}), {a: [{name: 'y'}, {nmae: 'x'}]}],
    ['record', z.strictObject({a: z.record(z.string(), named)}), {a: {web: {nmae: 'x'}}}],
  ];
  const fields: Record<string, string> = {list: 'a[1].nmae', record: 'a.web.nmae'};
  for (const [what, schema, data] of wrapped)
    // The required "name" the typo hides is not a second error.
    assert.deepEqual(errors(schema, data), [typo(fields[what] ?? 'a.nmae')], what);
});

const unknownOwner = (keys: string) => [
  'x.owner',
  'expected a known key, found unknown key "owner"',
  `remove "owner" or use one of: ${keys}`,
  'frontmatter/unknown-key',
];

test('[frontmatter/unknown-key] a discriminated union offers the keys of the option its own discriminator picks', () => {
  const options = [
    z.strictObject({type: z.literal('scale'), labels: z.array(z.string())}),
    z.strictObject({type: z.literal('text'), placeholder: z.string()}),
  ] as const;
  const byType = z.strictObject({x: z.discriminatedUnion('type', options)});
  assert.deepEqual(errors(byType, {x: {type: 'text', placeholder: 'p', owner: 'y'}}), [
    unknownOwner('placeholder, type'),
  ]);
  // A plain union declares no discriminator: every option's keys are offered.
  const plain = z.strictObject({x: z.union(options)});
  assert.deepEqual(errors(plain, {x: {type: 'text', placeholder: 'p', owner: 'y'}}), [
    unknownOwner('labels, placeholder, type'),
  ]);
});

test('salvage keeps the fields that pass their own schema, through a wrapper of the record', () => {
  const record = z.strictObject({id: z.string(), size: z.number().default(1), tags: z.array(z.string())}).readonly();
  assert.deepEqual(salvage(record, {id: 'a', size: 'big', tags: ['x'], extra: 1}), {id: 'a', tags: ['x']});
  assert.deepEqual(salvage(record, ['not', 'a', 'record']), {});
});
