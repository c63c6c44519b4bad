import {contentError, type ContentError} from '../errors';
import type {AnyRecord} from '../records';
import {MDX_EXPORT, MDX_EXPRESSION} from '../markdown';

/** Both kinds of external resource (an element's src, a Markdown image) have the same remedy. */
const LOCAL_FILE_FIX = 'put the file under static/img/ and use /img/<name>';

const ACTIVE_ELEMENTS = new Set([
  MDX_EXPRESSION,
  MDX_EXPORT,
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
]);
const RESOURCE_ATTRS = ['src', 'srcset', 'href', 'data', 'poster', 'action', 'formaction', 'background'];
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;
const EXTERNAL_URL = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * Markup that runs script or loads from elsewhere: Docusaurus renders raw HTML in .md and JSX in .mdx,
 * so an element here reaches the reader's browser unchanged.
 */
export function checkMarkup(record: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  const at = (line: number, field: string) => ({file: record.file, line, field});
  for (const el of record.html) {
    const isMdx = el.name === MDX_EXPRESSION || el.name === MDX_EXPORT;
    const where = at(el.line, isMdx ? '(body) mdx' : `(body) <${el.name}>`);
    if (ACTIVE_ELEMENTS.has(el.name)) {
      const found =
        el.name === MDX_EXPRESSION
          ? 'an MDX {…} expression'
          : el.name === MDX_EXPORT
            ? 'an MDX export'
            : `a <${el.name}> element`;
      const message = `expected Markdown or a site component, found ${found}`;
      errors.push(
        contentError({
          ...where,
          message,
          fix: 'remove it; ask the docs team for a reviewed component',
          rule: 'security/raw-html',
        }),
      );
      continue;
    }
    for (const [attr, value] of Object.entries(el.attributes)) {
      if (/^on/.test(attr) || attr === 'dangerouslysetinnerhtml' || SCRIPT_URL.test(value)) {
        const message = `expected plain attributes, found ${attr}="${value.slice(0, 30)}" on <${el.name}>`;
        errors.push(contentError({...where, message, fix: 'remove the attribute', rule: 'security/raw-html'}));
      } else if (RESOURCE_ATTRS.includes(attr) && el.name !== 'a' && EXTERNAL_URL.test(value)) {
        const message = `expected a file served by this site, found ${attr}="${value.slice(0, 60)}" (the site runs offline)`;
        errors.push(
          contentError({
            ...where,
            message,
            fix: LOCAL_FILE_FIX,
            rule: 'security/external-resource',
          }),
        );
      }
    }
  }
  for (const link of record.links) {
    const where = at(link.line, '(body) link');
    if (SCRIPT_URL.test(link.url)) {
      const message = `expected a page or web address, found a script URL "${link.url.slice(0, 30)}"`;
      errors.push(contentError({...where, message, fix: 'link to a page instead', rule: 'security/raw-html'}));
    } else if (link.kind === 'image' && EXTERNAL_URL.test(link.url)) {
      const message = `expected an image served by this site, found "${link.url.slice(0, 60)}" (the site runs offline)`;
      errors.push(
        contentError({
          ...where,
          message,
          fix: LOCAL_FILE_FIX,
          rule: 'security/external-resource',
        }),
      );
    }
  }
  return errors;
}
