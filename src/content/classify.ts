import path from 'node:path';
import {normalizeUrl} from '@docusaurus/utils';
import getSlug from '@docusaurus/plugin-content-docs/lib/slug.js';
import {DefaultNumberPrefixParser, stripPathNumberPrefixes} from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import type {ContentType, Instance} from './records';

export const INSTANCES: Record<Instance, {dir: string; routeBasePath: string}> = {
  docs: {dir: 'docs', routeBasePath: 'docs'},
  runbooks: {dir: 'runbooks', routeBasePath: 'runbooks'},
};

const isIndex = (name: string) => name === 'index' || name === 'README';

/**
 * Which page type a file is, decided by where it lives (docs/contributing/writing-docs.md, "Where content lives"):
 * docs/troubleshooting/<category>/<slug> is an FAQ entry, runbooks/<kind>/<slug> a runbook,
 * runbooks/exercises/<date>-<slug> an exercise log entry; index pages and the rest are plain pages.
 */
export function classify(instance: Instance, id: string): ContentType {
  const parts = id.split('/');
  const name = parts[parts.length - 1];
  if (isIndex(name)) return 'page';
  if (instance === 'docs' && parts[0] === 'troubleshooting' && parts.length === 3) return 'faq';
  if (instance === 'runbooks' && parts[0] === 'exercises' && parts.length === 2) return 'exercise';
  if (instance === 'runbooks' && parts.length === 2) return 'runbook';
  return 'page';
}

/**
 * The route the docs plugin gives a file, computed with the plugin's own functions so `id:`, `slug:`,
 * number prefixes and a file named after its folder resolve exactly as in the build.
 * `source` is the path inside the instance with its extension: `troubleshooting/network/proxy-unreachable.md`.
 */
export function routeOf(instance: Instance, source: string, frontMatter: {id?: unknown; slug?: unknown} = {}): string {
  const sourceDirName = path.posix.dirname(source);
  const fileName = path.posix.basename(source, path.posix.extname(source));
  const id = typeof frontMatter.id === 'string' ? frontMatter.id : DefaultNumberPrefixParser(fileName).filename;
  const slug = getSlug({
    baseID: id,
    source,
    sourceDirName,
    frontMatterSlug: typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined,
  });
  return normalizeUrl([`/${INSTANCES[instance].routeBasePath}`, slug]).replace(/\/$/, '');
}

/** The doc id the docs plugin gives a file (what `pagination_next` names), with its own number-prefix rules. */
export function docIdOf(source: string, frontMatter: {id?: unknown} = {}): string {
  const dir = path.posix.dirname(source);
  const fileName = path.posix.basename(source, path.posix.extname(source));
  const baseId = typeof frontMatter.id === 'string' ? frontMatter.id : DefaultNumberPrefixParser(fileName).filename;
  const prefix = dir === '.' ? '' : stripPathNumberPrefixes(dir, DefaultNumberPrefixParser);
  return [prefix, baseId].filter(Boolean).join('/');
}
