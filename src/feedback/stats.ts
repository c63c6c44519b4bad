/**
 * Figures from the stored answers and support events, as pure functions: the ISO week of an answer, the pilot's
 * "acceptable or better" count, and the Prometheus text the collector serves on /metrics.
 */
import {factValue} from '../content/facts';
import {RESOLUTION_TIERS} from '../content/enums';

/** ISO 8601 week of a stored hour (`2026-12-03T08:00Z` is in `2026-W49`): how surveys are compared over time. */
export function isoWeek(hour: string): string {
  const d = new Date(`${hour.slice(0, 10)}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface RatingAnswer {
  score: number;
  hour: string;
}
export interface PilotRating {
  /** The latest ISO week with answers; null when nobody has answered yet. */
  week: string | null;
  respondents: number;
  acceptable: number;
  acceptableFrom: number | null;
}

/**
 * The pilot exit criterion read from the pilot's weekly rating: of the responses in the latest week with any,
 * how many score at least `acceptableFrom`. The collector stores no identity, so one response is one developer:
 * the survey is answered once a week, which its page asks.
 */
export function pilotRating(answers: readonly RatingAnswer[], acceptableFrom: number | null): PilotRating {
  if (acceptableFrom === null || !answers.length) return {week: null, respondents: 0, acceptable: 0, acceptableFrom};
  const week = answers
    .map((a) => isoWeek(a.hour))
    .sort()
    .at(-1)!;
  const inWeek = answers.filter((a) => isoWeek(a.hour) === week);
  return {
    week,
    respondents: inWeek.length,
    acceptable: inWeek.filter((a) => a.score >= acceptableFrom).length,
    acceptableFrom,
  };
}

export interface MetricsSnapshot {
  feedback: {page: string; answer: string; count: number}[];
  surveys: {survey: string; count: number}[];
  means: {survey: string; question: string; mean: number}[];
  pilot: PilotRating;
  support: {
    events: {event: 'opened' | 'resolved'; tier: number; count: number}[];
    /** One per ticket with both events: seconds from opened to resolved, under the tier that resolved it. */
    resolutions: {tier: number; seconds: number}[];
  };
}

/**
 * Upper bounds of the resolution time histogram, in seconds: 15 minutes, 1 hour, 4 hours, 8 hours, 1 day,
 * 3 days and 1 week. The time is on the clock, not in business hours, so the Tier 2 fix target of one business
 * day falls between 8 hours (fixed the same day) and 1 day (fixed the next morning), 3 days spans a weekend,
 * and escalations take up to a week.
 */
export const RESOLUTION_BUCKETS = [900, 3_600, 14_400, 28_800, 86_400, 259_200, 604_800] as const;

const ALL_TIERS = Object.keys(RESOLUTION_TIERS).map(Number);
/** Tiers that take tickets; Tier 0 (self-service) only ever solves. */
const TICKET_TIERS = ALL_TIERS.filter((t) => t > 0);

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labels = (l: Record<string, string>) =>
  `{${Object.entries(l)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',')}}`;
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Prometheus text exposition (format 0.0.4). The counters are counts of stored rows, read from the database at
 * each scrape, so they survive restarts and never count an answer that was refused.
 */
export function metricsText(s: MetricsSnapshot): string {
  const out: string[] = [];
  const family = (name: string, type: 'counter' | 'gauge' | 'histogram', help: string, samples: string[]) =>
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples);
  family(
    'aibox_docs_feedback_total',
    'counter',
    'Stored "Was this page helpful?" answers, by page and answer.',
    s.feedback.map((f) => `aibox_docs_feedback_total${labels({page: f.page, answer: f.answer})} ${f.count}`),
  );
  family(
    'aibox_survey_responses_total',
    'counter',
    'Stored survey responses, by survey.',
    s.surveys.map((r) => `aibox_survey_responses_total${labels({survey: r.survey})} ${r.count}`),
  );
  family(
    'aibox_survey_score_mean',
    'gauge',
    'Mean score (1 to 5) of each scale question over every stored response.',
    s.means.map((m) => `aibox_survey_score_mean${labels({survey: m.survey, question: m.question})} ${round(m.mean)}`),
  );
  family('aibox_pilot_respondents', 'gauge', "Responses to the pilot's overall rating in the latest week with any.", [
    `aibox_pilot_respondents ${s.pilot.respondents}`,
  ]);
  family(
    'aibox_pilot_rating_acceptable_or_better',
    'gauge',
    `Of those, ratings of acceptable or better (the pilot exit criterion: ${factValue('pilot-acceptance')}).`,
    [`aibox_pilot_rating_acceptable_or_better ${s.pilot.acceptable}`],
  );

  // Every tier's series exists from the first scrape at 0, so increase() sees the first ticket of a tier.
  const count = (event: 'opened' | 'resolved', tier: number) =>
    s.support.events.find((e) => e.event === event && e.tier === tier)?.count ?? 0;
  family(
    'aibox_support_tickets_total',
    'counter',
    'Support tickets opened, by the tier that took them (POST /api/support, event opened).',
    TICKET_TIERS.map((t) => `aibox_support_tickets_total${labels({tier: String(t)})} ${count('opened', t)}`),
  );
  family(
    'aibox_support_issues_resolved_total',
    'counter',
    'Support issues resolved, by the tier that solved them (POST /api/support, event resolved).',
    ALL_TIERS.map((t) => `aibox_support_issues_resolved_total${labels({tier: String(t)})} ${count('resolved', t)}`),
  );
  const histogramTiers = [...new Set([...TICKET_TIERS, ...s.support.resolutions.map((r) => r.tier)])].sort(
    (a, b) => a - b,
  );
  family(
    'aibox_support_resolution_seconds',
    'histogram',
    'Seconds from a ticket opened to resolved (fixed or worked around), by the tier that solved it.',
    histogramTiers.flatMap((t) => {
      const seconds = s.support.resolutions.filter((r) => r.tier === t).map((r) => r.seconds);
      const tier = String(t);
      return [
        ...[...RESOLUTION_BUCKETS, '+Inf' as const].map(
          (le) =>
            `aibox_support_resolution_seconds_bucket${labels({tier, le: String(le)})} ${
              le === '+Inf' ? seconds.length : seconds.filter((x) => x <= le).length
            }`,
        ),
        `aibox_support_resolution_seconds_sum${labels({tier})} ${round(seconds.reduce((a, b) => a + b, 0))}`,
        `aibox_support_resolution_seconds_count${labels({tier})} ${seconds.length}`,
      ];
    }),
  );
  return `${out.join('\n')}\n`;
}
