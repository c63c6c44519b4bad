/**
 * The collector's SQLite database (better-sqlite3): WAL mode with synchronous=FULL, so an insert has reached
 * the disk when it returns and an answer acknowledged afterwards survives a crash, a SIGKILL or a power cut.
 * Per answer it keeps the page or survey, the answers, the comment and the hour; nothing about the sender. Per
 * support ticket event it keeps the ticket id, the tier, the event and its time.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {Survey} from '../content/schemas';
import type {FeedbackPayload} from '../content/feedback';
import type {SupportEvent, SurveyAnswers} from './input';
import {pilotRating, type MetricsSnapshot} from './stats';

/** 2 added support_event. Every table is created if missing, so opening an older file migrates it. */
const SCHEMA_VERSION = 2;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS page_feedback (
  id INTEGER PRIMARY KEY,
  page TEXT NOT NULL,
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
  comment TEXT NOT NULL DEFAULT '',
  hour TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS page_feedback_hour ON page_feedback (hour);
CREATE TABLE IF NOT EXISTS survey (
  id TEXT PRIMARY KEY,
  audience TEXT NOT NULL,
  cadence TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS survey_question (
  survey TEXT NOT NULL,
  question TEXT NOT NULL,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  acceptable_from INTEGER,
  PRIMARY KEY (survey, question)
);
CREATE TABLE IF NOT EXISTS survey_response (
  id INTEGER PRIMARY KEY,
  survey TEXT NOT NULL,
  hour TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS survey_response_hour ON survey_response (hour);
CREATE TABLE IF NOT EXISTS survey_answer (
  response INTEGER NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  score INTEGER CHECK (score BETWEEN 1 AND 5),
  text TEXT,
  PRIMARY KEY (response, question)
);
CREATE TABLE IF NOT EXISTS support_event (
  ticket TEXT NOT NULL,
  event TEXT NOT NULL CHECK (event IN ('opened', 'resolved')),
  tier INTEGER NOT NULL CHECK (tier BETWEEN 0 AND 3),
  at INTEGER NOT NULL,
  PRIMARY KEY (ticket, event)
);
`;

export interface FeedbackRow extends FeedbackPayload {
  id: number;
  hour: string;
}
export interface SurveyAnswerRow {
  response: number;
  survey: string;
  hour: string;
  question: string;
  score: number | null;
  text: string | null;
}
export interface QuestionRow {
  survey: string;
  audience: string;
  question: string;
  position: number;
  type: 'scale' | 'text';
  text: string;
  acceptable_from: number | null;
}

export type Store = ReturnType<typeof openStore>;

/** Opens (or creates) the database at `file`; the same file can be reopened after any crash. */
export function openStore(file: string) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), {recursive: true});
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', {simple: true}) as number;
  if (version > SCHEMA_VERSION)
    throw new Error(`${file}: written by a newer collector (schema ${version}, this one knows ${SCHEMA_VERSION})`);
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);

  const insertFeedback = db.prepare('INSERT INTO page_feedback (page, answer, comment, hour) VALUES (?, ?, ?, ?)');
  const amend = db.prepare("UPDATE page_feedback SET comment = ? WHERE id = ? AND comment = ''");
  const insertResponse = db.prepare('INSERT INTO survey_response (survey, hour) VALUES (?, ?)');
  const insertAnswer = db.prepare('INSERT INTO survey_answer (response, question, score, text) VALUES (?, ?, ?, ?)');
  const recordSurvey = db.transaction((survey: string, answers: SurveyAnswers, hour: string) => {
    const id = Number(insertResponse.run(survey, hour).lastInsertRowid);
    for (const [q, v] of Object.entries(answers))
      insertAnswer.run(id, q, typeof v === 'number' ? v : null, typeof v === 'string' ? v : null);
    return id;
  });
  const defineSurveys = db.transaction((surveys: readonly Survey[]) => {
    for (const s of surveys) {
      db.prepare('INSERT OR REPLACE INTO survey (id, audience, cadence) VALUES (?, ?, ?)').run(
        s.id,
        s.audience,
        s.cadence,
      );
      db.prepare('DELETE FROM survey_question WHERE survey = ?').run(s.id);
      s.questions.forEach((q, i) =>
        db
          .prepare(
            'INSERT INTO survey_question (survey, question, position, type, text, acceptable_from) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(s.id, q.id, i, q.type, q.text, q.type === 'scale' ? (q.acceptable_from ?? null) : null),
      );
    }
  });
  const insertSupport = db.prepare('INSERT INTO support_event (ticket, event, tier, at) VALUES (?, ?, ?, ?)');
  const supportOf = db.prepare('SELECT ticket AS id, tier, event, at FROM support_event WHERE ticket = ?');
  const questions = () =>
    db
      .prepare(
        `SELECT q.survey, s.audience, q.question, q.position, q.type, q.text, q.acceptable_from
         FROM survey_question q JOIN survey s ON s.id = q.survey ORDER BY q.survey, q.position`,
      )
      .all() as QuestionRow[];

  return {
    file,
    recordFeedback: (p: FeedbackPayload, hour: string) =>
      Number(insertFeedback.run(p.page, p.answer, p.comment, hour).lastInsertRowid),
    /** Adds the comment to an answer stored without one; false when there is no such answer. */
    amendComment: (id: number, comment: string) => amend.run(comment, id).changes === 1,
    recordSurvey: (survey: string, answers: SurveyAnswers, hour: string) => recordSurvey(survey, answers, hour),
    /** Keeps the surveys' questions beside the answers, so a report needs only the database. */
    defineSurveys: (surveys: readonly Survey[]) => defineSurveys(surveys),
    questions,
    /** The stored events of one ticket: none, opened, resolved or both. */
    supportEvents: (ticket: string) => supportOf.all(ticket) as SupportEvent[],
    recordSupport: (e: SupportEvent) => void insertSupport.run(e.id, e.event, e.tier, e.at),
    counts: () => ({
      feedback: (db.prepare('SELECT count(*) AS n FROM page_feedback').get() as {n: number}).n,
      responses: (db.prepare('SELECT count(*) AS n FROM survey_response').get() as {n: number}).n,
      support: (db.prepare('SELECT count(*) AS n FROM support_event').get() as {n: number}).n,
    }),
    feedbackRows: (since = '') =>
      db
        .prepare('SELECT id, page, answer, comment, hour FROM page_feedback WHERE hour >= ? ORDER BY id')
        .all(since) as FeedbackRow[],
    surveyAnswerRows: (since = '') =>
      db
        .prepare(
          `SELECT r.id AS response, r.survey, r.hour, a.question, a.score, a.text
           FROM survey_response r JOIN survey_answer a ON a.response = r.id WHERE r.hour >= ? ORDER BY r.id, a.question`,
        )
        .all(since) as SurveyAnswerRow[],
    metrics: (): MetricsSnapshot => {
      const rating = questions().find((q) => q.audience === 'pilot' && q.acceptable_from !== null);
      const ratings = rating
        ? (db
            .prepare(
              `SELECT a.score, r.hour FROM survey_answer a JOIN survey_response r ON r.id = a.response
               WHERE r.survey = ? AND a.question = ? AND a.score IS NOT NULL`,
            )
            .all(rating.survey, rating.question) as {score: number; hour: string}[])
        : [];
      return {
        feedback: db
          .prepare(
            'SELECT page, answer, count(*) AS count FROM page_feedback GROUP BY page, answer ORDER BY page, answer',
          )
          .all() as MetricsSnapshot['feedback'],
        surveys: db
          .prepare(
            `SELECT s.id AS survey, count(r.id) AS count FROM survey s LEFT JOIN survey_response r ON r.survey = s.id
             GROUP BY s.id ORDER BY s.id`,
          )
          .all() as MetricsSnapshot['surveys'],
        means: db
          .prepare(
            `SELECT r.survey, a.question, avg(a.score) AS mean FROM survey_answer a JOIN survey_response r ON r.id = a.response
             WHERE a.score IS NOT NULL GROUP BY r.survey, a.question ORDER BY r.survey, a.question`,
          )
          .all() as MetricsSnapshot['means'],
        pilot: pilotRating(ratings, rating?.acceptable_from ?? null),
        support: {
          events: db
            .prepare(
              'SELECT event, tier, count(*) AS count FROM support_event GROUP BY event, tier ORDER BY event, tier',
            )
            .all() as MetricsSnapshot['support']['events'],
          resolutions: db
            .prepare(
              `SELECT r.tier, (r.at - o.at) / 1000.0 AS seconds FROM support_event r
               JOIN support_event o ON o.ticket = r.ticket AND o.event = 'opened'
               WHERE r.event = 'resolved' ORDER BY r.tier, seconds`,
            )
            .all() as MetricsSnapshot['support']['resolutions'],
        },
      };
    },
    /** Deletes answers stored before `hour` (retention); returns how many of each went. */
    prune: (hour: string) =>
      db.transaction(() => ({
        feedback: db.prepare('DELETE FROM page_feedback WHERE hour < ?').run(hour).changes,
        responses: db.prepare('DELETE FROM survey_response WHERE hour < ?').run(hour).changes,
      }))(),
    close: () => db.close(),
  };
}
