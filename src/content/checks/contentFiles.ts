import fs from 'node:fs';
import path from 'node:path';
import {contentError, type ContentError} from '../errors';
import {htmlElements} from '../html';
import {judgeUrl} from '../urls';
import {checkSecrets} from './secrets';
import {HIDDEN_CHARACTER} from '../loader';
import {MAX_DATA_FILE_BYTES} from '../readText';
import {SYNONYMS_FILE} from '../synonyms';
import {STORYBOARD_FILE} from '../tour';

/** Folders contributors write in; lint configuration there would apply to the files beside it. */
export const CONTENT_FOLDERS = ['docs', 'runbooks', 'monitoring'];
/** Folders whose files the site serves from its own origin: the content folders' assets and static/. */
const SERVED_FOLDERS = [...CONTENT_FOLDERS, 'static'];

/** markdownlint, cspell, ESLint and Prettier all read configuration files found next to the files they check. */
const LINT_CONFIG =
  /^(?:\.markdownlint(?:-cli2)?(?:\.[a-z]+)*|\.markdownlintignore|\.?cspell(?:\.config)?\.(?:json|jsonc|ya?ml|[cm]?js)|cspell\.config\.\w+|\.cspell\w*\.json|\.eslintrc(?:\.\w+)?|eslint\.config\.\w+|\.eslintignore|\.prettierrc(?:\.\w+)?|prettier\.config\.\w+|\.prettierignore|\.editorconfig)$/i;
const HTML_FILE = /\.(?:html?|xhtml|shtml|mht|mhtml|xht)$/i;
const SVG_FILE = /\.svg$/i;
/** SVG elements that run script, embed another document, or rewrite an attribute (to javascript:) over time. */
const ACTIVE_SVG = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
]);

/**
 * Text files beside the pages that the site or the monitoring stack publishes as they are: records (alerts,
 * dashboards, the storyboard, synonyms) and files a page links, which Docusaurus copies to /assets/files/.
 * Pages themselves are scanned with their record, where the allow-list applies.
 */
const PUBLISHED_TEXT =
  /\.(?:txt|text|log|csv|tsv|ya?ml|json[c5]?|toml|ini|conf|cfg|env|properties|sh|bash|ps1|py|js|ts|xml|svg|html?|xhtml|shtml)$/i;
/** Partials are not pages of their own (the loader skips them) but their text is published where imported. */
const PARTIAL = /^_.*\.mdx?$/i;
/** Past this, a published text file is refused by size, so no secret can hide past the part that is scanned. */
const MAX_SCANNED_BYTES = 1024 * 1024;

/** Records read whole by their own reader (src/content/readText.ts), which already refuses them past its limit. */
function hasOwnReader(file: string): boolean {
  return file.startsWith('monitoring/') || file === SYNONYMS_FILE || file === STORYBOARD_FILE;
}

/** Pages are held to this by the loader; records and linked files reach Prometheus, terminals and readers too. */
function hiddenCharacter(file: string, text: string): ContentError[] {
  const found = HIDDEN_CHARACTER.exec(text);
  if (!found) return [];
  const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return [
    contentError({
      file,
      line: text.slice(0, found.index).split('\n').length,
      field: '(file)',
      message: `expected text without control or invisible characters, found ${code}`,
      fix: 'remove it; write an escape sequence as text, like \\e[31m',
      rule: 'files/encoding',
    }),
  ];
}

function scanSecrets(abs: string, file: string): ContentError[] {
  try {
    const size = fs.statSync(abs).size;
    if (hasOwnReader(file) && size > MAX_DATA_FILE_BYTES) return [];
    if (size > MAX_SCANNED_BYTES) {
      const message = `expected at most ${MAX_SCANNED_BYTES / 1024} KB in a published text file, found ${Math.ceil(size / 1024)} KB`;
      const fix = 'keep the file small: split it, or link it from outside the site';
      return [contentError({file, line: 1, field: '(file)', message, fix, rule: 'files/size'})];
    }
    const fd = fs.openSync(abs, 'r');
    try {
      const bytes = Buffer.alloc(Math.min(size, MAX_SCANNED_BYTES));
      fs.readSync(fd, bytes, 0, bytes.length, 0);
      const text = bytes.toString('utf8');
      return [...hiddenCharacter(file, text), ...checkSecrets(file, text, [], 'in a published file')];
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return []; // unreadable files are reported by the reader that needs them
  }
}

function walk(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, {withFileTypes: true, recursive: true})
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Why an SVG would be active if served: the first script, handler or outside reference in it. */
export function activeSvg(text: string): {line: number; found: string} | undefined {
  for (const el of htmlElements(text, 1)) {
    if (ACTIVE_SVG.has(el.name)) return {line: el.line, found: `a <${el.name}> element`};
    for (const [attr, value] of Object.entries(el.attributes)) {
      if (/^on/.test(attr)) return {line: el.line, found: `the event handler ${attr} on <${el.name}>`};
      if (/(?:^|:)href$|^src$/.test(attr) && !value.trim().startsWith('#') && judgeUrl(value).kind !== 'local')
        return {line: el.line, found: `${attr}="${value.slice(0, 40)}" on <${el.name}>`};
    }
    // An external stylesheet or font is a request out; a local one is fine.
    if (el.name === 'style' || 'style' in el.attributes) {
      const css = el.attributes.style ?? '';
      if (/@import|url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(css))
        return {line: el.line, found: `an external url() in <${el.name}>`};
    }
  }
  return undefined;
}

/**
 * Files in the content folders that are not pages: lint configuration that would switch rules off, HTML files,
 * and SVGs that would run script when opened from the site's origin. Symbolic links are the loader's.
 */
export function checkContentFolders(siteDir: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const folder of SERVED_FOLDERS) {
    for (const abs of walk(path.join(siteDir, folder))) {
      const file = path.relative(siteDir, abs).split(path.sep).join('/');
      const name = path.basename(abs);
      if (PUBLISHED_TEXT.test(name) || PARTIAL.test(name)) errors.push(...scanSecrets(abs, file));
      if (CONTENT_FOLDERS.includes(folder) && LINT_CONFIG.test(name)) {
        const message = `expected no lint configuration in ${folder}/, found ${name}, which would change the rules for the files beside it`;
        errors.push(
          contentError({
            file,
            line: 1,
            field: '(file)',
            message,
            fix: 'delete it; propose the change to the configuration at the repository root',
            rule: 'files/lint-config',
          }),
        );
      } else if (HTML_FILE.test(name)) {
        const message =
          'expected Markdown pages and passive files, found an HTML file, which the site would serve as its own page';
        errors.push(
          contentError({
            file,
            line: 1,
            field: '(file)',
            message,
            fix: 'write it as a Markdown page',
            rule: 'files/active',
          }),
        );
      } else if (SVG_FILE.test(name)) {
        let text = '';
        try {
          text = fs.readFileSync(abs, 'utf8');
        } catch {
          continue; // unreadable files are reported by the reader that needs them
        }
        const active = activeSvg(text);
        if (!active) continue;
        const message = `expected a plain SVG image, found ${active.found}, which runs from the site's origin when the file is opened`;
        errors.push(
          contentError({
            file,
            line: active.line,
            field: '(file)',
            message,
            fix: 'export the image without script or links, or as PNG',
            rule: 'files/active',
          }),
        );
      }
    }
  }
  return errors;
}
