import * as z from 'zod';
import {contentError, describeFound, didYouMean, type ContentError} from './errors';
import type {ParsedYaml} from './frontmatter';
import type {RuleId} from './rules';
import {EXPECTED_KNOWN_KEY, schemaErrorMap, unionLiterals, type IssueParams} from './schemaErrorMap';

type Issue = z.core.$ZodIssue;

/**
 * Validates data against a zod schema and turns every issue into a ContentError
 * with the file, the line of the offending key or value, the dotted field path,
 * and "expected …, found …".
 */
export function validateWith<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  yaml: Pick<ParsedYaml, 'lineOf'>,
  fieldPrefix = '',
  rule?: RuleId,
): {value?: z.output<T>; errors: ContentError[]} {
  const result = schema.safeParse(data, {reportInput: true, error: schemaErrorMap});
  if (result.success) return {value: result.data, errors: []};
  const errors = oneErrorPerMistake(
    result.error.issues.flatMap((issue) => issueToErrors(issue, schema, data, file, yaml, fieldPrefix)),
  );
  return {errors: rule ? errors.map((e) => ({...e, rule})) : errors};
}

/** A misspelt key is one mistake: report the unknown key with its suggestion, not also the required key it hides. */
function oneErrorPerMistake(errors: ContentError[]): ContentError[] {
  const suggested = new Set(errors.flatMap((e) => (e.suggestedField ? [e.suggestedField] : [])));
  return errors
    .filter((e) => !(e.missing && suggested.has(e.field)))
    .map(({suggestedField: _s, missing: _m, ...e}) => e);
}

/**
 * The top-level fields of `data` that pass their own schema, for a record that failed as a whole.
 * Cross-file checks read these, so a page with one bad field still counts as the home of its codes.
 */
export function salvage(schema: z.ZodType, data: unknown): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const [child] = childSchemas(schema, key, data);
    const parsed = child && z.safeParse(child, value);
    if (parsed?.success) out[key] = parsed.data;
  }
  return out;
}

/** Our own refinements attach their rule and what they found; zod's issues of other codes carry no params. */
const paramsOf = (issue: Issue): IssueParams => (issue.code === 'custom' ? (issue.params ?? {}) : {});

/** Rule of a schema issue: our own refinements name theirs (plain text); unknown keys and the rest have one each. */
function ruleOf(issue: Issue): RuleId {
  const own = paramsOf(issue).rule;
  if (own) return own;
  return issue.code === 'unrecognized_keys' ? 'frontmatter/unknown-key' : 'frontmatter/schema';
}

const joinPath = (prefix: string, path: readonly PropertyKey[]) =>
  [prefix, ...path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
    .filter(Boolean)
    .join('.')
    .replace(/\.\[/g, '[');

function issueToErrors(
  issue: Issue,
  schema: z.ZodType,
  data: unknown,
  file: string,
  yaml: Pick<ParsedYaml, 'lineOf'>,
  prefix: string,
): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, data, issue.path);
    return issue.keys.map((k) => {
      const suggestion = didYouMean(k, known);
      return contentError({
        file,
        line: yaml.lineOf([...issue.path, k], {key: true}),
        field: joinPath(prefix, [...issue.path, k]),
        message: `${EXPECTED_KNOWN_KEY}, found unknown key "${k}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        rule: ruleOf(issue),
        suggestedField: suggestion ? joinPath(prefix, [...issue.path, suggestion]) : undefined,
        fix: suggestion ? `rename "${k}" to "${suggestion}"` : `remove "${k}" or use one of: ${known.join(', ')}`,
      });
    });
  }
  const missing =
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value');
  return [
    contentError({
      file,
      line: yaml.lineOf(issue.path),
      field: joinPath(prefix, issue.path),
      message: missing
        ? `${issue.message}, found nothing (the required field is missing)`
        : messageOf(issue, valueAt(data, issue.path)),
      rule: ruleOf(issue),
      missing,
    }),
  ];
}

/** The value the contributor wrote at `path` (a union issue carries the whole object as its input). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/**
 * "expected …, found …", with "did you mean" for enum values as for keys. The message is the schema's own or the
 * error map's; a refinement that found something other than the value itself says so in its params.
 */
function messageOf(issue: Issue, value: unknown): string {
  const {found = describeFound(value), why} = paramsOf(issue);
  const values = allowedValues(issue);
  const suggestion = typeof value === 'string' && values.length ? didYouMean(value, values) : undefined;
  return `${issue.message}, found ${found}${why ? `: ${why}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
}

/**
 * The values a misspelling can be matched to: an enum's, a discriminated union's options, or the strings of a union
 * of literals (a number literal is no spelling to correct).
 */
function allowedValues(issue: Issue): string[] {
  if (issue.code === 'invalid_value') return issue.values.map(String);
  if (issue.code !== 'invalid_union' || 'matches' in issue) return [];
  if (issue.options) return issue.options.map(String);
  return unionLiterals(issue).filter((v): v is string => typeof v === 'string');
}

/** Keys the object schema at `path` accepts, so an unknown key can be matched to the nearest known one. */
function knownKeys(schema: z.core.$ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  let candidates: z.core.$ZodType[] = [schema];
  let value: unknown = data;
  for (const segment of path) {
    candidates = candidates.flatMap((s) => childSchemas(s, segment, value));
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  const keys = new Set<string>();
  for (const s of candidates.flatMap((c) => objectOptions(c, value))) {
    for (const k of Object.keys(s.shape)) keys.add(k);
  }
  return [...keys].sort();
}

/** Schemas that change what is optional, defaulted or frozen, and leave the keys and elements as they were. */
const WRAPPERS = [
  z.ZodOptional,
  z.ZodExactOptional,
  z.ZodNullable,
  z.ZodDefault,
  z.ZodPrefault,
  z.ZodNonOptional,
  z.ZodReadonly,
  z.ZodCatch,
] as const;
type Wrapper = InstanceType<(typeof WRAPPERS)[number]>;
const isWrapper = (s: z.core.$ZodType): s is Wrapper => WRAPPERS.some((W) => s instanceof W);

function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  let cur = s;
  for (;;) {
    if (isWrapper(cur)) cur = cur.unwrap();
    // A transform or preprocess reads what its input schema accepts.
    else if (cur instanceof z.ZodPipe) cur = cur.in;
    else return cur;
  }
}

/**
 * The object schemas `value` is read against. A discriminated union's options are narrowed to those its discriminator
 * in the data selects (all of them when it selects none); a plain union declares no discriminator, so all count.
 */
function objectOptions(s: z.core.$ZodType, value: unknown): z.ZodObject[] {
  const u = unwrap(s);
  if (u instanceof z.ZodObject) return [u];
  if (!(u instanceof z.ZodUnion)) return [];
  const all = u.options.flatMap((o) => objectOptions(o, value));
  if (!(u instanceof z.ZodDiscriminatedUnion)) return all;
  const key = u.def.discriminator;
  const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  const matching = all.filter((o) => {
    const tagSchema = o.shape[key];
    return tagSchema && z.safeParse(tagSchema, tag).success;
  });
  return matching.length ? matching : all;
}

function childSchemas(s: z.core.$ZodType, segment: PropertyKey, value: unknown): z.core.$ZodType[] {
  const u = unwrap(s);
  if (u instanceof z.ZodArray) return [u.element];
  if (u instanceof z.ZodRecord) return [u.valueType];
  return objectOptions(u, value).flatMap((o) => {
    const child = o.shape[String(segment)];
    return child ? [child] : [];
  });
}
