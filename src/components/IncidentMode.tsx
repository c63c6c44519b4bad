import React, {createContext, useCallback, useContext, useEffect, useState, type ReactNode} from 'react';
import {parseState, storageKey, timelineMarkdown, type IncidentState} from './incidentState';

interface IncidentApi {
  state: IncidentState;
  toggle(step: number, title: string): void;
  /** Clears every tick and returns what was there, so the reader can undo. */
  reset(): IncidentState;
  restore(previous: IncidentState): void;
  copy(): Promise<boolean>;
}

const IncidentContext = createContext<IncidentApi | null>(null);

/**
 * Incident mode: ticks on runbook steps, timestamped and kept in local storage across reloads.
 * Nothing renders until the browser has hydrated, so without JavaScript the page is the plain numbered list.
 */
export function IncidentProvider({
  file,
  title,
  children,
}: {
  file: string;
  title: string;
  children: ReactNode;
}): ReactNode {
  const [state, setState] = useState<IncidentState | null>(null);
  useEffect(() => setState(parseState(window.localStorage.getItem(storageKey(file)))), [file]);
  const save = useCallback(
    (next: IncidentState) => {
      setState(next);
      if (Object.keys(next.ticks).length) window.localStorage.setItem(storageKey(file), JSON.stringify(next));
      else window.localStorage.removeItem(storageKey(file));
    },
    [file],
  );
  const api: IncidentApi | null = state && {
    state,
    toggle(step, stepTitle) {
      const ticks = {...state.ticks};
      if (ticks[step]) delete ticks[step];
      else ticks[step] = {at: new Date().toISOString(), title: stepTitle};
      save({ticks});
    },
    reset() {
      save({ticks: {}});
      return state;
    },
    restore: (previous) => save(previous),
    async copy() {
      const text = timelineMarkdown(title, window.location.href.split('#')[0], state);
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
  return <IncidentContext.Provider value={api}>{children}</IncidentContext.Provider>;
}

export const useIncident = () => useContext(IncidentContext);

/**
 * The bar over a runbook's steps: it stays in view while the reader scrolls (sticky, under the navbar). Reset
 * clears at once and offers Undo until the next tick, rather than asking: one click, nothing lost.
 */
export function IncidentToolbar(): ReactNode {
  const api = useIncident();
  const [copied, setCopied] = useState<string>('');
  const [undo, setUndo] = useState<IncidentState | null>(null);
  if (!api) return null;
  const count = Object.keys(api.state.ticks).length;
  return (
    <div className="incident-toolbar" role="group" aria-label="Incident mode">
      <span>
        Incident mode: {count} step{count === 1 ? '' : 's'} done
      </span>
      <button
        type="button"
        className="button button--sm button--primary"
        onClick={async () => setCopied((await api.copy()) ? 'Timeline copied' : 'Copy failed: select the text by hand')}
      >
        Copy timeline
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        disabled={count === 0}
        onClick={() => {
          const previous = api.reset();
          setUndo(previous);
          const n = Object.keys(previous.ticks).length;
          setCopied(`Cleared ${n} tick${n === 1 ? '' : 's'}.`);
        }}
      >
        Reset
      </button>
      {undo && count === 0 && (
        <button
          type="button"
          className="button button--sm button--outline button--primary"
          onClick={() => {
            api.restore(undo);
            setUndo(null);
            setCopied('Ticks restored.');
          }}
        >
          Undo reset
        </button>
      )}
      <span aria-live="polite" className="incident-toolbar__status">
        {copied}
      </span>
    </div>
  );
}
