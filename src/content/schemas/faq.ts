import * as z from 'zod';
import {errorCode, expected, searchPhrases, uniqueList} from './common';
import {pageFields} from './page';
import {CODE_STATUSES, FAQ_CATEGORIES, IDES, OSES} from '../enums';

export {CODE_STATUSES, FAQ_CATEGORIES, IDES, OSES, RESOLUTION_TIERS} from '../enums';

const oneOf = (values: readonly string[]) => expected(`one of ${values.join(' | ')}`);

export const faqSchema = z.strictObject({
  ...pageFields,
  category: z.enum(FAQ_CATEGORIES, {error: oneOf(FAQ_CATEGORIES)}).describe('Category; must equal the folder name'),
  error_codes: uniqueList(errorCode, 'error codes').describe(
    'Codes homed on this entry (each code on exactly one entry)',
  ),
  applies_to: z.strictObject(
    {
      os: uniqueList(z.enum(OSES, {error: oneOf(OSES)}), 'operating systems').refine((xs) => xs.length > 0, {
        error: expected(`at least one of ${OSES.join(' | ')}`),
      }),
      ide: z.enum(IDES, {error: oneOf(IDES)}),
    },
    {error: expected('an object { os: [...], ide }')},
  ),
  resolution_tier: z
    .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {error: expected('a tier number 0, 1, 2 or 3')})
    .describe('Where this is usually solved: 0 self-service, 1 champion, 2 platform team, 3 escalation'),
  status: z.enum(CODE_STATUSES, {error: oneOf(CODE_STATUSES)}).default('active'),
  search_phrases: searchPhrases,
});
export type FaqEntry = z.infer<typeof faqSchema>;
export type {FaqCategory} from '../enums';
