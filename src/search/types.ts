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
 * The small part, written to build/search/index.json and fetched when a search starts: pages, section headings and
 * an index of titles, search phrases, codes, descriptions and headings, enough for the first results. The index of
 * section bodies (build/search/bodies.json) follows in the background and refines the ranking; section texts for
 * snippets are one file per page (build/search/texts/<page>.json), fetched only for the results shown. What a reader
 * downloads before the first result then grows with the titles, not with the bodies.
 */
export interface SearchIndexFile {
  version: 2;
  pages: SearchPage[];
  sections: SearchSection[];
  /** Groups of equivalent words, already normalised (lower case, multi-word entries joined). */
  synonyms: string[][];
  /**
   * MiniSearch's own serialisation of every field but `text`; document ids: page heads are 0..pages-1, section j is
   * pages.length + j.
   */
  index: AsPlainObject;
}

/** The section bodies: the same documents and ids as `SearchIndexFile.index`, the `text` field alone. */
export interface SearchBodiesFile {
  version: 2;
  index: AsPlainObject;
}

/** Plain text of sections, parallel to `sections` (all of them in Node; one page's in each texts file). */
export type SearchTexts = string[];

/** Where the build writes the files, relative to the site's base URL. */
export const SEARCH_INDEX_PATH = 'search/index.json';
export const SEARCH_BODIES_PATH = 'search/bodies.json';
/** The section texts of page `p` (its index in `pages`), in the order of its sections. */
export const searchTextsPath = (p: number) => `search/texts/${p}.json`;

/** One document as MiniSearch indexes it. Page heads carry page fields; sections carry heading and text. */
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
