import * as z from 'zod';
import {expected, plainLine, slug} from './common';
import {surveySecondsOf} from '../feedback';

// The page's estimate lives beside the form code, which ships to the browser without zod.
export {SECONDS_PER_QUESTION, surveySecondsOf} from '../feedback';

/** Who a survey asks, and how often: the rollout plan's pilot (daily, then weekly) and early adopters (weekly). */
export const SURVEY_AUDIENCES = ['pilot', 'early-adopters'] as const;
export const SURVEY_CADENCES = ['daily', 'weekly'] as const;
export const QUESTION_TYPES = ['scale', 'text'] as const;
/** Every scale runs 1 to 5: the plan asks for "quantitative scoring (1-5 scale)". */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;
/** The plan's limit for one survey; the page states the estimate the schema checks against it. */
export const MAX_SURVEY_SECONDS = 120;
export const MAX_ANSWER_LENGTH = 2000;

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

const questionBase = {
  id: slug('a question id'),
  text: plainLine('question').describe('The question as the reader sees it'),
};

export const scaleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scale'),
  labels: z
    .array(plainLine('scale label'), {error: expected('five labels, for the scores 1 to 5')})
    .length(SCALE_MAX, expected('five labels, for the scores 1 to 5'))
    .describe('What 1, 2, 3, 4 and 5 mean, in that order'),
  acceptable_from: z
    .number({error: expected('a score from 2 to 5')})
    .int(expected('a whole score from 2 to 5'))
    .min(2, expected('a score from 2 to 5'))
    .max(SCALE_MAX, expected('a score from 2 to 5'))
    .optional()
    .describe('Lowest score that counts as "acceptable or better": marks the rating the pilot exit criterion counts'),
});

export const textQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
});

export const surveyQuestionSchema = z.discriminatedUnion('type', [scaleQuestionSchema, textQuestionSchema], {
  error: oneOf(QUESTION_TYPES),
});

/** A survey in the content model: the `survey` key of its page's frontmatter. The collector accepts exactly this. */
export const surveySchema = z
  .strictObject({
    id: slug('a survey id'),
    audience: z.enum(SURVEY_AUDIENCES, {error: oneOf(SURVEY_AUDIENCES)}),
    cadence: z.enum(SURVEY_CADENCES, {error: oneOf(SURVEY_CADENCES)}),
    weeks: z
      .strictObject(
        {
          from: z
            .number({error: expected('a week number')})
            .int()
            .positive(expected('a week number from 1')),
          to: z
            .number({error: expected('a week number')})
            .int()
            .positive(expected('a week number from 1'))
            .optional(),
        },
        {error: expected('{from: N} or {from: N, to: M}')},
      )
      .describe('Weeks of the stage in which the survey runs; no `to` means until the stage ends'),
    questions: z
      .array(surveyQuestionSchema, {error: expected(`a list of ${MIN_QUESTIONS} to ${MAX_QUESTIONS} questions`)})
      .min(MIN_QUESTIONS, expected(`${MIN_QUESTIONS} to ${MAX_QUESTIONS} questions`))
      .max(MAX_QUESTIONS, expected(`${MIN_QUESTIONS} to ${MAX_QUESTIONS} questions`))
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, {
        error: expected('questions with different ids'),
      })
      .refine((qs) => qs.filter((q) => q.type === 'scale' && q.acceptable_from !== undefined).length <= 1, {
        error: expected('acceptable_from on one question at most'),
      })
      .refine((qs) => surveySecondsOf(qs) < MAX_SURVEY_SECONDS, {
        error: expected(`a survey a reader finishes in under ${MAX_SURVEY_SECONDS / 60} minutes`),
      }),
  })
  .refine((s) => s.weeks.to === undefined || s.weeks.to >= s.weeks.from, {
    error: expected('weeks.to on or after weeks.from'),
    path: ['weeks', 'to'],
  })
  .describe('A survey: id, audience, cadence, weeks and 3 to 5 questions (a 1-5 scale or free text)');

export type Survey = z.infer<typeof surveySchema>;
export type SurveyQuestion = Survey['questions'][number];
export type ScaleQuestion = z.infer<typeof scaleQuestionSchema>;
