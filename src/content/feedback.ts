/**
 * Page feedback ("Was this page helpful?"): the payload, where it may go, and what the reader sees when no
 * endpoint is configured. Plain functions without zod, because the widget ships them to every browser.
 * The zod schemas in schemas/feedback.ts describe the same shapes for the build and the tests.
 */

/** Written into the build by the aibox-content plugin; a deployment edits it to switch feedback on or off. */
export const FEEDBACK_CONFIG_PATH = 'feedback-config.json';
export const MAX_COMMENT_LENGTH = 2000;

export type FeedbackAnswer = 'yes' | 'no';
export interface FeedbackPayload {
  page: string;
  answer: FeedbackAnswer;
  comment: string;
}
export interface FeedbackConfig {
  version: 1;
  endpoint: string | null;
}

export function buildPayload(page: string, answer: FeedbackAnswer, comment: string): FeedbackPayload {
  return {page, answer, comment: comment.trim().slice(0, MAX_COMMENT_LENGTH)};
}

/**
 * The URL feedback is posted to, or null when feedback is off. Only a path on this site or an absolute
 * http(s) URL the deployment wrote counts; anything else (a typo, `javascript:`) switches feedback off
 * rather than sending data somewhere nobody chose.
 */
export function resolveEndpoint(configured: unknown, origin: string): string | null {
  if (typeof configured !== 'string' || !configured.trim()) return null;
  const value = configured.trim();
  try {
    // A path is judged by where the browser sends it: "/\\host" and "/<tab>/host" both leave the site.
    if (value.startsWith('/')) {
      const url = new URL(value, origin);
      return url.origin === new URL(origin).origin && !/[\s\\]/.test(value) ? url.href : null;
    }
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The runtime file wins over the build-time value, so one build can be pointed elsewhere or switched off. */
export function pickEndpoint(runtime: unknown, buildTime: unknown, origin: string): string | null {
  if (runtime && typeof runtime === 'object' && 'endpoint' in runtime) {
    return resolveEndpoint((runtime as {endpoint: unknown}).endpoint, origin);
  }
  return resolveEndpoint(buildTime, origin);
}

export const configFileContent = (endpoint: string | null | undefined): string =>
  `${JSON.stringify({version: 1, endpoint: endpoint?.trim() || null} satisfies FeedbackConfig, null, 2)}\n`;

/** What the reader pastes as the comment of `aibox feedback` when the site cannot send feedback itself. */
export function cliCommentFor(payload: FeedbackPayload): string {
  const verdict = payload.answer === 'yes' ? 'helpful' : 'not helpful';
  return `docs ${payload.page}: ${verdict}${payload.comment ? `. ${payload.comment.replace(/\s+/g, ' ')}` : ''}`;
}

/** Where the build leaves the collector its list of pages and surveys (see collectorSiteSchema). */
export const COLLECTOR_SITE_PATH = '.feedback/site.json';
/** The collector's endpoints behind the site's own origin (nginx proxies /api/ to it). */
export const DEFAULT_FEEDBACK_ENDPOINT = '/api/feedback';
export const surveyEndpoint = (id: string) => `/api/survey/${encodeURIComponent(id)}`;
/** Where a form post (JavaScript off) lands after the collector stored it. */
export const THANKS_PATH = '/feedback-thanks';

/** Page paths as the collector stores them: no trailing slash, so /docs/x and /docs/x/ are one page. */
export const normalisePagePath = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);

/** What the collector keeps of an answer, word for word its promise (docs/contributing/page-feedback.md). */
export const privacyNote = (what: string) =>
  `Stored per answer: ${what}, your answers, your comment and the hour it arrived. ` +
  'No IP address, no cookie, no browser details (user agent), no name.';

/** A survey question as the form needs it: plain data, so the browser bundle never pulls in the zod schema. */
export interface SurveyFormQuestion {
  id: string;
  type: 'scale' | 'text';
}

/** Reading time a reader spends on one question, for the page's "about N seconds" estimate. */
export const SECONDS_PER_QUESTION = {scale: 10, text: 30} as const;

export const surveySecondsOf = (questions: readonly SurveyFormQuestion[]) =>
  questions.reduce((sum, q) => sum + SECONDS_PER_QUESTION[q.type], 0);

/**
 * The JSON a survey form posts, from its fields: each score as a number (the collector refuses the string "4" in
 * JSON), each text trimmed, and an empty text left out, exactly as a form post without JavaScript is stored.
 */
export function surveyPayload(
  questions: readonly SurveyFormQuestion[],
  value: (id: string) => string | null,
): Record<string, number | string> {
  const body: Record<string, number | string> = {};
  for (const q of questions) {
    const raw = value(q.id);
    if (raw === null) continue;
    if (q.type === 'scale') body[q.id] = /^\d+$/.test(raw) ? Number(raw) : raw;
    else if (raw.trim()) body[q.id] = raw.replace(/\r\n?/g, '\n').trim().slice(0, MAX_COMMENT_LENGTH);
  }
  return body;
}
