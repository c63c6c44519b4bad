import * as z from 'zod';
import {expected, isoDate, plainLine, teamSlug} from './common';

/**
 * Deliberate fake secrets that a page may show (for example a redacted token in sample output).
 * Each entry is reviewed like code: who approved it, why, and the exact text, on one file only.
 */
export const secretAllowlistSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(
    z.strictObject({
      file: z.string().regex(/^(docs|runbooks)\/[^\s]+\.mdx?$/, expected('a content file path like docs/x.md')),
      match: z.string().min(8, expected('the exact fake token, at least 8 characters')),
      reason: plainLine('reason'),
      reviewer: teamSlug,
      reviewed: isoDate,
    }),
  ),
});
export type SecretAllowlist = z.infer<typeof secretAllowlistSchema>;
