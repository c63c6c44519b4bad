import * as z from 'zod';
import {expected} from './common';
import {MAX_COMMENT_LENGTH} from '../feedback';
import {surveySchema} from './survey';

/** The JSON body "Was this page helpful?" posts; a deployment's endpoint can rely on exactly these keys. */
export const feedbackPayloadSchema = z.strictObject({
  page: z
    .string()
    .regex(/^\/\S*$/, expected('the page path, like "/docs/getting-started/quickstart-vscode"'))
    .describe('Path of the page'),
  answer: z.enum(['yes', 'no'], {error: expected('"yes" or "no"')}).describe('Was the page helpful'),
  comment: z
    .string()
    .max(MAX_COMMENT_LENGTH, expected(`a comment of at most ${MAX_COMMENT_LENGTH} characters`))
    .describe('Optional comment, "" when none'),
});

/** `feedback-config.json` in the build: `endpoint` null switches sending off (the widget shows the CLI command). */
export const feedbackConfigSchema = z.strictObject({
  version: z.literal(1, {error: expected('version: 1')}),
  endpoint: z.string().nullable().describe('Path on this site or absolute http(s) URL; null when off'),
});

/**
 * `.feedback/site.json` in the build, for the collector: the built site's pages (a feedback answer must name
 * one) and its surveys. Under a dot folder, so nginx never serves it.
 */
export const collectorSiteSchema = z.strictObject({
  version: z.literal(1, {error: expected('version: 1')}),
  pages: z.array(z.string().regex(/^\//, expected('a site path'))).describe('Every page route of the build'),
  surveys: z.array(surveySchema).describe('Every survey of the content model'),
});
export type CollectorSite = z.infer<typeof collectorSiteSchema>;
