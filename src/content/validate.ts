import type {z} from 'zod';
import {contentError, describeFound, didYouMean, type ContentError} from './errors';
import type {ParsedYaml} from './frontmatter';
import type {RuleId} from './rules';

type Issue = z.core.$ZodIssue & {input?: unknown};

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
  const result = schema.safeParse(data, {reportInput: true});
  if (result.success) return {value: result.data, errors: []};
  const errors = oneErrorPerMistake(
    (result.error.issues as Issue[]).flatMap((issue) => issueToErrors(issue, schema, data, file, yaml, fieldPrefix)),
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
    const parsed = child?.safeParse(value);
    if (parsed?.success) out[key] = parsed.data;
  }
  return out;
}

/** Rule of a schema issue: our own refinements name theirs (plain text); unknown keys and the rest have one each. */
function ruleOf(issue: Issue): RuleId {
  const own = (issue as {params?: {rule?: RuleId}}).params?.rule;
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
        message: `expected a known key, found unknown key "${k}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        rule: ruleOf(issue),
        suggestedField: suggestion ? joinPath(prefix, [...issue.path, suggestion]) : undefined,
        fix: suggestion ? `rename "${k}" to "${suggestion}"` : `remove "${k}" or use one of: ${known.join(', ')}`,
      });
    });
  }
  const missing =
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value');
  const expectedText = expectedOf(issue);
  return [
    contentError({
      file,
      line: yaml.lineOf(issue.path),
      field: joinPath(prefix, issue.path),
      message: missing
        ? `${expectedText}, found nothing (the required field is missing)`
        : messageOf(issue, expectedText, valueAt(data, issue.path)),
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
 * "expected …, found …", with "did you mean" for enum values as for keys. Our plain-text refinement
 * already says what it found.
 */
function messageOf(issue: Issue, expectedText: string, found: unknown): string {
  if (issue.code === 'custom' && expectedText.includes(', found ')) return expectedText;
  const values =
    issue.code === 'invalid_value'
      ? issue.values.map(String)
      : issue.code === 'invalid_union'
        ? unionValues(issue)
        : [];
  const suggestion = typeof found === 'string' && values.length ? didYouMean(found, values) : undefined;
  return `${expectedText}, found ${describeFound(found)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
}

/** The allowed values a union of literals names in its message ("one of a | b"). */
const unionValues = (issue: Issue) => /one of (.+)$/.exec(issue.message)?.[1].split(' | ') ?? [];

function expectedOf(issue: Issue): string {
  if (issue.message.startsWith('expected ')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : ''}`;
    case 'invalid_format':
      return `expected ${issue.format} format`;
    default:
      return `expected a valid value (${issue.message})`;
  }
}

/** Keys the object schema at `path` accepts, so an unknown key can be matched to the nearest known one. */
function knownKeys(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  let candidates: z.ZodType[] = [schema];
  let value: unknown = data;
  for (const segment of path) {
    candidates = candidates.flatMap((s) => childSchemas(s, segment, value));
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  const keys = new Set<string>();
  for (const s of candidates.flatMap((c) => objectOptions(c, value))) {
    for (const k of Object.keys((s as unknown as {shape: object}).shape)) keys.add(k);
  }
  return [...keys].sort();
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  valueType?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as {def: Def}).def;

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (;;) {
    const def = defOf(cur);
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe' && def.in) cur = def.in;
    else return cur;
  }
}

/** For a union, the options whose discriminator matches the data (or all of them). */
function objectOptions(s: z.ZodType, value: unknown): z.ZodType[] {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'object') return [u];
  if (def.type === 'union' && def.options) {
    const kind = value && typeof value === 'object' ? (value as {kind?: unknown}).kind : undefined;
    const all = def.options.flatMap((o) => objectOptions(o, value));
    const matching = all.filter((o) => {
      const kindSchema = (o as unknown as {shape: Record<string, z.ZodType>}).shape.kind;
      return kindSchema && kindSchema.safeParse(kind).success;
    });
    return matching.length ? matching : all;
  }
  return [];
}

function childSchemas(s: z.ZodType, segment: PropertyKey, value: unknown): z.ZodType[] {
  const u = unwrap(s);
  const def = defOf(u);
  if (def.type === 'array' && def.element) return [def.element];
  if (def.type === 'record' && def.valueType) return [def.valueType];
  return objectOptions(u, value).flatMap((o) => {
    const child = (o as unknown as {shape: Record<string, z.ZodType>}).shape[String(segment)];
    return child ? [child] : [];
  });
}
