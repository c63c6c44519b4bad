import type {ContentRecord} from './records';

export interface FreshnessItem {
  file: string;
  route: string;
  title: string;
  owner: string;
  /** review: page past its review date; exercise: runbook past its exercise interval. */
  reason: 'review' | 'exercise';
  since: string;
  due: string;
  daysOverdue: number;
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => toIso(new Date(toDate(iso).getTime() + days * DAY));

/** Everything about one page that is overdue on `today` (an ISO date; tests pin it). */
export function freshnessOf(record: ContentRecord, today: string): FreshnessItem[] {
  const items: FreshnessItem[] = [];
  const base = {file: record.file, route: record.route, title: record.data.title, owner: record.data.owner};
  const push = (reason: FreshnessItem['reason'], since: string, every: number) => {
    const due = addDays(since, every);
    if (due < today)
      items.push({
        ...base,
        reason,
        since,
        due,
        daysOverdue: Math.round((toDate(today).getTime() - toDate(due).getTime()) / DAY),
      });
  };
  push('review', record.data.last_reviewed, record.data.review_every_days);
  if (record.type === 'runbook') push('exercise', record.data.last_exercised, record.data.exercise_every_days);
  return items;
}

export function freshnessReport(records: readonly ContentRecord[], today: string): Map<string, FreshnessItem[]> {
  const byOwner = new Map<string, FreshnessItem[]>();
  for (const item of records.flatMap((r) => freshnessOf(r, today))) {
    byOwner.set(item.owner, [...(byOwner.get(item.owner) ?? []), item]);
  }
  for (const items of byOwner.values())
    items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));
  return new Map([...byOwner.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export const todayIso = (env: NodeJS.ProcessEnv = process.env) => env.AIBOX_TODAY || toIso(new Date());
