/** Shapes shared by the index builder (build time) and the reader's search (browser). No runtime code here. */
import type {AsPlainObject} from 'minisearch';

/** Which filter a result belongs to on the search page. */
export type SearchGroup = 'troubleshooting' | 'runbooks' | 'guides';

/**
 * How a page ranks against others: entries and runbooks answer problems; guides explain;
 * hubs (index pages, the error index) and logs (tabletop exercises) list or retell the answers.
 */
export type SearchKind = 'faq' | 'runbook' | 'guide' | 'hub' | 'log';

export interface SearchPage {
  /** Route without base URL or trailing slash, e.g. `/docs/troubleshooting/wsl/vpn-breaks-dns`. */
  route: string;
  title: string;
  description: string;
  kind: SearchKind;
  group: SearchGroup;
  /** Short label shown on the result: FAQ category, runbook kind, Guide. */
  badge: string;
  /** Error codes homed on this page, upper case. */
  codes: string[];
}

export interface SearchSection {
  /** Index into `pages`. */
  page: number;
  heading: string;
  /** Heading id on the rendered page, without `#`. */
  anchor: string;
}

/**
 * What ranking needs, written to build/search/index.json and fetched when a search starts. Section texts for
 * snippets are a second file (build/search/texts.json, a JSON array parallel to `sections`), fetched after it,
 * so the first results never wait for the bodies.
 */
export interface SearchIndexFile {
  version: 1;
  pages: SearchPage[];
  sections: SearchSection[];
  /** Groups of equivalent words, already normalised (lower case, multi-word entries joined). */
  synonyms: string[][];
  /** MiniSearch's own serialisation; document ids: page heads are 0..pages-1, section j is pages.length + j. */
  index: AsPlainObject;
}

/** One document as MiniSearch indexes it. Page heads carry page fields; sections carry heading and text. */
export type SearchTexts = string[];

/** Where the build writes the two files, relative to the site's base URL. */
export const SEARCH_INDEX_PATH = 'search/index.json';
export const SEARCH_TEXTS_PATH = 'search/texts.json';

export interface SearchDocument {
  id: number;
  title?: string;
  phrases?: string;
  codes?: string;
  description?: string;
  meta?: string;
  heading?: string;
  text?: string;
}
