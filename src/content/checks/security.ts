import {contentError, type ContentError} from '../errors';
import type {AnyRecord} from '../records';
import {allowedAttributes, BUILD_ONLY_ELEMENTS, SAFE_ELEMENTS} from '../html';
import {judgeUrl} from '../urls';

/** Both kinds of external resource (an element's src, a Markdown image) have the same remedy. */
const LOCAL_FILE_FIX = 'put the file under static/img/ and use /img/<name>';
const ELEMENT_FIX = 'use Markdown; ask the docs team for a reviewed component if Markdown cannot say it';

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);

/** CSS escapes undone, so `\75 rl(` is read as the browser reads it. */
const cssText = (css: string) =>
  css
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/\\(.)/g, '$1');
const cssUrls = (css: string) =>
  [
    ...cssText(css).matchAll(
      /(?:url|image-set|image|src)\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))|@import\s+["']([^"']*)/gi,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);

/**
 * Raw HTML in .md pages, as parse5 reads it (src/content/html.ts): elements outside the safe set and attributes
 * outside each element's list are refused, and every URL in a link or image, in Markdown or in an element, is
 * read as a browser reads it before it is judged. JSX in .mdx is judged by checks/mdx.ts.
 */
export function checkMarkup(record: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  const at = (line: number, field: string) => ({file: record.file, line, field});
  for (const el of record.html) {
    if (el.origin !== 'html') continue;
    const where = at(el.line, `(body) <${el.name}>`);
    if (!SAFE_ELEMENTS.has(el.name)) {
      const built = Object.hasOwn(BUILD_ONLY_ELEMENTS, el.name) ? BUILD_ONLY_ELEMENTS[el.name] : undefined;
      const found = built ? `<${el.name}>, which only the build emits (from ${built})` : `a <${el.name}> element`;
      const message = `expected Markdown or plain HTML, found ${found}`;
      errors.push(contentError({...where, message, fix: ELEMENT_FIX, rule: 'security/raw-html'}));
      continue;
    }
    const allowed = allowedAttributes(el.name);
    for (const [attr, value] of Object.entries(el.attributes)) {
      if (allowed.includes(attr)) continue;
      const external =
        attr === 'style' ? cssUrls(value).find((u) => judgeUrl(u, {image: true}).kind !== 'local') : undefined;
      if (external !== undefined && judgeUrl(external, {image: true}).kind === 'external') {
        const message = `expected a file served by this site, found url(${short(external)}) in style (the site runs offline)`;
        errors.push(contentError({...where, message, fix: LOCAL_FILE_FIX, rule: 'security/external-resource'}));
        continue;
      }
      const message = `expected only ${allowed.join(', ')} on <${el.name}>, found ${attr}="${short(value, 30)}"`;
      errors.push(contentError({...where, message, fix: 'remove the attribute', rule: 'security/raw-html'}));
    }
  }
  for (const link of record.links) {
    const where = at(link.line, '(body) link');
    const verdict = judgeUrl(link.url, {image: link.kind === 'image'});
    if (verdict.kind === 'script') {
      const message = `expected a page or web address, found a ${verdict.scheme} URL ${JSON.stringify(short(link.url, 30))}`;
      errors.push(contentError({...where, message, fix: 'link to a page instead', rule: 'security/raw-html'}));
    } else if (link.kind === 'image' && verdict.kind === 'external') {
      const message = `expected an image served by this site, found "${short(link.url)}", from ${verdict.origin} (the site runs offline)`;
      errors.push(contentError({...where, message, fix: LOCAL_FILE_FIX, rule: 'security/external-resource'}));
    }
  }
  return errors;
}
