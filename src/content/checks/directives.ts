import {contentError, type ContentError} from '../errors';
import type {AnyRecord} from '../records';
import {FACT_DIRECTIVE} from '../facts';
import {STEP_DIRECTIVE, STEP_LINK_RE} from '../steps';

/** Docusaurus admonitions plus our runbook steps. Docusaurus only warns on anything else; we refuse it. */
export const ADMONITIONS = ['note', 'tip', 'info', 'warning', 'danger', 'caution'] as const;
export const KNOWN_CONTAINER_DIRECTIVES: readonly string[] = [...ADMONITIONS, STEP_DIRECTIVE];

export function checkDirectives(record: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  for (const d of record.directives) {
    const where = {file: record.file, line: d.line, field: `(body) :::${d.name}`};
    // `:fact[name]` is ours: checks/facts.ts validates it.
    if (d.type === 'textDirective' && d.name === FACT_DIRECTIVE) continue;
    if (d.type === 'textDirective') {
      const message = `expected plain text, found the text directive ":${d.name}" (it renders as text)`;
      const fix = 'put code-like text such as host:port in backticks';
      errors.push(contentError({...where, severity: 'warning', message, fix, rule: 'directives/known'}));
      continue;
    }
    if (d.type === 'leafDirective' || !KNOWN_CONTAINER_DIRECTIVES.includes(d.name)) {
      const known = KNOWN_CONTAINER_DIRECTIVES.map((n) => `:::${n}`).join(', ');
      const found = `${d.type === 'leafDirective' ? '::' : ':::'}${d.name}`;
      errors.push(
        contentError({...where, message: `expected one of ${known}, found ${found}`, rule: 'directives/known'}),
      );
      continue;
    }
    if (!d.closed) {
      const message = `expected ::: on its own line to close :::${d.name}, found none (the block runs on to the end)`;
      const fix = `close :::${d.name} before the next block starts`;
      errors.push(
        contentError({
          ...where,
          message,
          fix,
          rule: d.name === STEP_DIRECTIVE ? 'runbook/step-structure' : 'directives/closed',
        }),
      );
      continue;
    }
    if (d.name !== STEP_DIRECTIVE) continue;
    if (record.type !== 'runbook') {
      const message = `expected :::step only in runbooks, found it on ${TYPE_LABEL[record.type]}`;
      const fix = 'write the actions as a numbered list, or move the procedure into a runbook';
      errors.push(contentError({...where, message, fix, rule: 'runbook/step-structure'}));
    } else if (d.ancestors.includes(STEP_DIRECTIVE)) {
      const message = 'expected steps side by side, found a :::step inside another :::step';
      const fix = 'close the outer step with ::: before this one; steps are numbered in order and never nested';
      errors.push(contentError({...where, message, fix, rule: 'runbook/step-structure'}));
    } else if (!d.label.trim()) {
      const message = 'expected a step title in brackets, like :::step[Put Harbor in read-only mode], found none';
      errors.push(contentError({...where, message, rule: 'runbook/step-title'}));
    }
  }
  if (record.type === 'runbook' && !record.directives.some((d) => d.name === STEP_DIRECTIVE)) {
    const message = 'expected at least one :::step[...] block, found none';
    const fix = 'write every action as a :::step so it is numbered and linkable';
    errors.push(
      contentError({
        file: record.file,
        line: record.frontmatterLine,
        field: '(body)',
        message,
        fix,
        rule: 'runbook/steps-required',
      }),
    );
  }
  return errors;
}

const TYPE_LABEL = {
  page: 'a page',
  faq: 'an FAQ entry',
  exercise: 'an exercise log entry',
  runbook: 'a runbook',
} as const;

/**
 * `#step-N` anchors are numbers: adding a step renumbers every later one, so a link from elsewhere would
 * silently point at a different action. Only links within the same runbook, to a step that exists, are allowed.
 */
export function checkStepLinks(record: AnyRecord): ContentError[] {
  const steps = record.directives.filter((d) => d.name === STEP_DIRECTIVE && d.type === 'containerDirective').length;
  const errors: ContentError[] = [];
  for (const link of record.links) {
    const m = STEP_LINK_RE.exec(link.url);
    if (!m?.groups) continue;
    const where = {file: record.file, line: link.line, field: '(body) link', rule: 'runbook/step-link' as const};
    const n = Number(m.groups.n);
    if (m.groups.page) {
      const message = `expected a link to the runbook or a section heading, found "${link.url}", a step number that changes when steps are added`;
      errors.push(contentError({...where, message, fix: 'link the runbook (or its section) and quote the step title'}));
    } else if (n < 1 || n > steps) {
      const message = `expected a step of this page (1 to ${steps}), found "${link.url}"`;
      errors.push(contentError({...where, message, fix: 'link an existing step or the section heading'}));
    }
  }
  return errors;
}
