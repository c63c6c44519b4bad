import type {Corpus} from '../records';
import {normalisePagePath} from '../feedback';
import type {CollectorSite} from '../schemas';
import {surveyPages} from '../surveys';

/** The collector's view of one build: which pages exist (feedback must name one) and which surveys it accepts. */
export function buildCollectorSite(corpus: Corpus, routesPaths: readonly string[]): string {
  const pages = [...new Set(routesPaths.filter((r) => !r.endsWith('.html')).map(normalisePagePath))].sort();
  const site: CollectorSite = {version: 1, pages, surveys: surveyPages(corpus).map((r) => r.data.survey)};
  return `${JSON.stringify(site, null, 2)}\n`;
}
