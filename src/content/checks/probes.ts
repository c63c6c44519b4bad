import {contentError, didYouMean, type ContentError} from '../errors';
import {opsOf, type Corpus} from '../records';
import {PROBES_FILE} from '../probes';
import {selectorMatchers, type LabelMatcher} from '../promql';
import {PROBE_JOB_PREFIX} from '../schemas';

interface Site {
  file: string;
  line: number;
  field: string;
  /** How the error names what holds the selector: "alert HarborDown", "panel fleet-health/central-services-up". */
  what: string;
  /** The label matchers of each selector at the site. */
  selectors: LabelMatcher[][];
}

/** Splits a regex on its top-level |, leaving groups, classes and escapes whole. */
export function alternatives(regex: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(regex.slice(start, i));
      start = i + 1;
    }
  }
  return [...out, regex.slice(start)];
}

const LITERAL_JOB_RE = /^[a-z0-9-]+$/;

/** PromQL anchors label regexes at both ends; a pattern JavaScript cannot read matches nothing here. */
function fullMatch(pattern: string): (s: string) => boolean {
  try {
    const re = new RegExp(`^(?:${pattern})$`);
    return (s) => re.test(s);
  } catch {
    return () => false;
  }
}

/**
 * probes/undeclared: every blackbox-* job that an alert, a panel or a promtool case names is a probe job of
 * monitoring/probes.yaml, and every instance it pins to such a job is one of that job's targets. Otherwise the
 * alert reads a series that no probe produces: it never fires, and absent() fires for ever.
 */
export function checkProbes(corpus: Corpus): ContentError[] {
  const ops = opsOf(corpus);
  const sites = probeSites(corpus);
  const usesProbeJob = sites.some((s) =>
    s.selectors.some((sel) => sel.some((m) => m.label === 'job' && m.value.includes(PROBE_JOB_PREFIX))),
  );
  if (ops.probesMissing) {
    if (!usesProbeJob) return [];
    const message =
      'expected the probe configuration that the blackbox-* jobs of the expressions come from, found no file';
    const fix = `declare each probe job in ${PROBES_FILE}: its prober, module settings and targets`;
    return [contentError({file: PROBES_FILE, line: 1, field: '(file)', message, fix, rule: 'probes/schema'})];
  }
  if (!ops.probes) return [];
  const targets = new Map(ops.probes.probes.map((p) => [p.data.job, p.data.targets]));
  const rejected = new Set(ops.probes.rejected);
  const jobs = [...targets.keys()];
  const errors: ContentError[] = [];
  for (const site of sites) {
    const reported = new Set<string>();
    const at = (message: string, fix: string) => {
      if (reported.has(message)) return;
      reported.add(message);
      errors.push(
        contentError({file: site.file, line: site.line, field: site.field, message, fix, rule: 'probes/undeclared'}),
      );
    };
    const undeclaredJob = (job: string, context: string) => {
      // Compared without the shared blackbox- prefix, which would make every job look like every other.
      const bare = (j: string) => j.slice(PROBE_JOB_PREFIX.length);
      const guess = jobs.find((j) => bare(j) === didYouMean(bare(job), jobs.map(bare)));
      at(
        `expected a probe job declared in ${PROBES_FILE}, found job "${job}"${context} in ${site.what}` +
          (guess ? `; did you mean ${guess}?` : ''),
        guess
          ? `rename it to ${guess}`
          : `declare the probe in ${PROBES_FILE} with its module settings and targets, or use a declared job`,
      );
    };
    for (const matchers of site.selectors) {
      // The probe jobs the selector reads, to check its instance against; unknown when any job is not declared.
      let named: string[] | undefined;
      for (const m of matchers.filter((x) => x.label === 'job')) {
        if (m.op === '=' && m.value.startsWith(PROBE_JOB_PREFIX)) {
          if (targets.has(m.value)) named = [...(named ?? []), m.value];
          else if (!rejected.has(m.value)) undeclaredJob(m.value, '');
        } else if (m.op === '=~' && m.value.includes(PROBE_JOB_PREFIX)) {
          for (const alt of alternatives(m.value).filter((a) => a.startsWith(PROBE_JOB_PREFIX))) {
            if (LITERAL_JOB_RE.test(alt)) {
              if (!targets.has(alt) && !rejected.has(alt)) undeclaredJob(alt, ` (in job=~"${m.value}")`);
            } else if (!jobs.some(fullMatch(alt)) && ![...rejected].some(fullMatch(alt)))
              at(
                `expected a job regex matching a probe job declared in ${PROBES_FILE}, found "${alt}" (in job=~"${m.value}") in ${site.what}, which matches none`,
                `name the jobs, like job=~"${jobs.slice(0, 2).join('|')}"`,
              );
          }
          named = [...(named ?? []), ...jobs.filter(fullMatch(m.value))];
        }
      }
      if (!named?.length) continue;
      const known = [...new Set(named.flatMap((j) => targets.get(j) ?? []))];
      for (const m of matchers.filter((x) => x.label === 'instance' && x.op === '=')) {
        if (known.includes(m.value)) continue;
        const guess = didYouMean(m.value, known);
        const owner = [...new Set(named)].join(' or ');
        at(
          `expected a target of probe job ${owner} in ${PROBES_FILE}, found instance "${m.value}" in ${site.what}` +
            (guess ? `; did you mean "${guess}"?` : ''),
          guess
            ? `change the instance to "${guess}"`
            : `add "${m.value}" to the targets of ${owner} in ${PROBES_FILE}, or correct the instance`,
        );
      }
    }
  }
  return errors;
}

/** Every place monitoring/ names series: alert and panel expressions, promtool input series and expected labels. */
function probeSites(corpus: Corpus): Site[] {
  const ops = opsOf(corpus);
  const sites: Site[] = [];
  const add = (s: Omit<Site, 'selectors'>, expr: string) => {
    const selectors = selectorMatchers(expr);
    if (selectors) sites.push({...s, selectors: selectors.map((x) => x.matchers)});
  };
  for (const a of ops.alerts)
    add(
      {
        file: a.file,
        line: a.fieldLines.expr ?? a.line,
        field: `${a.data.name}.expr`,
        what: `alert ${a.data.name}`,
      },
      a.data.expr,
    );
  for (const d of ops.dashboards)
    for (const p of d.data.panels)
      add(
        {
          file: d.file,
          line: d.exprLines[p.id] ?? d.panelLines[p.id] ?? d.line,
          field: `panels.${p.id}.expr`,
          what: `panel ${d.id}/${p.id}`,
        },
        p.expr,
      );
  for (const t of ops.testSeries ?? []) {
    const {series, labels, ...site} = t;
    if (series !== undefined) add(site, series);
    if (labels)
      sites.push({...site, selectors: [Object.entries(labels).map(([label, value]) => ({label, op: '=', value}))]});
  }
  return sites;
}
