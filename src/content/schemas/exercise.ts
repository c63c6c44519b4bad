import * as z from 'zod';
import {expected, isoDate, plainLine, teamSlug, uniqueList} from './common';
import {pageFields} from './page';

export const ACTION_STATUSES = ['open', 'done'] as const;

export const exerciseSchema = z.strictObject({
  ...pageFields,
  kind: z.literal('exercise'),
  date: isoDate.describe('Day the exercise ran'),
  scenario: plainLine('scenario'),
  runbooks: uniqueList(
    z
      .string({error: expected('a runbook id like "disaster-recovery/harbor-registry-failure"')})
      .regex(
        /^(disaster-recovery|day-2)\/[a-z0-9-]+$/,
        expected('a runbook id like "disaster-recovery/harbor-registry-failure"'),
      ),
    'runbook ids',
  ).refine((xs) => xs.length > 0, {error: expected('at least one runbook id')}),
  facilitator: teamSlug,
  participants: uniqueList(teamSlug, 'team slugs'),
  findings: z.array(plainLine('finding'), {error: expected('a list of findings')}),
  actions: z.array(
    z.strictObject({
      action: plainLine('action'),
      owner: teamSlug,
      due: isoDate,
      status: z.enum(ACTION_STATUSES, {error: expected(`one of ${ACTION_STATUSES.join(' | ')}`)}),
    }),
    {error: expected('a list of actions { action, owner, due, status }')},
  ),
});
export type Exercise = z.infer<typeof exerciseSchema>;
