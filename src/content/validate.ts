import type {z} from 'zod';
import {contentError, describeFound, didYouMean, type ContentError} from './errors';
import type {ParsedYaml} from './frontmatter';

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
): {value?: z.output<T>; errors: ContentError[]} {
  const result = schema.safeParse(data, {reportInput: true});
  if (result.success) return {value: result.data, errors: []};
  const errors = (result.error.issues as Issue[]).flatMap((issue) => issueToErrors(issue, schema, data, file, yaml, fieldPrefix));
  return {errors};
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
        fix: suggestion ? `rename "${k}" to "${suggestion}"` : `remove "${k}" or use one of: ${known.join(', ')}`,
      });
    });
  }
  const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value');
  const expectedText = expectedOf(issue);
  return [
    contentError({
      file,
      line: yaml.lineOf(issue.path),
      field: joinPath(prefix, issue.path),
      message: missing ? `${expectedText}, found nothing (the required field is missing)` : `${expectedText}, found ${describeFound(issue.input)}`,
    }),
  ];
}

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

type Def = {type: string; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; element?: z.ZodType; valueType?: z.ZodType};
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
