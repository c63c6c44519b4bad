import * as z from 'zod';
import {CODE_STATUSES, FAQ_CATEGORIES} from './faq';
import {ALERT_RE, CONTROL_RE} from './common';
import {ERROR_CODE_RE} from '../codePattern';

/** Map text reaches terminals through the CLI: one line, no control or invisible characters. */
const terminalText = z
  .string()
  .min(1)
  .refine((s) => !CONTROL_RE.test(s) && !/[\r\n\t]/.test(s), 'expected one line without control characters');

const url = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/)
  .describe('Absolute URL');

export const doctorCodeSchema = z.strictObject({
  code: z.string().regex(ERROR_CODE_RE).describe('Error code'),
  title: terminalText.describe("Home entry's title"),
  summary: terminalText.describe("Home entry's description: one plain-text line for offline display"),
  category: z.enum(FAQ_CATEGORIES),
  status: z.enum(CODE_STATUSES),
  url: url.describe('Page that homes the code'),
  permalink: url.describe('Permanent short link /e/<CODE>'),
});

export const doctorMapSchema = z
  .strictObject({
    version: z.literal(1),
    site: url.describe('Site the URLs point at'),
    source: z
      .string()
      .regex(/^sha256:[a-f0-9]{64}$/)
      .describe('sha256 of the inputs'),
    codes: z.array(doctorCodeSchema).describe('Every published code, sorted by code'),
  })
  .meta({title: 'AI-Box doctor link map, version 1', $id: 'doctor/links.v1.schema.json'});
export type DoctorMap = z.infer<typeof doctorMapSchema>;
export type DoctorCode = z.infer<typeof doctorCodeSchema>;

export const alertMapSchema = z
  .strictObject({
    version: z.literal(1),
    site: url,
    source: z.string().regex(/^sha256:[a-f0-9]{64}$/),
    alerts: z.array(
      z.strictObject({
        alert: z.string().regex(ALERT_RE).describe('Alert name as in the alert rule'),
        runbook: terminalText.describe('Runbook title'),
        service: terminalText,
        url: url.describe('runbook_url for the alert rule'),
      }),
    ),
  })
  .meta({title: 'AI-Box alert to runbook map, version 1', $id: 'ops/alerts.v1.schema.json'});
export type AlertMap = z.infer<typeof alertMapSchema>;

/** What `aibox doctor --json` prints; the paste page and `npm run explain` read it. */
export const doctorOutputSchema = z.object({
  version: z.string().optional(),
  checks: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['ok', 'warn', 'fail']),
      code: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
});

/** Lock file of every code ever published: codes are never deleted. */
/** Every code ever published, and which of them are retired: a retired code never comes back on an active entry. */
export const codeLockSchema = z.strictObject({
  version: z.literal(2),
  codes: z.array(z.string().regex(ERROR_CODE_RE)),
  retired: z.array(z.string().regex(ERROR_CODE_RE)),
});
export type CodeLock = z.infer<typeof codeLockSchema>;
