import {contentError, type ContentError} from '../errors';
import type {ContentRecord} from '../records';
import {FACT_DIRECTIVE} from '../facts';

/** Docusaurus admonitions plus our runbook steps. Docusaurus only warns on anything else; we refuse it. */
export const ADMONITIONS = ['note', 'tip', 'info', 'warning', 'danger', 'caution'] as const;
export const STEP_DIRECTIVE = 'step';
export const KNOWN_CONTAINER_DIRECTIVES: readonly string[] = [...ADMONITIONS, STEP_DIRECTIVE];

export function checkDirectives(record: ContentRecord): ContentError[] {
  const errors: ContentError[] = [];
  for (const d of record.directives) {
    const where = {file: record.file, line: d.line, field: `(body) :::${d.name}`};
    // `:fact[name]` is ours: checks/facts.ts validates it.
    if (d.type === 'textDirective' && d.name === FACT_DIRECTIVE) continue;
    if (d.type === 'textDirective') {
      errors.push(contentError({...where, severity: 'warning', message: `expected plain text, found the text directive ":${d.name}" (it renders as text)`, fix: 'put code-like text such as host:port in backticks'}));
      continue;
    }
    if (d.type === 'leafDirective' || !KNOWN_CONTAINER_DIRECTIVES.includes(d.name)) {
      errors.push(contentError({...where, message: `expected one of ${KNOWN_CONTAINER_DIRECTIVES.map((n) => `:::${n}`).join(', ')}, found ${d.type === 'leafDirective' ? '::' : ':::'}${d.name}`}));
      continue;
    }
    if (d.name === STEP_DIRECTIVE && !d.label.trim()) {
      errors.push(contentError({...where, message: 'expected a step title in brackets, like :::step[Put Harbor in read-only mode], found none'}));
    }
  }
  if (record.type === 'runbook' && !record.directives.some((d) => d.name === STEP_DIRECTIVE)) {
    errors.push(contentError({file: record.file, line: record.frontmatterLine, field: '(body)', message: 'expected at least one :::step[...] block, found none', fix: 'write every action as a :::step so it is numbered and linkable'}));
  }
  return errors;
}
