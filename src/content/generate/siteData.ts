import {exercises, faqs, runbooks, type Corpus} from '../records';
import {freshnessOf, type FreshnessItem} from '../freshness';
import {latestExercises} from '../queries';
import {codeEntries} from './doctorMap';
import {referenceSchemas} from './jsonSchema';
import {RESOLUTION_TIERS} from '../enums';

/** A runbook named by id in the exercise log, as a link when the runbook exists. */
function runbookLink(corpus: Corpus, id: string): {id: string; title: string | null; route: string | null} {
  const r = runbooks(corpus).find((x) => x.id === id);
  return {id, title: r?.data.title ?? null, route: r?.route ?? null};
}

/**
 * Everything the theme components render, derived from the validated corpus. Each list becomes its own data
 * module, imported only by the component that shows it; per-page parts travel with the page (pageMetaByFile).
 */
export function buildSiteData(corpus: Corpus, today: string) {
  const latest = latestExercises(corpus);
  const freshness = new Map(corpus.records.map((r) => [r.file, freshnessOf(r, today)]));
  return {
    today,
    codes: codeEntries(corpus),
    faqs: faqs(corpus).map((r) => ({
      file: r.file,
      route: r.route,
      title: r.data.title,
      description: r.data.description,
      category: r.data.category,
      codes: r.data.error_codes,
      tier: r.data.resolution_tier,
      tierLabel: RESOLUTION_TIERS[r.data.resolution_tier],
      os: r.data.applies_to.os,
      ide: r.data.applies_to.ide,
      status: r.data.status,
    })),
    runbooks: runbooks(corpus).map((r) => {
      const d = r.data;
      const overdue = freshness.get(r.file)!.find((f) => f.reason === 'exercise');
      const log = latest.get(r.id);
      return {
        file: r.file,
        id: r.id,
        route: r.route,
        title: d.title,
        description: d.description,
        kind: d.kind,
        service: d.service,
        owner: d.owner,
        alerts: d.alerts,
        lastExercised: d.last_exercised,
        exerciseEveryDays: d.exercise_every_days,
        exerciseOverdueDays: overdue?.daysOverdue ?? null,
        latestExerciseRoute: log?.route ?? null,
        ...(d.kind === 'disaster-recovery'
          ? {
              severity: d.severity,
              rto: d.rto,
              rpo: d.rpo,
              escalation: d.escalation,
              errorCodes: d.error_codes,
              cadence: null,
            }
          : {severity: null, rto: null, rpo: null, escalation: null, errorCodes: [], cadence: d.cadence}),
      };
    }),
    exercises: exercises(corpus)
      .map((e) => ({
        file: e.file,
        route: e.route,
        ...e.data,
        runbookLinks: e.data.runbooks.map((id) => runbookLink(corpus, id)),
      }))
      .sort((a, b) => b.date.localeCompare(a.date)),
    freshness: Object.fromEntries([...freshness].filter(([, items]) => items.length)) as Record<
      string,
      FreshnessItem[]
    >,
    schemas: referenceSchemas(),
  };
}
export type SiteData = ReturnType<typeof buildSiteData>;
export type SiteRunbook = SiteData['runbooks'][number];
export type SiteExercise = SiteData['exercises'][number];

/** What the content model knows about one page, shown under its title: freshness notice and summary card. */
export interface PageMeta {
  freshness: FreshnessItem[];
  runbook?: SiteRunbook;
  faq?: SiteData['faqs'][number];
  exercise?: SiteExercise;
}

/** The per-page part of the site data, by file relative to the site; only pages with something to show appear. */
export function pageMetaByFile(data: SiteData): Record<string, PageMeta> {
  const out: Record<string, PageMeta> = {};
  const at = (file: string) => (out[file] ??= {freshness: []});
  for (const [file, items] of Object.entries(data.freshness)) at(file).freshness = items;
  for (const r of data.runbooks) at(r.file).runbook = r;
  for (const f of data.faqs) at(f.file).faq = f;
  for (const e of data.exercises) at(e.file).exercise = e;
  return out;
}

/** The site-wide lists, one data module each, by module name. */
export function dataModules(data: SiteData): Record<string, unknown> {
  const {codes, faqs, runbooks: rb, exercises: ex, schemas} = data;
  return {codes, faqs, runbooks: rb, exercises: ex, schemas};
}
