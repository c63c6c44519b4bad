// The query-time loop of the search figures, shared by the Node measurement (searchBench.ts) and the browser
// one (searchBrowserBench.ts, which bundles this file with the engine), so both time exactly the same thing.

/** What the loop needs of the search engine (src/search/engine.ts). */
export interface Searchable {
  search(query: string): unknown;
}

/** Milliseconds per query, `rounds` times each, after one pass that warms the JIT; sorted ascending. */
export function timeQueries(engine: Searchable, queries: string[], rounds: number): number[] {
  for (const q of queries) engine.search(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      engine.search(q);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
