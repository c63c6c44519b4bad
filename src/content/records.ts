import type {Exercise, FaqEntry, Page, Runbook} from './schemas';
import type {CodeBlock, Directive, Heading, Link} from './markdown';
import type {OpsCatalogue} from './opsCatalogue';

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
  /** File line of the opening `---`, where "missing field" errors point. */
  frontmatterLine: number;
  /** File line of each top-level frontmatter key, so cross-checks can point at the field they fault. */
  fieldLines: Record<string, number>;
}

export type PageRecord = Base & {type: 'page'; data: Page};
export type FaqRecord = Base & {type: 'faq'; data: FaqEntry};
export type RunbookRecord = Base & {type: 'runbook'; data: Runbook};
export type ExerciseRecord = Base & {type: 'exercise'; data: Exercise};
export type ContentRecord = PageRecord | FaqRecord | RunbookRecord | ExerciseRecord;
export type ContentType = ContentRecord['type'];

export interface Corpus {
  records: ContentRecord[];
  /** Alert and dashboard records from monitoring/; absent when a corpus is built by hand. */
  ops?: OpsCatalogue;
}

export const opsOf = (c: Corpus): OpsCatalogue => c.ops ?? {alerts: [], dashboards: [], rejectedAlerts: [], rejectedDashboards: []};

export const faqs = (c: Corpus) => c.records.filter((r): r is FaqRecord => r.type === 'faq');
export const runbooks = (c: Corpus) => c.records.filter((r): r is RunbookRecord => r.type === 'runbook');
export const exercises = (c: Corpus) => c.records.filter((r): r is ExerciseRecord => r.type === 'exercise');
