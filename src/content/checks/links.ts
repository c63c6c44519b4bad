import path from 'node:path';
import {contentError, type ContentError} from '../errors';
import {allRecords, fieldOf, isString, opsOf, type AnyRecord, type Corpus} from '../records';
import {docIdOf, INSTANCES} from '../classify';
import {judgeUrl} from '../urls';
import {ALERT_CATALOGUE_ROUTE, DASHBOARDS_ROUTE, panelAnchor} from '../opsRoutes';

const FILE_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^#?]+\.mdx?)(?:#(.*))?$/i;
const ROUTE_LINK = /^(\/(?:docs|runbooks)(?:\/[^#?]*)?)(?:\?[^#]*)?#(.+)$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const OUTSIDE_FIX = 'link to a page, or put the file under static/';
const CONTENT_ROOTS = ['docs', 'runbooks', 'static'];

/**
 * Links the docs plugin resolves from somewhere other than the page: `@site/` from the repository root,
 * `/path` images from static/. Either one walking up copies a file from outside the content into the build.
 */
function leavesContent(url: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return false; // judged malformed before
  }
  if (decoded.startsWith('@site/')) {
    const resolved = path.posix.normalize(decoded.slice('@site/'.length));
    return resolved.startsWith('../') || !CONTENT_ROOTS.includes(resolved.split('/')[0]);
  }
  return decoded.startsWith('/') && decoded.replace(/\\/g, '/').split('/').includes('..');
}

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
      const verdict = judgeUrl(link.url, {image: link.kind === 'image'});
      // Script URLs and external images are security/*'s; a URL the browser cannot read is one error here.
      if (verdict.kind === 'script' || (verdict.kind === 'external' && link.kind === 'image')) continue;
      if (verdict.kind === 'malformed') {
        const message = `expected a well-formed link, found ${verdict.found}`;
        const fix = 'write the path as it is named on disk; spaces are %20, nothing else is escaped';
        errors.push(contentError({...where, message, fix, rule: 'links/url'}));
        continue;
      }
      const scheme =
        verdict.kind === 'scheme' ? verdict.scheme : verdict.kind === 'external' ? verdict.origin.split('//')[0] : '';
      if (scheme === 'file:') {
        const message = `expected a page or web address, found "${link.url}"`;
        errors.push(contentError({...where, message, fix: OUTSIDE_FIX, rule: 'links/outside-content'}));
        continue;
      }
      if (verdict.kind === 'external' || SCHEME.test(link.url)) continue;
      if (/\.(?:html?|xhtml|shtml)$/i.test(link.url.replace(/[?#].*$/, ''))) {
        const message = `expected a link to a page or a downloadable file, found "${link.url}", an HTML file`;
        const fix =
          'write it as a Markdown page and link the .md file; HTML files are not published from content folders';
        errors.push(contentError({...where, message, fix, rule: 'links/html-file'}));
        continue;
      }
      if (leavesContent(link.url)) {
        const message = `expected a link inside docs/, runbooks/ or static/, found "${link.url}", which leaves them`;
        errors.push(contentError({...where, message, fix: OUTSIDE_FIX, rule: 'links/outside-content'}));
        continue;
      }
      if (link.url.startsWith('@site/')) continue;
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
      if (resolved.startsWith('../') || !CONTENT_ROOTS.includes(resolved.split('/')[0])) {
        const message = `expected a link inside docs/, runbooks/ or static/, found "${link.url}", which leaves them`;
        errors.push(contentError({...where, message, fix: OUTSIDE_FIX, rule: 'links/outside-content'}));
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

/**
 * `pagination_next` and `pagination_prev` name a doc of the same instance by its id: the docs plugin stops the
 * build on any other value, with a stack trace instead of the file and line.
 */
export function checkPagination(corpus: Corpus): ContentError[] {
  const records = allRecords(corpus);
  const source = (r: AnyRecord) => r.file.slice(INSTANCES[r.instance].dir.length + 1);
  const ids = new Map<string, Set<string>>();
  for (const r of records) {
    const set = ids.get(r.instance) ?? new Set<string>();
    set.add(docIdOf(source(r), {id: fieldOf(r, 'id', isString)}));
    ids.set(r.instance, set);
  }
  const errors: ContentError[] = [];
  for (const r of records) {
    for (const key of ['pagination_next', 'pagination_prev']) {
      const value = fieldOf(r, key, isString);
      if (value === undefined || ids.get(r.instance)?.has(value)) continue;
      const message = `expected the id of a page of ${INSTANCES[r.instance].dir}/, like "getting-started/install", found "${value}"`;
      const fix = `use a page's path inside ${INSTANCES[r.instance].dir}/ without its extension, or null for no link`;
      const line = r.fieldLines[key] ?? r.frontmatterLine;
      errors.push(contentError({file: r.file, line, field: key, message, fix, rule: 'links/pagination'}));
    }
  }
  return errors;
}
