import path from 'node:path';
import {contentError, type ContentError} from '../errors';
import {allRecords, opsOf, type AnyRecord, type Corpus} from '../records';
import {ALERT_CATALOGUE_ROUTE, DASHBOARDS_ROUTE, panelAnchor} from '../opsRoutes';

const FILE_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^#?]+\.mdx?)(?:#(.*))?$/i;
const ROUTE_LINK = /^(\/(?:docs|runbooks)(?:\/[^#?]*)?)(?:\?[^#]*)?#(.+)$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Where MDX may import from: site components and the theme, never files elsewhere in the repository. */
const IMPORT_OK = /^(@site\/src\/(components|theme)\/|@theme\/|@docusaurus\/)/;

/** Anchors a page answers to: its headings and id attributes written in it. Steps are runbook/step-link's. */
export function anchorsOf(r: AnyRecord): Set<string> {
  return new Set([
    ...r.headings.map((h) => h.anchor),
    ...r.html.flatMap((e) => (e.attributes.id ? [e.attributes.id] : [])),
  ]);
}

/** Anchors the operations pages generate from monitoring/: an alert's row, a dashboard panel's row. */
export function generatedAnchors(corpus: Corpus): Map<string, Set<string>> {
  const ops = opsOf(corpus);
  return new Map([
    [ALERT_CATALOGUE_ROUTE, new Set(ops.alerts.map((a) => a.data.name))],
    [DASHBOARDS_ROUTE, new Set(ops.dashboards.flatMap((d) => d.data.panels.map((p) => panelAnchor(d.id, p.id))))],
  ]);
}

/**
 * Links resolve inside the site: relative .md links name a page of the same instance (Docusaurus resolves them
 * per instance), anchors on other pages exist, and nothing reaches files outside the content folders.
 * Pages that failed validation still count as link targets, so one bad page does not break its neighbours.
 */
export function checkLinks(corpus: Corpus): ContentError[] {
  const records = allRecords(corpus);
  const byFile = new Map(records.map((r) => [r.file, r]));
  const byRoute = new Map(records.map((r) => [r.route, r]));
  const generated = generatedAnchors(corpus);
  const anchorError = (where: Where, url: string, target: AnyRecord, anchor: string) =>
    generated.get(target.route)?.has(anchor) ? [] : headingAnchorError(where, url, target, anchor);
  const errors: ContentError[] = [];
  for (const r of records) {
    for (const link of r.links) {
      const where = {file: r.file, line: link.line, field: '(body) link'};
      if (link.kind === 'import') {
        if (!IMPORT_OK.test(link.url)) {
          const message = `expected an import from @site/src/components, @site/src/theme or @theme, found "${link.url}"`;
          errors.push(
            contentError({
              ...where,
              field: '(body) import',
              message,
              fix: 'import a site component',
              rule: 'links/outside-content',
            }),
          );
        }
        continue;
      }
      if (SCHEME.test(link.url)) {
        if (/^file:/i.test(link.url)) {
          const message = `expected a page or web address, found "${link.url}"`;
          errors.push(
            contentError({
              ...where,
              message,
              fix: 'link to a page or a file under static/',
              rule: 'links/outside-content',
            }),
          );
        }
        continue;
      }
      const routeLink = ROUTE_LINK.exec(link.url);
      if (routeLink) {
        const target = byRoute.get(routeLink[1].replace(/\/$/, ''));
        if (target) errors.push(...anchorError(where, link.url, target, decodeURIComponent(routeLink[2])));
        continue;
      }
      if (link.url.startsWith('/') || link.url.startsWith('#')) continue;
      const rel = link.url.replace(/[?#].*$/, '');
      if (!rel) continue;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(r.file), decodeURI(rel)));
      if (resolved.startsWith('../') || !['docs', 'runbooks', 'static'].includes(resolved.split('/')[0])) {
        const message = `expected a link inside docs/, runbooks/ or static/, found "${link.url}", which leaves them`;
        errors.push(
          contentError({
            ...where,
            message,
            fix: 'link to a page, or put the file under static/',
            rule: 'links/outside-content',
          }),
        );
        continue;
      }
      const m = FILE_LINK.exec(link.url);
      if (!m) continue;
      const target = byFile.get(resolved);
      if (target && target.instance === r.instance) {
        if (m[2]) errors.push(...anchorError(where, link.url, target, decodeURIComponent(m[2])));
        continue;
      }
      const other = resolved.replace(/\.mdx?$/, (ext) => (ext === '.md' ? '.mdx' : '.md'));
      const near = target ?? byFile.get(other);
      const fix = near
        ? near.instance !== r.instance
          ? `link across instances by route: ${near.route}`
          : `the file is ${path.posix.relative(path.posix.dirname(r.file), near.file)}`
        : 'link to an existing page';
      const message = `expected a link to an existing page of this instance, found "${link.url}"`;
      errors.push(contentError({...where, message, fix, rule: 'links/page'}));
    }
  }
  return errors;
}

type Where = {file: string; line: number; field: string};

function headingAnchorError(where: Where, url: string, target: AnyRecord, anchor: string): ContentError[] {
  // Step anchors are judged by runbook/step-link; a heading anchor must exist on the page it names.
  if (/^step-\d+$/.test(anchor)) return [];
  const anchors = anchorsOf(target);
  if (anchors.has(anchor)) return [];
  const message = `expected an anchor that exists on ${target.file}, found "#${anchor}" in "${url}"`;
  const headings = target.headings.filter((h) => h.depth >= 2).map((h) => `#${h.anchor}`);
  const fix = headings.length
    ? `use one of: ${headings.slice(0, 6).join(', ')}${headings.length > 6 ? ', …' : ''}`
    : 'link the page without an anchor';
  return [contentError({...where, message, fix, rule: 'links/anchor'})];
}

/** Two pages on one route: the docs plugin would serve one and silently drop the other. */
export function checkRoutes(corpus: Corpus): ContentError[] {
  const byRoute = new Map<string, AnyRecord[]>();
  for (const r of allRecords(corpus)) byRoute.set(r.route, [...(byRoute.get(r.route) ?? []), r]);
  return [...byRoute].flatMap(([route, rs]) =>
    rs.length < 2
      ? []
      : rs.map((r) => {
          const others = rs
            .filter((o) => o !== r)
            .map((o) => o.file)
            .join(', ');
          const message = `expected a route of its own, found ${route}, also the route of ${others}`;
          const line = r.fieldLines.slug ?? r.fieldLines.id ?? r.frontmatterLine;
          return contentError({
            file: r.file,
            line,
            field: 'slug',
            message,
            fix: 'change the slug or id of one page',
            rule: 'routes/duplicate',
          });
        }),
  );
}
