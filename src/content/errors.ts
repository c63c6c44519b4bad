import {RULES, type RuleId} from './rules';

/** One problem in one content file. Every check in this project reports through this shape. */
export interface ContentError {
  file: string;
  line: number;
  field: string;
  message: string;
  fix?: string;
  severity: 'error' | 'warning';
  /** Id of the rule that found it, e.g. `faq/category-folder`; printed as `[rule-id]` at the end of the first line. */
  rule: RuleId;
  /** Internal to validation: set while merging a misspelt key with the required key it hides. */
  suggestedField?: string;
  missing?: boolean;
}

export function contentError(e: Omit<ContentError, 'severity'> & {severity?: ContentError['severity']}): ContentError {
  return {severity: 'error', ...e};
}

/**
 * `path/to/file.md:LINE  field.path  expected …, found …`, then the fix on the next line: the error's own, or the
 * rule's usual one from the registry, so no error leaves a contributor without a next step.
 */
export function formatError(e: ContentError): string {
  const head = `${e.file}:${e.line}  ${e.field || '(file)'}  ${e.message}  [${e.rule}]`;
  const tagged = e.severity === 'warning' ? `warning: ${head}` : head;
  const fix = e.fix ?? RULES[e.rule]?.fix;
  return fix ? `${tagged}\n    fix: ${fix}` : tagged;
}

export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

export function formatReport(errors: ContentError[]): string {
  return sortErrors(errors).map(formatError).join('\n');
}

export const onlyErrors = (errors: ContentError[]) => errors.filter((e) => e.severity === 'error');

/** Thrown by the build plugin and the generators so a bad page stops everything with the same text the check prints. */
export class ContentValidationError extends Error {
  constructor(readonly errors: ContentError[]) {
    const errs = onlyErrors(errors);
    super(`${errs.length} content error${errs.length === 1 ? '' : 's'}:\n${formatReport(errs)}`);
    this.name = 'ContentValidationError';
  }
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** Renders a found value the way a contributor wrote it, short enough for one line. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `a date object ${value.toISOString().slice(0, 10)} (quote the date)`;
  const s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  const shown = s.length > 80 ? `${s.slice(0, 77)}...` : s;
  // JSON escapes C0 controls only: a bidi override or TAG character decoded from a YAML escape would otherwise reach
  // the terminal through the message that refuses it.
  return shown.replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
