import React, {type ReactNode} from 'react';
import schemasData from '@generated/aibox-content/default/schemas.json';
import type {Schemas} from './siteData';

const schemas = schemasData as Schemas;

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  anyOf?: JsonSchema[];
}

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (s.type === 'array' && s.items) return `list of ${typeOf(s.items)}`;
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
}

function rows(
  schema: JsonSchema,
  prefix = '',
): {field: string; type: string; required: boolean; description: string; default?: unknown}[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, s]) => {
    const field = `${prefix}${key}`;
    const nested = s.type === 'object' ? s : s.type === 'array' && s.items?.type === 'object' ? s.items : undefined;
    const row = {
      field,
      type: nested && s.type === 'object' ? 'object' : typeOf(s),
      required: (schema.required ?? []).includes(key) && s.default === undefined,
      description: s.description ?? '',
      default: s.default,
    };
    return [row, ...(nested ? rows(nested, `${field}${s.type === 'array' ? '[]' : ''}.`) : [])];
  });
}

/** A field reference generated from the zod schema (via JSON Schema), so the docs cannot drift from the validator. */
export default function SchemaTable({schema}: {schema: 'toolPack' | 'teamPolicy' | 'projectPacks'}): ReactNode {
  const json = schemas[schema] as JsonSchema;
  return (
    <table className="schema-table">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {rows(json).map((r) => (
          <tr key={r.field}>
            <td>
              <code>{r.field}</code>
            </td>
            <td>{r.type}</td>
            <td>{r.required ? 'yes' : 'no'}</td>
            <td>
              {r.description}
              {r.default !== undefined && (
                <>
                  {' '}
                  (default <code>{JSON.stringify(r.default)}</code>)
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
