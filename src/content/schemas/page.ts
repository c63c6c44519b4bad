import * as z from 'zod';
import {expected, isoDate, plainLine, plainString, positiveDays, SLUG_RE, teamSlug} from './common';
import {surveySchema} from './survey';
import {painPointListSchema} from './painPoint';

const PAGE_SLUG_RE = /^(?:\/|\/?[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\/?)$/;

/** Docusaurus' own frontmatter keys that pages may use; anything else is a typo until proven otherwise. */
export const docusaurusKeys = {
  id: z
    .string({error: expected('a page id as a lower-case slug, like "install"')})
    .regex(SLUG_RE, expected('a page id as a lower-case slug, like "install"'))
    .optional(),
  // The route is the site's map: words and hyphens between slashes, nothing that walks up or out.
  slug: z
    .string({error: expected('a slug like "/getting-started/install"')})
    .regex(
      PAGE_SLUG_RE,
      expected('a slug of lower-case words and hyphens between slashes, like "/getting-started/install"'),
    )
    .optional(),
  sidebar_position: z.number().optional(),
  sidebar_label: plainLine('sidebar label').optional(),
  // A class on the sidebar item can borrow any theme class (hide the navbar, restyle the page); the site styles
  // no sidebar item itself, so no value is accepted.
  sidebar_class_name: z.never({error: expected('no sidebar_class_name: the site styles no sidebar item')}).optional(),
  keywords: z.array(plainLine('keyword')).optional(),
  tags: z.array(plainLine('tag')).optional(),
  hide_table_of_contents: z.boolean().optional(),
  toc_min_heading_level: z.number().int().optional(),
  toc_max_heading_level: z.number().int().optional(),
  pagination_next: plainString('page id').nullable().optional(),
  pagination_prev: plainString('page id').nullable().optional(),
  unlisted: z.boolean().optional(),
};

export const securityReviewSchema = z.strictObject(
  {
    reviewer: teamSlug,
    date: isoDate,
  },
  {error: expected('an object { reviewer, date }')},
);

export const pageFields = {
  title: plainLine('title').describe('Page title, plain text'),
  description: plainLine('description').describe('One plain-text line; the summary `aibox doctor --explain` prints'),
  owner: teamSlug,
  last_reviewed: isoDate.describe('Date of the last content review'),
  review_every_days: positiveDays(180).describe('Review interval in days (default 180)'),
  security_review: securityReviewSchema
    .optional()
    .describe('Security review, for pages that describe the security model'),
  ...docusaurusKeys,
};

export const pageSchema = z.strictObject({
  ...pageFields,
  // A survey page carries its survey, and the register page its pain points: the page is the record.
  survey: surveySchema.optional().describe('The survey this page shows and the collector accepts'),
  pain_points: painPointListSchema.optional(),
});
export type Page = z.infer<typeof pageSchema>;
