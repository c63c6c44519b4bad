/**
 * What a URL written on a page means to a browser, judged the way the WHATWG URL parser reads it (tabs and
 * newlines inside vanish, `\` is `/`, `https:host` without slashes is another host when the page is served
 * over http). Character references are already decoded by the Markdown and HTML parsers before this sees a URL.
 */
export type UrlVerdict =
  | {kind: 'script'; scheme: string}
  | {kind: 'malformed'; found: string}
  | {kind: 'external'; origin: string}
  | {kind: 'scheme'; scheme: string}
  | {kind: 'local'};

/** Schemes that run code when followed or loaded. `data:` is allowed for images only. */
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:', 'livescript:', 'data:']);
/** Docusaurus' own escape hatch for a plain link to a file the site serves. */
const LOCAL_SCHEMES = new Set(['pathname:']);
const SITE = 'site.invalid';
/** The page as a browser sees it, served over either scheme: a URL is local only if it is local from both. */
const BASES = [`https://${SITE}/docs/page/`, `http://${SITE}/docs/page/`];

// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const CONTROL = /[\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f)/i;
const BAD_PERCENT = /%(?![0-9a-f]{2})/i;

const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);

export function judgeUrl(raw: string, opts: {image?: boolean} = {}): UrlVerdict {
  // eslint-disable-next-line no-control-regex -- the URL parser strips these before reading the scheme
  const cleaned = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned)?.[1].toLowerCase();
  if (scheme && SCRIPT_SCHEMES.has(scheme)) {
    const image = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i.test(cleaned);
    if (!(scheme === 'data:' && opts.image && image)) return {kind: 'script', scheme};
  }
  const control = CONTROL.exec(raw);
  if (control) {
    const code = control[0].startsWith('%')
      ? control[0].toUpperCase()
      : `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {kind: 'malformed', found: `the control character ${code} in ${show(raw)}`};
  }
  if (BAD_PERCENT.test(raw)) return {kind: 'malformed', found: `a % that starts no %XX escape in ${show(raw)}`};
  if (scheme && LOCAL_SCHEMES.has(scheme)) return {kind: 'local'};
  for (const base of BASES) {
    let url: URL;
    try {
      url = new URL(cleaned, base);
    } catch {
      return {kind: 'malformed', found: `${show(raw)}, which is not a URL`};
    }
    if (url.host && url.host !== SITE) return {kind: 'external', origin: `${url.protocol}//${url.host}`};
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'data:')
      return {kind: 'scheme', scheme: url.protocol};
  }
  return {kind: 'local'};
}
