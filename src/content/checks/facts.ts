import {contentError, didYouMean, type ContentError} from '../errors';
import {expandFacts, FACT_DIRECTIVE, FACT_NAMES, FACTS} from '../facts';
import {sentences, type Sentence} from '../prose';
import type {AnyRecord} from '../records';

/**
 * A kind of figure (a duration in hours, a duration in seconds, a share in percent) and the facts of that
 * kind that writers type by hand most often. Each subject pattern names one fact in prose.
 */
interface Family {
  /** Every figure of this kind in a sentence; group 1 the number, group 2 the unit. */
  figure: RegExp;
  /** The figure as one number in a base unit, so "1.5 minutes" and "90 s" compare equal. */
  toBase: (n: number, unit: string) => number;
  guards: {fact: string; subject: RegExp}[];
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUMBERS).join('|')})`;
const parseNumber = (s: string) => WORD_NUMBERS[s.toLowerCase()] ?? Number(s);

export const FAMILIES: Family[] = [
  {
    // Only hours: "expired 12 min ago" or "3h 58m left" describe a moment, not the lifetime.
    figure: new RegExp(`\\b${NUMBER}[\\s-]?(hours?|hrs?|h)\\b`, 'gi'),
    toBase: (n) => n,
    guards: [
      {fact: 'git-token-ttl', subject: /\bgit[\s-]tokens?\b/gi},
      {fact: 'llm-api-key-ttl', subject: /\bLLM(?:[\s-]API)?[\s-]keys?\b/gi},
      {fact: 'mirror-token-ttl', subject: /\b(?:(?:package\s+)?mirror|Nexus)[\s-]tokens?\b/gi},
    ],
  },
  {
    figure: new RegExp(`\\b${NUMBER}[\\s-]?(seconds?|secs?|s|minutes?|mins?)\\b`, 'gi'),
    toBase: (n, unit) => (unit.toLowerCase().startsWith('m') ? n * 60 : n),
    guards: [
      {fact: 'cold-start-sla', subject: /\bcold[\s-]starts?\b/gi},
      {fact: 'warm-start-sla', subject: /\bwarm[\s-]starts?\b/gi},
    ],
  },
  {
    // The stage lengths of the rollout plan; "the 4-week pilot" reads the same as "the pilot runs 4 weeks".
    figure: new RegExp(`\\b${NUMBER}[\\s-]?(weeks?)\\b`, 'gi'),
    toBase: (n) => n,
    guards: [
      {fact: 'pilot-length', subject: /\bpilot\b/gi},
      {fact: 'early-adopter-length', subject: /\bearly[\s-]adopters?\b/gi},
    ],
  },
  {
    // The minimum machine counts logical processors; "8-core minimum" and "8 or more CPU cores" are the same.
    figure: new RegExp(`\\b${NUMBER}[\\s-]?(?:or more\\s+)?(?:CPU\\s+|logical\\s+)?(cores?|processors?)\\b`, 'gi'),
    toBase: (n) => n,
    guards: [{fact: 'minimum-cores', subject: /\bminimum\b/gi}],
  },
  {
    // RAM of the minimum machine and the memory limit WSL2 needs: two figures of one unit, told apart by subject.
    figure: /\b(\d+)\s?(GB|GiB)\b/g,
    toBase: (n) => n,
    guards: [
      {fact: 'minimum-ram', subject: /\bminimum\b/gi},
      // What WSL needs, not what a broken WSL has ("WSL only has 8 GB" is a symptom).
      {fact: 'wsl-memory', subject: /\b(?:WSL\s?2?|AI-Box) needs\b|\b(?:WSL\s?2?\s+)?memory limit\b/gi},
    ],
  },
  {
    figure: new RegExp(`\\b${NUMBER}\\s?(?:times|x)\\s?(?:a|per|\\/)\\s?(weeks?)\\b`, 'gi'),
    toBase: (n) => n,
    guards: [{fact: 'office-hours-cadence', subject: /\boffice hours\b/gi}],
  },
  {
    figure: /\b(\d+(?:\.\d+)?)\s?(%|percent\b)/gi,
    toBase: (n) => n,
    guards: [0, 1, 2, 3].map((t) => ({fact: `tier-${t}-share`, subject: new RegExp(`\\bTier ${t}\\b`, 'g')})),
  },
];

const hits = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => ({start: m.index, end: m.index + m[0].length, m}));

function registered(family: Family, fact: string): number {
  const value = FACTS.get(fact)?.value ?? '';
  const [m] = hits(family.figure, value);
  if (!m) throw new Error(`facts: the value of ${fact} ("${value}") has no figure the check can compare`);
  return family.toBase(parseNumber(m.m[1]), m.m[2]);
}

/** Clauses end at these marks; a figure is only read against subjects of its own clause. */
const CLAUSE = /[,;:()\u2014]/;
/** Remaining time, recovery objectives and bounds are other figures than the lifetime or the target. */
const NOT_THE_FIGURE_BEFORE = /(?:at least|at most|half of|half|RTO|RPO)\s*$/i;
const NOT_THE_FIGURE_AFTER = /^\s*(?:left|remaining|ago)\b/i;
/** "the 4-hour Git token", "8 hours for LLM API keys": the only ways a figure names a subject after it. */
const LEADS_INTO_SUBJECT = /^\s*(?:for(?: the| each| every)?|of)?\s*$/i;

function clauses(text: string): {start: number; text: string}[] {
  const out: {start: number; text: string}[] = [];
  let start = 0;
  for (const part of text.split(CLAUSE)) {
    out.push({start, text: part});
    start += part.length + 1;
  }
  return out;
}

/**
 * A figure belongs to the subject just before it in the same clause ("Git tokens last 4 hours"), or to the
 * one right after it ("the 4-hour Git token", "4 hours for Git tokens"). A figure that differs from its
 * subject's registered value is a contradiction.
 */
export function contradictions(sentence: string): {fact: string; found: string}[] {
  const out: {fact: string; found: string}[] = [];
  for (const clause of clauses(expandFacts(sentence))) {
    const text = clause.text;
    for (const family of FAMILIES) {
      const subjects = family.guards.flatMap((g) => hits(g.subject, text).map((h) => ({...h, fact: g.fact})));
      if (!subjects.length) continue;
      for (const fig of hits(family.figure, text)) {
        if (NOT_THE_FIGURE_BEFORE.test(text.slice(0, fig.start))) continue;
        if (NOT_THE_FIGURE_AFTER.test(text.slice(fig.end))) continue;
        const after = subjects.find((s) => s.start >= fig.end && LEADS_INTO_SUBJECT.test(text.slice(fig.end, s.start)));
        const before = subjects.filter((s) => s.end <= fig.start).pop();
        const subject = after ?? before;
        if (!subject) continue;
        if (family.toBase(parseNumber(fig.m[1]), fig.m[2]) !== registered(family, subject.fact)) {
          out.push({fact: subject.fact, found: fig.m[0]});
        }
      }
    }
  }
  return out;
}

function contradictionErrors(record: AnyRecord, field: string, s: Sentence): ContentError[] {
  return contradictions(s.text).map(({fact, found}) =>
    contentError({
      file: record.file,
      line: s.line,
      field,
      rule: 'facts/contradiction',
      message: `expected ${FACTS.get(fact)!.value} (registered fact ${fact}), found "${found}" in "${short(s.text)}"`,
      fix: `write :fact[${fact}] instead of the figure, or change the registry in src/content/facts.ts with its source`,
    }),
  );
}

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

/** Unknown fact names, and hand-typed figures that contradict the registry, in the body and the summary fields. */
export function checkFacts(record: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  for (const d of record.directives) {
    if (d.type !== 'textDirective' || d.name !== FACT_DIRECTIVE) continue;
    const name = d.label.trim();
    if (FACTS.has(name)) continue;
    const guess = didYouMean(name, FACT_NAMES);
    errors.push(
      contentError({
        file: record.file,
        line: d.line,
        field: `(body) :fact[${name}]`,
        rule: 'facts/unknown',
        message: `expected a registered fact name${guess ? ` (did you mean "${guess}"?)` : ''}, found "${name}"`,
        fix: guess ? `write :fact[${guess}]` : 'register the figure with its source in src/content/facts.ts',
      }),
    );
  }
  for (const field of ['title', 'description'] as const) {
    const text = record.data[field];
    if (typeof text === 'string') {
      const line = record.fieldLines[field] ?? record.frontmatterLine;
      errors.push(...contradictionErrors(record, field, {text, line}));
    }
  }
  for (const block of record.prose) {
    for (const s of sentences(block)) errors.push(...contradictionErrors(record, '(body)', s));
  }
  return errors;
}
