import fs from 'node:fs';
import {loadContent} from '../../src/content/loader';
import {runbooks, faqs} from '../../src/content/records';
import type {DoctorMap} from '../../src/content/schemas';

/** What the tests expect comes from the content model and the built files, not from hand-kept lists. */
export const corpus = loadContent(process.cwd()).corpus;
export const allRunbooks = runbooks(corpus);
export const allFaqs = faqs(corpus);
export const doctorMap = JSON.parse(fs.readFileSync('build/doctor/links.v1.json', 'utf8')) as DoctorMap;
export const pathOf = (url: string) => new URL(url).pathname;
/** The "today" the build computed freshness with (scripts/build.ts), never the test's own clock. */
export const buildToday = () =>
  (JSON.parse(fs.readFileSync('build/.build-info.json', 'utf8')) as {today: string}).today;

/** Every page path the sitemap lists, mapped onto the local server. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync('build/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}
