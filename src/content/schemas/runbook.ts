import * as z from 'zod';
import {
  alertName,
  duration,
  errorCode,
  expected,
  isoDate,
  positiveDays,
  searchPhrases,
  slug,
  uniqueList,
} from './common';
import {pageFields} from './page';

import {CADENCES, RUNBOOK_KINDS, SEVERITIES, type RunbookKind} from '../enums';

export {CADENCES, RUNBOOK_KINDS, SEVERITIES} from '../enums';
export type {RunbookKind} from '../enums';

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

const runbookFields = {
  ...pageFields,
  service: slug('a service').describe('Service slug, for example `harbor`'),
  alerts: uniqueList(alertName, 'alert names').describe('Alert names that page for this runbook'),
  last_exercised: isoDate.describe('Date of the latest logged exercise of this runbook'),
  exercise_every_days: positiveDays(90).describe('Exercise interval in days (default 90: quarterly tabletop)'),
  search_phrases: searchPhrases,
};

export const disasterRecoverySchema = z.strictObject({
  ...runbookFields,
  kind: z.literal('disaster-recovery'),
  severity: z.enum(SEVERITIES, {error: oneOf(SEVERITIES)}),
  rto: duration.describe('Recovery time objective'),
  rpo: duration.describe('Recovery point objective'),
  escalation: z
    .array(slug('an escalation tier or team'), {error: expected('an ordered list of tiers or teams')})
    .min(1, expected('at least one escalation step')),
  error_codes: uniqueList(errorCode, 'error codes').default([]),
});

export const dayTwoSchema = z.strictObject({
  ...runbookFields,
  kind: z.literal('day-2'),
  cadence: z.enum(CADENCES, {error: oneOf(CADENCES)}),
});

export const runbookSchema = z.discriminatedUnion('kind', [disasterRecoverySchema, dayTwoSchema], {
  error: oneOf(RUNBOOK_KINDS),
});
export type DisasterRecoveryRunbook = z.infer<typeof disasterRecoverySchema>;
export type DayTwoRunbook = z.infer<typeof dayTwoSchema>;
export type Runbook = z.infer<typeof runbookSchema>;

/** Folder under runbooks/ that each kind must live in. */
export const RUNBOOK_FOLDER: Record<RunbookKind, string> = {
  'disaster-recovery': 'disaster-recovery',
  'day-2': 'day-2',
};
