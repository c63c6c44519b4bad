/**
 * `npm run feedback-report`, as pure functions over stored rows: pages ranked by their share of "no" (the
 * documentation gaps), each survey's weekly mean per question, and the pilot's rating against its criterion.
 */
import type {FeedbackRow, QuestionRow, SurveyAnswerRow} from './store';
import {factValue} from '../content/facts';
import {isoWeek, pilotRating} from './stats';

/** The pilot exit criterion, read from the `pilot-acceptance` fact ("8 of 10 pilot developers …") so the
 * report and the pages cannot disagree. */
export function pilotCriterion(value = factValue('pilot-acceptance')): {needed: number; of: number} {
  const m = /^(\d+) of (\d+)\b/.exec(value ?? '');
  if (!m) throw new Error(`the pilot-acceptance fact must start with "N of M", not ${JSON.stringify(value)}`);
  return {needed: Number(m[1]), of: Number(m[2])};
}
const PILOT = pilotCriterion();

export interface PageLine {
  page: string;
  yes: number;
  no: number;
  noShare: number;
  comments: {answer: string; hour: string; comment: string}[];
}
export interface SurveyWeek {
  survey: string;
  week: string;
  responses: number;
  /** Mean of each scale question, by question id; null when nobody scored it that week. */
  means: Record<string, number | null>;
  texts: {question: string; text: string}[];
}
export interface Report {
  since: string | null;
  pages: PageLine[];
  surveys: SurveyWeek[];
  questions: {survey: string; question: string; type: string; text: string}[];
  pilot: {
    survey: string;
    question: string;
    week: string | null;
    respondents: number;
    acceptable: number;
    acceptableFrom: number;
    needed: number;
    of: number;
    met: boolean;
  } | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function buildReport(
  feedback: readonly FeedbackRow[],
  answers: readonly SurveyAnswerRow[],
  questions: readonly QuestionRow[],
  since: string | null = null,
): Report {
  const byPage = new Map<string, PageLine>();
  for (const r of feedback) {
    const line = byPage.get(r.page) ?? {page: r.page, yes: 0, no: 0, noShare: 0, comments: []};
    line[r.answer] += 1;
    if (r.comment) line.comments.push({answer: r.answer, hour: r.hour, comment: r.comment});
    byPage.set(r.page, line);
  }
  const pages = [...byPage.values()]
    .map((l) => ({...l, noShare: round(l.no / (l.yes + l.no))}))
    .sort((a, b) => b.noShare - a.noShare || b.no - a.no || a.page.localeCompare(b.page));

  interface Week {
    survey: string;
    week: string;
    responses: Set<number>;
    scores: Map<string, number[]>;
    texts: SurveyWeek['texts'];
  }
  const weeks = new Map<string, Week>();
  for (const a of answers) {
    const week = isoWeek(a.hour);
    const key = `${a.survey}\u0000${week}`;
    const w: Week = weeks.get(key) ?? {survey: a.survey, week, responses: new Set(), scores: new Map(), texts: []};
    w.responses.add(a.response);
    if (a.score !== null) w.scores.set(a.question, [...(w.scores.get(a.question) ?? []), a.score]);
    if (a.text) w.texts.push({question: a.question, text: a.text});
    weeks.set(key, w);
  }
  const scaleQuestions = (survey: string) => questions.filter((q) => q.survey === survey && q.type === 'scale');
  const surveys = [...weeks.values()]
    .sort((a, b) => a.survey.localeCompare(b.survey) || a.week.localeCompare(b.week))
    .map((w) => ({
      survey: w.survey,
      week: w.week,
      responses: w.responses.size,
      means: Object.fromEntries(
        scaleQuestions(w.survey).map((q) => {
          const s = w.scores.get(q.question) ?? [];
          return [q.question, s.length ? round(s.reduce((x, y) => x + y, 0) / s.length) : null];
        }),
      ),
      texts: w.texts,
    }));

  const rating = questions.find((q) => q.audience === 'pilot' && q.acceptable_from !== null);
  let pilot: Report['pilot'] = null;
  if (rating) {
    const scored = answers
      .filter((a) => a.survey === rating.survey && a.question === rating.question && a.score !== null)
      .map((a) => ({score: a.score!, hour: a.hour}));
    const p = pilotRating(scored, rating.acceptable_from);
    pilot = {
      survey: rating.survey,
      question: rating.question,
      week: p.week,
      respondents: p.respondents,
      acceptable: p.acceptable,
      acceptableFrom: rating.acceptable_from!,
      needed: PILOT.needed,
      of: PILOT.of,
      met: p.acceptable >= PILOT.needed,
    };
  }
  return {
    since,
    pages,
    surveys,
    questions: questions.map((q) => ({survey: q.survey, question: q.question, type: q.type, text: q.text})),
    pilot,
  };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;
/** Table cells hold reader text: one line, pipes escaped, so a comment cannot break the table. */
const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function reportMarkdown(r: Report): string {
  const out: string[] = [`# Feedback report${r.since ? ` since ${r.since}` : ''}`, ''];
  out.push('## Pages by share of "no"', '');
  if (!r.pages.length) out.push('No page answers yet.');
  else {
    out.push('| Page | No | Yes | Share of no | Comments |', '| --- | --- | --- | --- | --- |');
    for (const p of r.pages)
      out.push(
        `| ${cell(p.page)} | ${p.no} | ${p.yes} | ${pct(p.noShare)} | ${p.comments.map((c) => `${c.answer}: ${cell(c.comment)}`).join('; ')} |`,
      );
  }
  out.push('', '## Surveys by week', '');
  const bySurvey = [...new Set(r.surveys.map((s) => s.survey))];
  if (!bySurvey.length) out.push('No survey responses yet.');
  for (const survey of bySurvey) {
    const qs = r.questions.filter((q) => q.survey === survey && q.type === 'scale');
    out.push(`### ${survey}`, '', `| Week | Responses | ${qs.map((q) => cell(q.question)).join(' | ')} |`);
    out.push(`| --- | --- | ${qs.map(() => '---').join(' | ')} |`);
    for (const w of r.surveys.filter((s) => s.survey === survey))
      out.push(`| ${w.week} | ${w.responses} | ${qs.map((q) => w.means[q.question] ?? '-').join(' | ')} |`);
    const texts = r.surveys
      .filter((s) => s.survey === survey)
      .flatMap((w) => w.texts.map((t) => `- ${w.week} ${t.question}: ${cell(t.text)}`));
    if (texts.length) out.push('', ...texts);
    out.push('');
  }
  out.push('## Pilot rating', '');
  if (!r.pilot) out.push('No survey marks a pilot rating (acceptable_from).');
  else if (!r.pilot.week)
    out.push(
      `No answers to ${r.pilot.survey} ${r.pilot.question} yet; the criterion asks for ${r.pilot.needed} of ${r.pilot.of}.`,
    );
  else
    out.push(
      `${r.pilot.week}: ${r.pilot.acceptable} of ${r.pilot.respondents} respondents rate AI-Box acceptable or better (${r.pilot.survey} ${r.pilot.question} >= ${r.pilot.acceptableFrom}); the criterion is ${r.pilot.needed} of ${r.pilot.of}: ${r.pilot.met ? 'met' : 'not met'}.`,
    );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * One CSV a spreadsheet opens: RFC 4180 quoting, CRLF lines, a header row, one fact per row. A cell that starts
 * with = + - @ is prefixed with ' so a comment cannot become a formula.
 */
export function reportCsv(r: Report): string {
  const esc = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows: (string | number | null)[][] = [['section', 'subject', 'week', 'item', 'value', 'text']];
  for (const p of r.pages) {
    rows.push(
      ['page', p.page, '', 'no', p.no, ''],
      ['page', p.page, '', 'yes', p.yes, ''],
      ['page', p.page, '', 'no_share', p.noShare, ''],
    );
    for (const c of p.comments) rows.push(['comment', p.page, c.hour.slice(0, 10), c.answer, '', c.comment]);
  }
  for (const w of r.surveys) {
    rows.push(['survey', w.survey, w.week, 'responses', w.responses, '']);
    for (const [q, m] of Object.entries(w.means)) rows.push(['survey', w.survey, w.week, q, m, '']);
    for (const t of w.texts) rows.push(['survey_text', w.survey, w.week, t.question, '', t.text]);
  }
  if (r.pilot?.week)
    rows.push(
      ['pilot', r.pilot.survey, r.pilot.week, 'respondents', r.pilot.respondents, ''],
      [
        'pilot',
        r.pilot.survey,
        r.pilot.week,
        'acceptable_or_better',
        r.pilot.acceptable,
        `criterion ${r.pilot.needed} of ${r.pilot.of}: ${r.pilot.met ? 'met' : 'not met'}`,
      ],
    );
  return `${rows.map((row) => row.map(esc).join(',')).join('\r\n')}\r\n`;
}

export const reportJson = (r: Report) => `${JSON.stringify(r, null, 2)}\n`;
