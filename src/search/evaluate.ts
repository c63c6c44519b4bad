/** The search quality measure: a query set (tests/search/queries.tsv) run against an engine. Pure. */
import type {SearchEngine} from './engine';

export interface EvalQuery {
  query: string;
  /** Routes that answer the query; the first of them found in the results counts. */
  answers: string[];
  line: number;
}

export interface EvalMiss {
  query: string;
  answers: string[];
  /** 1-based rank of the first answer, or null when no answer is among the results. */
  rank: number | null;
  /** Routes ranked above the answer (all results shown when no answer was found, at most 5). */
  above: string[];
}

export interface EvalReport {
  queries: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Every query whose answer is not ranked first. */
  misses: EvalMiss[];
}

/** `query<TAB>route route…` per line; `#` lines and blank lines are comments. */
export function parseQueries(tsv: string): {queries: EvalQuery[]; errors: string[]} {
  const queries: EvalQuery[] = [];
  const errors: string[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const [query, routes, ...rest] = line.split('\t');
    const answers = (routes ?? '').split(/\s+/).filter(Boolean);
    if (!query?.trim() || !answers.length || rest.length || answers.some((r) => !r.startsWith('/'))) {
      errors.push(`line ${i + 1}: expected "query<TAB>/route [/route…]", found ${JSON.stringify(line)}`);
      return;
    }
    queries.push({query: query.trim(), answers: answers.map((r) => r.replace(/\/$/, '')), line: i + 1});
  });
  return {queries, errors};
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function evaluate(engine: SearchEngine, queries: EvalQuery[], depth = 20): EvalReport {
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const misses: EvalMiss[] = [];
  for (const q of queries) {
    const routes = engine.search(q.query, {limit: depth}).map((h) => h.page.route);
    const i = routes.findIndex((r) => q.answers.includes(r));
    if (i === 0) top1++;
    if (i >= 0 && i < 3) top3++;
    if (i >= 0) rr += 1 / (i + 1);
    if (i !== 0)
      misses.push({
        query: q.query,
        answers: q.answers,
        rank: i >= 0 ? i + 1 : null,
        above: i >= 0 ? routes.slice(0, i) : routes.slice(0, 5),
      });
  }
  const n = queries.length || 1;
  return {queries: queries.length, top1: round(top1 / n), top3: round(top3 / n), mrr: round(rr / n), misses};
}
