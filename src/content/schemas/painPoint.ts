import * as z from 'zod';
import {expected, plainLine, slug} from './common';
import {
  PAIN_POINT_CATEGORIES,
  PAIN_POINT_SEVERITIES,
  PAIN_POINT_STATUSES,
  PILOT_COHORT,
  type PainPoint,
} from '../painPoints';

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

/** One pilot pain point: an item of `pain_points` in the register page's frontmatter. */
export const painPointSchema = z
  .strictObject({
    id: slug('a pain point id'),
    title: plainLine('title').describe('The pain point as developers describe it'),
    category: z.enum(PAIN_POINT_CATEGORIES, {error: oneOf(PAIN_POINT_CATEGORIES)}),
    developers: z
      .number({error: expected(`how many pilot developers hit it, 1 to ${PILOT_COHORT}`)})
      .int(expected(`a whole number of developers, 1 to ${PILOT_COHORT}`))
      .min(1, expected(`1 to ${PILOT_COHORT} developers`))
      .max(PILOT_COHORT, expected(`1 to ${PILOT_COHORT} developers (the pilot cohort)`)),
    severity: z.enum(PAIN_POINT_SEVERITIES, {error: oneOf(PAIN_POINT_SEVERITIES)}),
    status: z.enum(PAIN_POINT_STATUSES, {error: oneOf(PAIN_POINT_STATUSES)}),
    found_by: plainLine('source').describe('Where it was found: pairing notes, a survey and week, page feedback'),
    fix: plainLine('fix').optional().describe('What changed, and in which release; required once fixed'),
    validated_by: plainLine('validation')
      .optional()
      .describe('The survey answers or feedback that showed the fix works; required once validated'),
  })
  .superRefine((p, ctx) => {
    if (p.status !== 'open' && !p.fix)
      ctx.addIssue({code: 'custom', path: ['fix'], message: expected(`the fix of a ${p.status} pain point`)});
    if (p.status === 'validated' && !p.validated_by)
      ctx.addIssue({
        code: 'custom',
        path: ['validated_by'],
        message: expected('the survey or feedback that validated the fix'),
      });
    if (p.status !== 'validated' && p.validated_by)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: expected('status validated for a pain point with validated_by'),
      });
  }) satisfies z.ZodType<PainPoint>;

export const painPointListSchema = z
  .array(painPointSchema, {error: expected('a list of pain points')})
  .min(1, expected('at least one pain point'))
  .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, {error: expected('pain points with different ids')})
  .describe('The pilot pain-point register (D3), one record per pain point');
