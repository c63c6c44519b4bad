import type {ContentType, Instance} from './records';

export const INSTANCES: Record<Instance, {dir: string; routeBasePath: string}> = {
  docs: {dir: 'docs', routeBasePath: 'docs'},
  runbooks: {dir: 'runbooks', routeBasePath: 'runbooks'},
};

const isIndex = (name: string) => name === 'index' || name === 'README';

/**
 * Which page type a file is, decided by where it lives (DESIGN §3):
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

/** The route Docusaurus gives a doc: index files take their folder's path; a `slug` overrides. */
export function routeOf(instance: Instance, id: string, slug?: string): string {
  const base = `/${INSTANCES[instance].routeBasePath}`;
  const parts = id.split('/');
  if (slug) {
    if (slug.startsWith('/')) return `${base}${slug === '/' ? '' : slug.replace(/\/$/, '')}`;
    return `${base}/${[...parts.slice(0, -1), slug].join('/')}`.replace(/\/$/, '');
  }
  if (isIndex(parts[parts.length - 1])) parts.pop();
  return parts.length ? `${base}/${parts.join('/')}` : base;
}
