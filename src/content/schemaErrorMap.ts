import type * as z from 'zod';
import type {RuleId} from './rules';

/**
 * The wording of zod's default issues, the ones a schema gave no message of its own: "expected …", built from the
 * issue's fields, never from zod's English. validateWith adds ", found …". A schema's own `expected(...)` message
 * outranks this map, as zod ranks a schema's error above the error of a parse.
 *
 * Passed per parse rather than through `z.config`, so the feedback collector and the other readers of zod messages
 * keep the wording they were written against.
 */
export const schemaErrorMap = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(showValue).join(' | ')}`;
    case 'too_small':
      return `expected ${bound(issue, 'at least', 'more than')} ${String(issue.minimum)}${unitOf(issue.origin)}`;
    case 'too_big':
      return `expected ${bound(issue, 'at most', 'less than')} ${String(issue.maximum)}${unitOf(issue.origin)}`;
    case 'invalid_format':
      return `expected ${formatOf(issue)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return EXPECTED_KNOWN_KEY;
    case 'invalid_union':
      return `expected ${unionExpected(issue)}`;
    case 'invalid_key':
      return `expected a valid ${issue.origin} key`;
    case 'invalid_element':
      return `expected a valid ${issue.origin} element`;
    default:
      return 'expected a valid value';
  }
};

/**
 * An unknown key is worded the same in every object: the object's own message describes the object, and says nothing
 * of which keys it takes.
 */
export const EXPECTED_KNOWN_KEY = 'expected a known key';

/** The literal values a union's options each asked for, when every option is a literal (or enum) the value missed. */
export function unionLiterals(issue: {errors?: readonly (readonly z.core.$ZodIssue[])[]}): z.core.util.Primitive[] {
  const options = issue.errors ?? [];
  const literal = options.every(
    (errs) => errs.length === 1 && errs[0].code === 'invalid_value' && !errs[0].path.length,
  );
  return literal ? options.flatMap((errs) => (errs[0].code === 'invalid_value' ? errs[0].values : [])) : [];
}

const showValue = (v: z.core.util.Primitive) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function bound(issue: {exact?: boolean; inclusive?: boolean}, inclusive: string, exclusive: string): string {
  if (issue.exact) return 'exactly';
  return issue.inclusive === false ? exclusive : inclusive;
}

const UNITS: Record<string, string> = {array: ' item(s)', set: ' item(s)', string: ' character(s)', file: ' byte(s)'};
const unitOf = (origin: string) => UNITS[origin] ?? '';

/** The string formats that name their argument carry it on the issue (zod's `$ZodStringFormatIssues`). */
function formatOf(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
  const quoted = (v: unknown) => JSON.stringify(String(v));
  switch (issue.format) {
    case 'regex':
      return `text matching ${String(issue.pattern)}`;
    case 'starts_with':
      return `text starting with ${quoted(issue.prefix)}`;
    case 'ends_with':
      return `text ending with ${quoted(issue.suffix)}`;
    case 'includes':
      return `text including ${quoted(issue.includes)}`;
    default:
      return `${issue.format} format`;
  }
}

/** A discriminator that named no option, options that all missed by type or literal, or one of several shapes. */
function unionExpected(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>): string {
  if (!('matches' in issue) && issue.discriminator !== undefined && issue.options?.length)
    return `one of ${issue.options.map(showValue).join(' | ')}`;
  if ('matches' in issue) return 'exactly one of the allowed shapes';
  const literals = unionLiterals(issue);
  if (literals.length) return `one of ${literals.map(showValue).join(' | ')}`;
  const types = issue.errors.map((errs) =>
    errs.length === 1 && errs[0].code === 'invalid_type' && !errs[0].path.length ? errs[0].expected : undefined,
  );
  if (types.length && types.every(Boolean)) return [...new Set(types)].join(' or ');
  return 'one of the allowed shapes';
}

/**
 * What our own refinements attach to a custom issue: the rule that owns it, and what they found when that is not the
 * value itself (a count, "none") with the reason, so the message stays "expected …" and the found part is composed.
 */
export interface IssueParams {
  rule?: RuleId;
  found?: string;
  why?: string;
}
