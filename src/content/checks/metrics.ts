import type {RuleId} from '../rules';
import {contentError, didYouMean, type ContentError} from '../errors';
import {opsOf, type Corpus} from '../records';
import {METRICS_FILE} from '../opsCatalogue';
import {analysePromql, type PromqlAnalysis, type PromqlProblem} from '../promql';
import type {Metric} from '../schemas';

/** The Grafana unit of a 0-1 ratio; "percent" would read 0.05 as 0.05%. */
export const RATIO_UNIT = 'percentunit';

interface Site {
  file: string;
  line: number;
  field: string;
  /** How the error names what holds the expression: "alert HarborDown" or "panel fleet-health/harbor-storage". */
  what: string;
}

const list = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/**
 * The metrics rules (issue "Monitoring as code"): every expression of an alert or panel parses as PromQL, uses only
 * metrics and labels the catalogue declares, never takes rate() or increase() of a gauge, shows a ratio as a 0-1
 * ratio, and keeps the labels a panel's title promises to split by.
 */
export function checkMetrics(corpus: Corpus): ContentError[] {
  const ops = opsOf(corpus);
  if (!ops.metrics) return [];
  const catalogue = new Map(ops.metrics.map((m) => [m.data.name, m.data]));
  const rejected = new Set(ops.rejectedMetrics ?? []);
  const errors: ContentError[] = [];
  for (const a of ops.alerts) {
    const site: Site = {
      file: a.file,
      line: a.fieldLines.expr ?? a.line,
      field: `${a.data.name}.expr`,
      what: `alert ${a.data.name}`,
    };
    errors.push(...problems(site, analysePromql(a.data.expr, catalogue), catalogue, rejected));
  }
  for (const d of ops.dashboards) {
    for (const p of d.data.panels) {
      const site: Site = {
        file: d.file,
        line: d.exprLines[p.id] ?? d.panelLines[p.id] ?? d.line,
        field: `panels.${p.id}.expr`,
        what: `panel ${d.id}/${p.id}`,
      };
      const analysis = analysePromql(p.expr, catalogue);
      const found = problems(site, analysis, catalogue, rejected);
      errors.push(...found);
      if (found.length) continue;
      errors.push(...panelUnit(site, p.unit, analysis), ...titleSplit(site, p.title, analysis));
    }
  }
  return errors;
}

function problems(
  site: Site,
  analysis: PromqlAnalysis,
  catalogue: Map<string, Metric>,
  rejected: Set<string>,
): ContentError[] {
  const at = (rule: RuleId, message: string, fix: string) =>
    contentError({file: site.file, line: site.line, field: site.field, message, fix, rule});
  return analysis.problems.flatMap((p: PromqlProblem) => {
    switch (p.kind) {
      case 'syntax':
        return [
          at(
            'metrics/promql',
            `expected a PromQL expression that parses, found a syntax error in ${site.what} at column ${p.column}, near "${p.near}"`,
            'close every bracket, brace and quote; promtool check rules shows the same error on the generated rules',
          ),
        ];
      case 'undeclared': {
        if (rejected.has(p.name)) return [];
        const guess = didYouMean(p.name, [...catalogue.keys()]);
        return [
          at(
            'metrics/undeclared',
            `expected a metric declared in ${METRICS_FILE}, found ${p.name} in ${site.what}` +
              (guess ? `; did you mean ${guess}?` : ''),
            guess
              ? `rename it to ${guess}`
              : `declare ${p.name} in ${METRICS_FILE} with its type, unit, labels and source, or use a declared metric`,
          ),
        ];
      }
      case 'label': {
        const guess = didYouMean(p.label, p.known);
        return [
          at(
            'metrics/label',
            `expected a label of ${p.metric} (${p.known.join(', ') || 'it has none'}), found "${p.label}" in ${site.what}` +
              (guess ? `; did you mean "${guess}"?` : ''),
            `use a declared label, or add ${p.label} to the labels of the metric in ${METRICS_FILE} if its source emits it`,
          ),
        ];
      }
      case 'rate-of-gauge':
        return [
          at(
            'metrics/rate-of-gauge',
            `expected a counter inside ${p.fn}(), found the gauge ${p.metric} in ${site.what}`,
            'use the gauge as it is, or deriv() or delta() for how fast it changes',
          ),
        ];
    }
  });
}

/** metrics/ratio-unit: a 0-1 ratio shown in anything but Grafana's ratio unit reads as 0.05% or 0.05 developers. */
function panelUnit(site: Site, unit: string | undefined, analysis: PromqlAnalysis): ContentError[] {
  if (!analysis.ratio || unit === RATIO_UNIT) return [];
  const metrics = list([...new Set(analysis.ratioMetrics)]);
  return [
    contentError({
      file: site.file,
      line: site.line,
      field: site.field.replace(/\.expr$/, '.unit'),
      message: `expected unit ${RATIO_UNIT} for the 0-1 ratio of ${metrics} in ${site.what}, found ${unit ? `"${unit}"` : 'no unit'}`,
      fix: `set unit: ${RATIO_UNIT}; Grafana then shows 0.05 as 5%`,
      rule: 'metrics/ratio-unit',
    }),
  ];
}

/** The label words of "... by site, VPN and OS" or "... per support tier": every word after by or per. */
export function titleWords(title: string): string[] {
  const plain = title.replace(/\([^)]*\)/g, ' ');
  const m = /\b(?:by|per)\b(.*)$/i.exec(plain);
  if (!m) return [];
  return m[1]
    .split(/,|\band\b|\bby\b|\bper\b|\s+/i)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
}

/** metrics/dropped-label: a panel dividing two sums keeps every label its title says it splits by. */
function titleSplit(site: Site, title: string, analysis: PromqlAnalysis): ContentError[] {
  if (!analysis.dividesSums) return [];
  const promised = [
    ...new Set(
      titleWords(title).flatMap((w) => {
        const label = [w, w.replace(/s$/, '')].find((l) => analysis.allLabels.has(l));
        return label ? [label] : [];
      }),
    ),
  ];
  const dropped = promised.filter((l) => !analysis.resultLabels?.has(l));
  if (!dropped.length) return [];
  const metric = analysis.droppedBy(dropped[0]) ?? analysis.ratioMetrics[0];
  const by = dropped.join(', ');
  return [
    contentError({
      file: site.file,
      line: site.line,
      field: site.field,
      message: `expected the split by ${list(dropped)} that the title "${title}" names, found a sum of ${metric} in ${site.what} that drops ${dropped.length > 1 ? 'them' : 'it'}`,
      fix: `sum by (${by}) on both sides of the division, or take the split out of the title`,
      rule: 'metrics/dropped-label',
    }),
  ];
}
