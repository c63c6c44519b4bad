import {contentError, type ContentError} from '../errors';
import type {AnyRecord} from '../records';
import type {SecretAllowlist} from '../schemas';
import {MDX_EXPORT, MDX_EXPRESSION} from '../markdown';

/** Token shapes that are never legitimate on a page; each named so the error says what was found. */
export const SECRET_PATTERNS: {name: string; re: RegExp}[] = [
  {name: 'a Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/g},
  {name: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{30,}/g},
  {name: 'a GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{22,}/g},
  {name: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g},
  {name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g},
  {name: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g},
  {name: 'a private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g},
  {name: 'a JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g},
];

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every token-shaped secret in a file's full text (frontmatter, prose and code blocks alike). */
export function checkSecrets(file: string, text: string, allow: SecretAllowlist['entries']): ContentError[] {
  const allowed = new Set(allow.filter((e) => e.file === file).map((e) => e.match));
  const errors: ContentError[] = [];
  for (const {name, re} of SECRET_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (allowed.has(m[0])) continue;
      const shown = `${m[0].slice(0, 8)}…`;
      const message = `expected no secrets on a page, found ${name} (${shown})`;
      const fix =
        'revoke it now if it is real; write a placeholder like <token>, or add a reviewed fake to secret-allowlist.json';
      errors.push(
        contentError({file, line: lineAt(text, m.index), field: '(secret)', message, fix, rule: 'security/secret'}),
      );
    }
  }
  return errors;
}

/** Allow-list entries must still match something, so the list cannot grow into a blanket exception. */
export function checkAllowlistUsed(
  allow: SecretAllowlist['entries'],
  texts: Map<string, string>,
  listFile: string,
): ContentError[] {
  return allow.flatMap((e, i) =>
    texts.get(e.file)?.includes(e.match)
      ? []
      : [
          contentError({
            file: listFile,
            line: 1,
            field: `entries[${i}]`,
            message: `expected an entry that matches text in ${e.file}, found none`,
            fix: 'remove the stale entry',
            rule: 'security/secret',
          }),
        ],
  );
}

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
