import {parser} from '@prometheus-io/lezer-promql';
import type {SyntaxNode} from '@lezer/common';
import type {Metric} from './schemas';

/**
 * What the metrics rules need to know about one PromQL expression, read from the parse tree of Prometheus' own
 * grammar (@prometheus-io/lezer-promql), never from regular expressions over the text.
 */

/** A metric name as written, and the catalogue record it resolves to (a histogram's _bucket, _sum or _count too). */
export interface SelectorUse {
  name: string;
  metric?: Metric;
  /** Labels the series carry: the record's, plus le on a histogram's _bucket. */
  labels: Set<string>;
  matchers: string[];
}

export type PromqlProblem =
  | {kind: 'syntax'; column: number; near: string}
  | {kind: 'undeclared'; name: string}
  | {kind: 'label'; metric: string; label: string; known: string[]}
  | {kind: 'rate-of-gauge'; fn: string; metric: string};

/** The kind of number an expression yields: a 0-1 ratio, a plain number, or the unit of the metrics behind it. */
type Unit = {kind: 'ratio'} | {kind: 'number'} | {kind: 'unit'; unit: string} | {kind: 'unknown'};

export interface PromqlAnalysis {
  problems: PromqlProblem[];
  /** True when the expression yields a dimensionless 0-1 ratio (a share, an availability). */
  ratio: boolean;
  /** Metrics of the ratio's numerator, to name in an error. */
  ratioMetrics: string[];
  /** Labels the result keeps; undefined for a scalar result. */
  resultLabels?: Set<string>;
  /** True when some division has a sum() on both sides. */
  dividesSums: boolean;
  /** The first sum() that drops a label, by label, with the metric it sums. */
  droppedBy: (label: string) => string | undefined;
  /** Every label any metric of the expression carries. */
  allLabels: Set<string>;
}

const HISTOGRAM_SUFFIXES = ['_bucket', '_sum', '_count'] as const;
const RATE_FUNCTIONS = new Set(['rate', 'increase', 'irate']);
const WHOLE_SERIES_FUNCTIONS = new Set(['time', 'vector', 'scalar', 'pi']);
// Functions of a value with no series argument (hour() and friends): a label-less vector.
const CLOCK_FUNCTIONS = new Set([
  'hour',
  'minute',
  'month',
  'year',
  'day_of_month',
  'day_of_week',
  'day_of_year',
  'days_in_month',
]);
const KEEP_ALL_AGGREGATES = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);
const EXPR_NODES = new Set([
  'AggregateExpr',
  'BinaryExpr',
  'FunctionCall',
  'MatrixSelector',
  'NumberDurationLiteral',
  'OffsetExpr',
  'AnchoredExpr',
  'SmoothedExpr',
  'ParenExpr',
  'StringLiteral',
  'SubqueryExpr',
  'UnaryExpr',
  'VectorSelector',
  'StepInvariantExpr',
]);
const BINARY_OPS = new Set([
  'Pow',
  'Mul',
  'Div',
  'Mod',
  'Atan2',
  'Add',
  'Sub',
  'Eql',
  'Gte',
  'Gtr',
  'Lte',
  'Lss',
  'Neq',
  'And',
  'Unless',
  'Or',
]);
const COMPARISONS = new Set(['Eql', 'Gte', 'Gtr', 'Lte', 'Lss', 'Neq']);

const children = (n: SyntaxNode): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
};
const exprChildren = (n: SyntaxNode) => children(n).filter((c) => EXPR_NODES.has(c.name));

/** Resolves a metric name against the catalogue: the record itself, or a histogram's derived series. */
export function resolveMetric(name: string, catalogue: ReadonlyMap<string, Metric>): SelectorUse {
  const own = catalogue.get(name);
  if (own) return {name, metric: own, labels: new Set(own.labels), matchers: []};
  for (const suffix of HISTOGRAM_SUFFIXES) {
    const base = catalogue.get(name.slice(0, -suffix.length));
    if (name.endsWith(suffix) && base?.type === 'histogram') {
      const labels = new Set(base.labels);
      if (suffix === '_bucket') labels.add('le');
      // The derived series are counters, whatever the histogram's own record says.
      return {name, metric: {...base, name, type: 'counter'}, labels, matchers: []};
    }
  }
  return {name, labels: new Set(), matchers: []};
}

/** Parses and analyses one expression; `problems` is empty when every metric and label is declared. */
export function analysePromql(expr: string, catalogue: ReadonlyMap<string, Metric>): PromqlAnalysis {
  const tree = parser.parse(expr);
  const problems: PromqlProblem[] = [];
  let syntax: SyntaxNode | undefined;
  tree.iterate({
    enter: (n) => {
      if (!syntax && n.type.isError) syntax = n.node;
      return !syntax;
    },
  });
  const empty: PromqlAnalysis = {
    problems,
    ratio: false,
    ratioMetrics: [],
    dividesSums: false,
    droppedBy: () => undefined,
    allLabels: new Set(),
  };
  if (syntax) {
    const at = syntax.from;
    problems.push({kind: 'syntax', column: at + 1, near: expr.slice(Math.max(0, at - 20), at + 20).trim()});
    return empty;
  }
  const text = (n: SyntaxNode) => expr.slice(n.from, n.to);
  const selectorOf = new Map<number, SelectorUse>();
  const reported = new Set<string>();
  const report = (p: PromqlProblem) => {
    const key = JSON.stringify(p);
    if (!reported.has(key)) problems.push(p);
    reported.add(key);
  };

  // Every selector: declared, and its matchers name its labels.
  const top = tree.topNode;
  const selectors = (n: SyntaxNode): SyntaxNode[] => {
    const found: SyntaxNode[] = [];
    const cursor = n.cursor();
    do if (cursor.name === 'VectorSelector') found.push(cursor.node);
    while (cursor.next() && cursor.from < n.to);
    return found.filter((s) => s.from >= n.from && s.to <= n.to);
  };
  for (const s of selectors(top)) {
    const id = s.getChild('Identifier');
    if (!id) continue;
    const use = resolveMetric(text(id), catalogue);
    selectorOf.set(s.from, use);
    if (!use.metric) {
      report({kind: 'undeclared', name: use.name});
      continue;
    }
    for (const m of s.getChild('LabelMatchers')?.getChildren('UnquotedLabelMatcher') ?? []) {
      const label = text(m.getChild('LabelName')!);
      use.matchers.push(label);
      if (label !== '__name__' && !use.labels.has(label))
        report({kind: 'label', metric: use.name, label, known: [...use.labels]});
    }
  }
  const usesIn = (n: SyntaxNode) => selectors(n).flatMap((s) => selectorOf.get(s.from) ?? []);

  // by (...) and without (...) name labels that the aggregated metrics carry.
  const aggregates: SyntaxNode[] = [];
  const cursor = top.cursor();
  do if (cursor.name === 'AggregateExpr') aggregates.push(cursor.node);
  while (cursor.next());
  for (const agg of aggregates) {
    const grouping = agg.getChild('AggregateModifier')?.getChild('GroupingLabels');
    const uses = usesIn(agg).filter((u) => u.metric);
    if (!grouping || !uses.length) continue;
    const carried = new Set(uses.flatMap((u) => [...u.labels]));
    for (const l of grouping.getChildren('LabelName')) {
      const label = text(l);
      if (!carried.has(label))
        report({kind: 'label', metric: uses.map((u) => u.name).join(', '), label, known: [...carried]});
    }
  }

  // rate() and increase() of a gauge: the result is meaningless (a gauge going down reads as a counter reset).
  const calls: SyntaxNode[] = [];
  const c2 = top.cursor();
  do if (c2.name === 'FunctionCall') calls.push(c2.node);
  while (c2.next());
  for (const call of calls) {
    const fn = text(call.getChild('FunctionIdentifier')!);
    if (!RATE_FUNCTIONS.has(fn)) continue;
    for (const u of usesIn(call)) if (u.metric?.type === 'gauge') report({kind: 'rate-of-gauge', fn, metric: u.name});
  }

  const labelsOf = (n: SyntaxNode): Set<string> | undefined => {
    switch (n.name) {
      case 'PromQL':
      case 'ParenExpr':
      case 'MatrixSelector':
      case 'OffsetExpr':
      case 'SubqueryExpr':
      case 'StepInvariantExpr':
      case 'AnchoredExpr':
      case 'SmoothedExpr':
      case 'UnaryExpr': {
        const inner = exprChildren(n)[0];
        return inner ? labelsOf(inner) : undefined;
      }
      case 'VectorSelector':
        return new Set(selectorOf.get(n.from)?.labels ?? []);
      case 'NumberDurationLiteral':
      case 'StringLiteral':
        return undefined;
      case 'AggregateExpr': {
        const op = text(n.getChild('AggregateOp')!);
        const body = n.getChild('FunctionCallBody');
        const args = body ? exprChildren(body) : [];
        const inner = args.length ? labelsOf(args[args.length - 1]) : undefined;
        const modifier = n.getChild('AggregateModifier');
        const named = new Set(
          modifier?.getChild('GroupingLabels')?.getChildren('LabelName').map(text) ?? ([] as string[]),
        );
        if (KEEP_ALL_AGGREGATES.has(op)) return inner;
        if (modifier?.getChild('By')) return named;
        if (modifier?.getChild('Without')) return new Set([...(inner ?? [])].filter((l) => !named.has(l)));
        return new Set();
      }
      case 'FunctionCall': {
        const fn = text(n.getChild('FunctionIdentifier')!);
        const body = n.getChild('FunctionCallBody');
        const args = body ? exprChildren(body) : [];
        if (WHOLE_SERIES_FUNCTIONS.has(fn)) return fn === 'vector' ? new Set() : undefined;
        if (fn === 'absent' || fn === 'absent_over_time') return new Set();
        if (CLOCK_FUNCTIONS.has(fn) && !args.length) return new Set();
        if (fn === 'histogram_quantile') {
          const inner = args[1] ? labelsOf(args[1]) : undefined;
          return new Set([...(inner ?? [])].filter((l) => l !== 'le'));
        }
        const vectorArg = args.find((a) => labelsOf(a) !== undefined);
        return vectorArg ? labelsOf(vectorArg) : undefined;
      }
      case 'BinaryExpr': {
        const [lhs, rhs] = exprChildren(n);
        const op = children(n).find((c) => BINARY_OPS.has(c.name))?.name;
        const l = labelsOf(lhs);
        const r = labelsOf(rhs);
        if (!l) return r;
        if (!r) return l;
        if (op === 'Or') return new Set([...l, ...r]);
        if (n.getChild('MatchingModifierClause')?.getChild('GroupRight')) return r;
        return l;
      }
      default:
        return undefined;
    }
  };

  const unitOf = (n: SyntaxNode): Unit => {
    switch (n.name) {
      case 'PromQL':
      case 'ParenExpr':
      case 'MatrixSelector':
      case 'OffsetExpr':
      case 'SubqueryExpr':
      case 'StepInvariantExpr':
      case 'AnchoredExpr':
      case 'SmoothedExpr':
      case 'UnaryExpr': {
        const inner = exprChildren(n)[0];
        return inner ? unitOf(inner) : {kind: 'unknown'};
      }
      case 'VectorSelector': {
        const m = selectorOf.get(n.from)?.metric;
        return m ? {kind: 'unit', unit: m.unit} : {kind: 'unknown'};
      }
      case 'NumberDurationLiteral':
        return {kind: 'number'};
      case 'AggregateExpr': {
        const op = text(n.getChild('AggregateOp')!);
        const body = n.getChild('FunctionCallBody');
        const args = body ? exprChildren(body) : [];
        if (op === 'count' || op === 'count_values') return {kind: 'unit', unit: 'series'};
        const inner = args.length ? unitOf(args[args.length - 1]) : {kind: 'unknown' as const};
        return op === 'avg' ? averaged(inner) : inner;
      }
      case 'FunctionCall': {
        const fn = text(n.getChild('FunctionIdentifier')!);
        const body = n.getChild('FunctionCallBody');
        const args = body ? exprChildren(body) : [];
        if (fn === 'time') return {kind: 'unit', unit: 'Unix time, seconds'};
        if (fn === 'count_over_time') return {kind: 'unit', unit: 'samples'};
        if (fn === 'histogram_quantile') return args[1] ? unitOf(args[1]) : {kind: 'unknown'};
        const inner = args.length ? unitOf(args[args.length - 1]) : {kind: 'unknown' as const};
        return fn === 'avg_over_time' ? averaged(inner) : args.length ? unitOf(args[0]) : {kind: 'unknown'};
      }
      case 'BinaryExpr': {
        const [lhs, rhs] = exprChildren(n);
        const op = children(n).find((c) => BINARY_OPS.has(c.name))?.name ?? '';
        const l = unitOf(lhs);
        const r = unitOf(rhs);
        if (COMPARISONS.has(op) || op === 'And' || op === 'Unless') return l;
        if (op === 'Div') {
          if (l.kind === 'unit' && r.kind === 'unit' && l.unit === r.unit) return {kind: 'ratio'};
          if (l.kind === 'ratio' && r.kind === 'number') return {kind: 'unknown'};
          return r.kind === 'number' ? l : {kind: 'unknown'};
        }
        if (op === 'Add' || op === 'Sub' || op === 'Or') {
          if (l.kind === 'number') return r;
          if (r.kind === 'number') return l;
          return sameUnit(l, r) ? l : {kind: 'unknown'};
        }
        if (op === 'Mul') return l.kind === 'number' ? r : r.kind === 'number' ? l : {kind: 'unknown'};
        return {kind: 'unknown'};
      }
      default:
        return {kind: 'unknown'};
    }
  };

  // Divisions with a sum() on both sides, and which sums drop which labels.
  const sums = aggregates.filter((a) => text(a.getChild('AggregateOp')!) === 'sum');
  let dividesSums = false;
  let ratioMetrics: string[] = [];
  const walk = (n: SyntaxNode) => {
    if (n.name === 'BinaryExpr' && children(n).some((c) => c.name === 'Div')) {
      const [lhs, rhs] = exprChildren(n);
      const within = (side: SyntaxNode) => sums.some((s) => s.from >= side.from && s.to <= side.to);
      if (within(lhs) && within(rhs)) dividesSums = true;
      if (!ratioMetrics.length) ratioMetrics = usesIn(lhs).map((u) => u.name);
    }
    for (const c of children(n)) walk(c);
  };
  walk(top);
  const droppedBy = (label: string) => {
    for (const s of sums) {
      const kept = labelsOf(s);
      const inner = usesIn(s);
      if (kept && !kept.has(label) && inner.some((u) => u.labels.has(label))) return inner[0].name;
    }
    return undefined;
  };
  const ratio = unitOf(top).kind === 'ratio';
  return {
    problems,
    ratio,
    ratioMetrics: ratioMetrics.length ? ratioMetrics : usesIn(top).map((u) => u.name),
    resultLabels: labelsOf(top),
    dividesSums,
    droppedBy,
    allLabels: new Set(usesIn(top).flatMap((u) => [...u.labels])),
  };
}

// A 0-1 metric (a probe result) averaged over time or series is the share of time or series it was 1.
function averaged(u: Unit): Unit {
  return u.kind === 'unit' && u.unit.startsWith('0-1') ? {kind: 'ratio'} : u;
}
const sameUnit = (a: Unit, b: Unit) =>
  a.kind === b.kind && (a.kind !== 'unit' || (b.kind === 'unit' && a.unit === b.unit));

/**
 * The catalogue records an expression reads, by their declared names (a histogram's _bucket, _sum and _count are its
 * base name), in the order they first appear. Undeclared names are left out: metrics/undeclared reports them.
 */
export function metricsUsed(expr: string, catalogue: ReadonlyMap<string, Metric>): string[] {
  const found: string[] = [];
  parser.parse(expr).iterate({
    enter: (n) => {
      if (n.name !== 'VectorSelector') return;
      const id = n.node.getChild('Identifier');
      if (!id) return false;
      const name = expr.slice(id.from, id.to);
      const suffix = HISTOGRAM_SUFFIXES.find((s) => name.endsWith(s) && !catalogue.has(name));
      const base = suffix ? name.slice(0, -suffix.length) : name;
      if (catalogue.has(base) && !found.includes(base)) found.push(base);
      return false;
    },
  });
  return found;
}

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface LabelMatcher {
  label: string;
  op: MatchOp;
  /** The value as PromQL reads it, quotes and escapes resolved. */
  value: string;
}

/** A PromQL string literal's value: backticks are raw, quotes take Go escapes. */
export function unquotePromql(literal: string): string {
  const body = literal.slice(1, -1);
  if (literal.startsWith('`')) return body;
  const escapes: Record<string, string> = {n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v'};
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    return escapes[e] ?? e;
  });
}

/**
 * The label matchers of every vector selector in an expression, in order, with the metric name when the selector
 * has one; undefined when the expression does not parse (metrics/promql reports that).
 */
export function selectorMatchers(expr: string): {metric?: string; matchers: LabelMatcher[]}[] | undefined {
  const tree = parser.parse(expr);
  let broken = false;
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) broken = true;
      return !broken;
    },
  });
  if (broken) return undefined;
  const text = (n: SyntaxNode) => expr.slice(n.from, n.to);
  const found: {metric?: string; matchers: LabelMatcher[]}[] = [];
  tree.iterate({
    enter: (n) => {
      if (n.name !== 'VectorSelector') return;
      const id = n.node.getChild('Identifier');
      const list = n.node.getChild('LabelMatchers');
      const matchers: LabelMatcher[] = [];
      for (const m of list ? children(list) : []) {
        const name =
          m.name === 'UnquotedLabelMatcher'
            ? m.getChild('LabelName')
            : m.name === 'QuotedLabelMatcher'
              ? m.getChild('QuotedLabelName')?.getChild('StringLiteral')
              : null;
        const op = m.getChild('MatchOp');
        const value = m.getChild('StringLiteral');
        if (!name || !op || !value) continue;
        const label = name.name === 'StringLiteral' ? unquotePromql(text(name)) : text(name);
        matchers.push({label, op: text(op) as MatchOp, value: unquotePromql(text(value))});
      }
      found.push({metric: id ? text(id) : undefined, matchers});
      return false;
    },
  });
  return found;
}
