/**
 * Frontmatter keys whose values the schemas hold to a closed list (an enum or a literal). The schema already names
 * a wrong value there with a "did you mean", so the spelling gate leaves those lines alone: one typo, one error.
 * Read from the JSON Schemas zod derives, so a new enum field is covered without a second list to keep.
 */
import type * as z from 'zod';
import {jsonSchemaOf} from '../generate/jsonSchema';
import {exerciseSchema, faqSchema, pageSchema, runbookSchema} from '../schemas';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const children = (n: Node, key: string): Node[] => {
  const v = n[key];
  return Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : [];
};

/** A value schema is closed when every branch a value can take is an enum or a constant string. */
function isClosed(n: Node): boolean {
  if (Array.isArray(n.enum) || typeof n.const === 'string') return true;
  if (n.type === 'array') return children(n, 'items').some(isClosed);
  const branches = [...children(n, 'anyOf'), ...children(n, 'oneOf')];
  return branches.length > 0 && branches.every(isClosed);
}

function collect(n: Node, keys: Set<string>): void {
  for (const [key, value] of Object.entries(isNode(n.properties) ? n.properties : {})) {
    if (isNode(value) && isClosed(value)) keys.add(key);
  }
  for (const sub of ['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', '$defs']) {
    const v = n[sub];
    const nodes = sub === 'properties' || sub === '$defs' ? (isNode(v) ? Object.values(v) : []) : children(n, sub);
    for (const child of nodes) if (isNode(child)) collect(child, keys);
  }
}

export function closedListKeys(schemas: readonly z.ZodType[]): string[] {
  const keys = new Set<string>();
  for (const s of schemas) collect(jsonSchemaOf(s) as Node, keys);
  return [...keys].sort();
}

/** The content frontmatter schemas: what a page, FAQ entry, runbook or exercise log may say. */
export const FRONTMATTER_SCHEMAS: readonly z.ZodType[] = [pageSchema, faqSchema, runbookSchema, exerciseSchema];

/**
 * A cspell ignore pattern for `key: value` and `- key: value` lines of those keys. It matches whole lines, so a
 * flow list such as `os: [windows, linux]` is covered too.
 */
export const closedListIgnorePattern = (keys: readonly string[]): string =>
  `/^\\s*(?:-\\s+)?(?:${keys.join('|')})\\s*:.*$/gm`;
