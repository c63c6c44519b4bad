/**
 * What the collector accepts, as pure functions: the page widget's answer and one survey response, from JSON or
 * from an HTML form post, and one support ticket event. Every refusal names one field, so the client (and its
 * log) sees exactly what to fix.
 */
import * as z from 'zod';
import {
  CONTROL_RE,
  feedbackPayloadSchema,
  MAX_ANSWER_LENGTH,
  SCALE_MAX,
  SCALE_MIN,
  supportEventSchema,
  type Survey,
} from '../content/schemas';
import {normalisePagePath, type FeedbackPayload} from '../content/feedback';

/** Larger bodies are refused before parsing: the widget's largest answer (a 2,000-character comment) is 6 KB. */
export const MAX_BODY_BYTES = 8 * 1024;

export interface Refusal {
  field: string;
  message: string;
}
export type Checked<T> = {ok: true; value: T} | {ok: false; refusal: Refusal};

const refuse = (field: string, message: string): {ok: false; refusal: Refusal} => ({
  ok: false,
  refusal: {field, message},
});

/** A short, safe description of what arrived, for "found …": never the whole of a long hostile value. */
export function describeInput(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') {
    const shown = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    return v.length > 40 ? `${shown} (${v.length} characters)` : shown;
  }
  return String(v);
}

function fromZod(error: z.ZodError, input: unknown): Refusal {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') return {field: issue.keys[0], message: 'expected no such key, found one'};
  const field = issue.path.map(String).join('.') || '(body)';
  let value: unknown = input;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  const message = issue.message.startsWith('expected ') ? issue.message : `expected ${issue.message}`;
  return {field, message: `${message.replace(/, received .*$/, '')}, found ${describeInput(value)}`};
}

/** Browsers send a textarea's line breaks as CRLF; one kind of line break is stored. */
const normaliseLines = (s: string) => s.replace(/\r\n?/g, '\n');

function controlIn(field: string, text: string): Refusal | undefined {
  const m = CONTROL_RE.exec(text);
  if (!m) return undefined;
  const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return {field, message: `expected text without control characters, found ${code}`};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A form field sent twice arrives as a list; one answer per field. */
function singleValues(body: Record<string, unknown>): Checked<Record<string, unknown>> {
  for (const [k, v] of Object.entries(body))
    if (Array.isArray(v)) return refuse(k, 'expected one value, found several');
  return {ok: true, value: body};
}

/**
 * The widget's answer: exactly {page, answer, comment} (feedbackPayloadSchema), naming a page of the built site,
 * with a comment free of control characters. A form post may leave the comment out.
 */
export function checkFeedback(body: unknown, pages: ReadonlySet<string>, form = false): Checked<FeedbackPayload> {
  if (!isRecord(body))
    return refuse('(body)', `expected a JSON object {page, answer, comment}, found ${describeInput(body)}`);
  let input = body;
  if (form) {
    const single = singleValues(body);
    if (!single.ok) return single;
    input = {comment: '', ...body};
  }
  const parsed = feedbackPayloadSchema.safeParse(input);
  if (!parsed.success) return {ok: false, refusal: fromZod(parsed.error, input)};
  const page = normalisePagePath(parsed.data.page);
  if (!pages.has(page)) return refuse('page', `expected a page of this site, found ${describeInput(parsed.data.page)}`);
  const comment = normaliseLines(parsed.data.comment).trim();
  const control = controlIn('comment', comment);
  if (control) return {ok: false, refusal: control};
  return {ok: true, value: {page, answer: parsed.data.answer, comment}};
}

export type SurveyAnswers = Record<string, number | string>;

const scoreMessage = `a whole score from ${SCALE_MIN} to ${SCALE_MAX}`;

/**
 * One response to `survey`: a score for every scale question, optional text for the others, and no other key.
 * JSON carries scores as numbers; a form post carries them as the strings "1" to "5".
 */
export function checkSurveyResponse(survey: Survey, body: unknown, form = false): Checked<SurveyAnswers> {
  if (!isRecord(body))
    return refuse('(body)', `expected a JSON object of answers by question id, found ${describeInput(body)}`);
  if (form) {
    const single = singleValues(body);
    if (!single.ok) return single;
  }
  const questions = new Map(survey.questions.map((q) => [q.id, q]));
  for (const key of Object.keys(body)) {
    if (!questions.has(key))
      return refuse(
        key,
        `expected a question of survey ${survey.id} (${[...questions.keys()].join(', ')}), found another`,
      );
  }
  const answers: SurveyAnswers = {};
  for (const q of survey.questions) {
    const raw = body[q.id];
    if (q.type === 'scale') {
      const score = form && typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof score !== 'number' || !Number.isInteger(score) || score < SCALE_MIN || score > SCALE_MAX)
        return refuse(q.id, `expected ${scoreMessage}, found ${describeInput(raw)}`);
      answers[q.id] = score;
    } else if (raw !== undefined) {
      if (typeof raw !== 'string') return refuse(q.id, `expected text, found ${describeInput(raw)}`);
      const text = normaliseLines(raw).trim();
      if (text.length > MAX_ANSWER_LENGTH)
        return refuse(q.id, `expected at most ${MAX_ANSWER_LENGTH} characters, found ${text.length}`);
      const control = controlIn(q.id, text);
      if (control) return {ok: false, refusal: control};
      if (text) answers[q.id] = text;
    }
  }
  return {ok: true, value: answers};
}

/** The hour an answer arrived, which is all the collector keeps of its time: `2026-12-03T08:00Z`. */
export const hourOf = (ms: number) =>
  `${new Date(Math.floor(ms / 3_600_000) * 3_600_000).toISOString().slice(0, 13)}:00Z`;

/** One support ticket event as stored: `at` in milliseconds since the epoch. */
export interface SupportEvent {
  id: string;
  tier: 0 | 1 | 2 | 3;
  event: 'opened' | 'resolved';
  at: number;
}

/** A reporter's clock may run a little ahead of the collector's; more than this is a wrong time. */
export const SUPPORT_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * One ticket event for `POST /api/support`: exactly {id, tier, event, at?} (supportEventSchema), `at` no later
 * than now. An opened ticket names the tier that took it, so never Tier 0, where nobody takes one.
 */
export function checkSupportEvent(body: unknown, now: number): Checked<SupportEvent & {atGiven: boolean}> {
  if (!isRecord(body))
    return refuse('(body)', `expected a JSON object {id, tier, event, at}, found ${describeInput(body)}`);
  const parsed = supportEventSchema.safeParse(body);
  if (!parsed.success) return {ok: false, refusal: fromZod(parsed.error, body)};
  const {id, tier, event} = parsed.data;
  if (event === 'opened' && tier === 0)
    return refuse('tier', 'expected the tier that took the ticket, 1, 2 or 3 (Tier 0 is self-service), found 0');
  const at = parsed.data.at === undefined ? now : Date.parse(parsed.data.at);
  if (at > now + SUPPORT_CLOCK_SKEW_MS)
    return refuse(
      'at',
      `expected a time no later than now (${new Date(now).toISOString()}), found ${describeInput(parsed.data.at)}`,
    );
  return {ok: true, value: {id, tier, event, at, atGiven: parsed.data.at !== undefined}};
}

export type SupportDecision = {kind: 'new'} | {kind: 'duplicate'} | {kind: 'conflict' | 'refused'; refusal: Refusal};

/**
 * What a posted event means next to the ticket's stored ones. The same (id, event) again is a re-sent report and
 * counts once; with another tier or time it is a conflict, named, because one of the two reports is wrong. A
 * resolution before its opening would give a negative time.
 */
export function decideSupportEvent(
  e: SupportEvent & {atGiven: boolean},
  stored: readonly SupportEvent[],
): SupportDecision {
  const iso = (ms: number) => new Date(ms).toISOString();
  const same = stored.find((s) => s.event === e.event);
  if (same) {
    if (same.tier !== e.tier)
      return {
        kind: 'conflict',
        refusal: {
          field: 'tier',
          message: `expected tier ${same.tier}, as ticket ${e.id} was first posted ${e.event} with, found ${e.tier}`,
        },
      };
    // A re-sent event without its time is the same report; the time it was first stored stays.
    if (e.atGiven && same.at !== e.at)
      return {
        kind: 'conflict',
        refusal: {
          field: 'at',
          message: `expected ${iso(same.at)}, as ticket ${e.id} was first posted ${e.event} with, found ${iso(e.at)}`,
        },
      };
    return {kind: 'duplicate'};
  }
  const opened = e.event === 'opened' ? e.at : stored.find((s) => s.event === 'opened')?.at;
  const resolved = e.event === 'resolved' ? e.at : stored.find((s) => s.event === 'resolved')?.at;
  if (opened !== undefined && resolved !== undefined && resolved < opened)
    return {
      kind: 'refused',
      refusal: {
        field: 'at',
        message:
          e.event === 'resolved'
            ? `expected a time after ticket ${e.id} was opened (${iso(opened)}), found ${iso(resolved)}`
            : `expected a time before ticket ${e.id} was resolved (${iso(resolved)}), found ${iso(opened)}`,
      },
    };
  return {kind: 'new'};
}
