/** Ticked steps of one incident, kept in the browser: step number to the ISO time it was ticked. */
export interface IncidentState {
  ticks: Record<string, {at: string; title: string}>;
}

export const storageKey = (file: string) => `aibox-incident:${file}`;

export function parseState(raw: string | null): IncidentState {
  if (!raw) return {ticks: {}};
  try {
    const parsed = JSON.parse(raw) as IncidentState;
    return parsed && typeof parsed.ticks === 'object' && parsed.ticks ? parsed : {ticks: {}};
  } catch {
    return {ticks: {}};
  }
}

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/** Markdown for the post-incident review: ticked steps in the order they were done. */
export function timelineMarkdown(runbookTitle: string, url: string, state: IncidentState): string {
  const rows = Object.entries(state.ticks)
    .map(([n, t]) => ({n: Number(n), ...t}))
    .sort((a, b) => a.at.localeCompare(b.at) || a.n - b.n);
  const lines = [`### Incident timeline: ${runbookTitle}`, '', `Runbook: ${url}`, ''];
  if (!rows.length) lines.push('No steps ticked yet.');
  for (const r of rows) lines.push(`- ${utc(r.at)}: step ${r.n}, ${r.title}`);
  return `${lines.join('\n')}\n`;
}
