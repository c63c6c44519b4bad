import type {DoctorMap} from '../schemas';
import {permalinkPath} from './doctorMap';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

/**
 * One static page per published code at /e/<CODE>/index.html. It redirects with a meta refresh and shows a
 * plain link, so it works without JavaScript. Targets come only from the map: no open redirect.
 * URLs are site-relative so one build can be served from any host.
 */
export function shortLinkPages(map: DoctorMap, baseUrl: string): {path: string; html: string}[] {
  const base = baseUrl.replace(/\/$/, '');
  return map.codes.map((c) => {
    const target = escapeHtml(`${base}${new URL(c.url).pathname}`);
    const code = escapeHtml(c.code);
    const title = escapeHtml(c.title);
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${code}: ${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${target}">
</head>
<body>
<main>
<h1>${code}</h1>
<p>${title}${c.status === 'retired' ? ' (retired code)' : ''}</p>
<p><a href="${target}">Open the page for ${code}</a></p>
</main>
</body>
</html>
`;
    return {path: `${permalinkPath(c.code).slice(1)}/index.html`, html};
  });
}
