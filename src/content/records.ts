import type {Exercise, FaqEntry, Page, Runbook} from './schemas';
import type {CodeBlock, Directive, Element, Heading, Link} from './markdown';
import type {ProseBlock} from './prose';
import type {OpsCatalogue} from './opsCatalogue';
import type {PageSection} from './sections';

export type Instance = 'docs' | 'runbooks';

interface Base {
  /** Path from the site root, with forward slashes: `docs/troubleshooting/network/proxy-unreachable.md`. */
  file: string;
  instance: Instance;
  /** Path inside the instance without extension: `troubleshooting/network/proxy-unreachable`. */
  id: string;
  /** Site route without the base URL or trailing slash: `/docs/troubleshooting/network/proxy-unreachable`. */
  route: string;
  headings: Heading[];
  directives: Directive[];
  codeBlocks: CodeBlock[];
  links: Link[];
  html: Element[];
  /** Paragraphs, headings and table cells as plain text with source lines. */
  prose: ProseBlock[];
  /** The file's full text, for checks that read it whole (secrets). */
  source: string;
  /** Text under each `##` heading and runbook step, with the anchor Docusaurus gives it: what search indexes. */
  sections: PageSection[];
  /** The page shows a generated list of other pages (error index, runbook table): search ranks it as a hub. */
  usesHubComponent: boolean;
  /** File line of the opening `---`, where "missing field" errors point. */
  frontmatterLine: number;
  /** File line of each top-level frontmatter key, so cross-checks can point at the field they fault. */
  fieldLines: Record<string, number>;
  /**
   * The frontmatter as YAML read it (before the schema) and where the body starts: what Docusaurus' frontmatter
   * hook hands on, so the build does not read a page's frontmatter a second time. Set on valid pages.
   */
  parsedFrontmatter?: {data: Record<string, unknown>; bodyOffset: number};
}

export type PageRecord = Base & {type: 'page'; data: Page};
export type FaqRecord = Base & {type: 'faq'; data: FaqEntry};
export type RunbookRecord = Base & {type: 'runbook'; data: Runbook};
export type ExerciseRecord = Base & {type: 'exercise'; data: Exercise};
export type ContentRecord = PageRecord | FaqRecord | RunbookRecord | ExerciseRecord;
export type ContentType = ContentRecord['type'];

/**
 * A file that failed its schema or could not be parsed. It stays in the corpus with whatever fields did validate,
 * so cross-file checks still see its route, codes and alerts: one typo gives one error, not a cascade.
 */
export type InvalidRecord = Omit<Base, 'fieldLines'> & {
  type: ContentType;
  invalid: true;
  /** Top-level fields that passed their own schema; the rest are absent. */
  data: Record<string, unknown>;
  fieldLines: Record<string, number>;
};
export type AnyRecord = ContentRecord | InvalidRecord;

export interface Corpus {
  /** Valid records: what generators and the theme use. */
  records: ContentRecord[];
  /** Files that failed validation, kept for cross-file checks only. */
  invalid?: InvalidRecord[];
  /** Alert and dashboard records from monitoring/; absent when a corpus is built by hand. */
  ops?: OpsCatalogue;
}

export const opsOf = (c: Corpus): OpsCatalogue =>
  c.ops ?? {alerts: [], dashboards: [], rejectedAlerts: [], rejectedDashboards: []};

export const allRecords = (c: Corpus): AnyRecord[] =>
  [...c.records, ...(c.invalid ?? [])].sort((a, b) => a.file.localeCompare(b.file));

/** A field of any record, valid or salvaged, if it has the expected JS type. */
export function fieldOf<T>(r: AnyRecord, key: string, guard: (v: unknown) => v is T): T | undefined {
  const v = (r.data as Record<string, unknown>)[key];
  return guard(v) ? v : undefined;
}
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export const faqs = (c: Corpus) => c.records.filter((r): r is FaqRecord => r.type === 'faq');
export const runbooks = (c: Corpus) => c.records.filter((r): r is RunbookRecord => r.type === 'runbook');
export const exercises = (c: Corpus) => c.records.filter((r): r is ExerciseRecord => r.type === 'exercise');
