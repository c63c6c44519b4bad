/**
 * The pilot's pain-point register (deliverable D3), ranked: plain functions without zod, because the register
 * page ships them to the browser. The zod schema in schemas/painPoint.ts describes the same record.
 */
export const PAIN_POINT_CATEGORIES = ['performance', 'usability', 'missing tools', 'bugs', 'policy friction'] as const;
export const PAIN_POINT_SEVERITIES = ['blocker', 'high', 'medium', 'low'] as const;
export const PAIN_POINT_STATUSES = ['open', 'fixed', 'validated'] as const;
/** The plan's pilot cohort (the `pilot-size` fact): a pain point is hit by 1 to this many developers. */
export const PILOT_COHORT = 10;
/** How many of the ranked pain points must be fixed and validated before the pilot may end. */
export const TOP_PAIN_POINTS = 5;

export type PainPointCategory = (typeof PAIN_POINT_CATEGORIES)[number];
export type PainPointSeverity = (typeof PAIN_POINT_SEVERITIES)[number];
export type PainPointStatus = (typeof PAIN_POINT_STATUSES)[number];

export interface PainPoint {
  id: string;
  title: string;
  category: PainPointCategory;
  developers: number;
  severity: PainPointSeverity;
  status: PainPointStatus;
  fix?: string;
  validated_by?: string;
  found_by: string;
}

/**
 * Most impactful first: severity, then how many pilot developers hit it, then id for a stable order. Severity
 * leads because one blocker for two developers stops their daily work, while a nuisance for eight does not.
 */
export function rankPainPoints<T extends PainPoint>(points: readonly T[]): T[] {
  const weight = (s: PainPointSeverity) => PAIN_POINT_SEVERITIES.indexOf(s);
  return [...points].sort(
    (a, b) => weight(a.severity) - weight(b.severity) || b.developers - a.developers || a.id.localeCompare(b.id),
  );
}

export interface TopFiveSummary {
  top: PainPoint[];
  validated: number;
  holds: boolean;
}

/** The pilot exit criterion "top 5 pain points identified, fixed and validated", read from the register. */
export function topFive(points: readonly PainPoint[]): TopFiveSummary {
  const top = rankPainPoints(points).slice(0, TOP_PAIN_POINTS);
  const validated = top.filter((p) => p.status === 'validated').length;
  return {top, validated, holds: top.length === TOP_PAIN_POINTS && validated === TOP_PAIN_POINTS};
}
