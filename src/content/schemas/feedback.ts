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

/** Ticket ids are stored, never exported as a label, so their bound is about the database, not Prometheus. */
export const TICKET_ID_RE = /^[\x21-\x7e]{1,120}$/;
export const SUPPORT_EVENTS = ['opened', 'resolved'] as const;

/**
 * The JSON body of `POST /api/support`: one ticket event, from the Tier 2 and 3 ticket tool or a champion's
 * issue report. The tiers are those of RESOLUTION_TIERS (0 self-service to 3 escalation).
 */
export const supportEventSchema = z.strictObject({
  id: z
    .string({error: expected('the ticket id as a string, like "HELP-1042"')})
    .regex(TICKET_ID_RE, expected('a ticket id of 1 to 120 printable characters without spaces, like "HELP-1042"'))
    .describe('Ticket id, the same for its opened and resolved events'),
  tier: z
    .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {error: expected('a tier number 0, 1, 2 or 3')})
    .describe('opened: the tier that took the ticket; resolved: the tier that solved it'),
  event: z.enum(SUPPORT_EVENTS, {error: expected('"opened" or "resolved"')}).describe('What happened to the ticket'),
  at: z.iso
    .datetime({offset: true, error: expected('an ISO time with its zone, like "2026-12-03T09:15:00Z"')})
    .optional()
    .describe('When: the first message for opened, fixed or worked around for resolved; default now'),
});
export type SupportEventPayload = z.infer<typeof supportEventSchema>;
