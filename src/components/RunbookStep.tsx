import React, {type ReactNode} from 'react';
import {useIncident} from './IncidentMode';

/** One `:::step` block: a section with its numbered heading, plus a "done" tick once JavaScript runs. */
export default function RunbookStep({
  step,
  title,
  children,
}: {
  step: number | string;
  title?: string;
  children: ReactNode;
}): ReactNode {
  const api = useIncident();
  const n = Number(step);
  const tick = api?.state.ticks[n];
  return (
    <section className={`runbook-step${tick ? ' runbook-step--done' : ''}`} data-step={n}>
      {children}
      {api && (
        <label className="runbook-step__tick">
          <input type="checkbox" checked={Boolean(tick)} onChange={() => api.toggle(n, title ?? `Step ${n}`)} /> Step{' '}
          {n} done
          {tick && <span className="runbook-step__time"> at {new Date(tick.at).toISOString().slice(11, 19)} UTC</span>}
        </label>
      )}
    </section>
  );
}
