import fs from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {exerciseSchema, faqSchema, pageSchema, runbookSchema} from './schemas';
import {parseMarkdown} from './markdown';
import {pageSections} from './sections';
import {parseYaml} from './frontmatter';
import {salvage, validateWith} from './validate';
import {contentError, type ContentError} from './errors';
import {classify, INSTANCES, routeOf} from './classify';
import type {ContentRecord, ContentType, Corpus, Instance, InvalidRecord} from './records';
import {loadOpsCatalogue} from './opsCatalogue';
import {loadProbes} from './probes';

const SCHEMAS: Record<ContentType, z.ZodType> = {
  page: pageSchema,
  faq: faqSchema,
  runbook: runbookSchema,
  exercise: exerciseSchema,
};

const CONTENT_EXT = /\.(md|mdx)$/;

export interface LoadResult {
  corpus: Corpus;
  errors: ContentError[];
}

/** A page over this size is refused: no legitimate page comes close, and the build and search index hold every page. */
export const MAX_PAGE_BYTES = 256 * 1024;
/**
 * Characters a reviewer cannot see but a browser, a terminal or a language model acts on: C0/C1 controls (ESC),
 * bidi controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069), TAG characters (U+E0000-E007F) and glyphs that
 * render blank (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; braille blank U+2800).
 */
export const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u115f\u1160\u3164\uffa0\u2800\u{e0000}-\u{e007f}]/u;

type Parsed = {record?: ContentRecord; invalid?: InvalidRecord; errors: ContentError[]};

/** Parses one file's text into a typed record, or says precisely why it cannot. Pure: no file system access. */
export function parseContentFile(file: string, instance: Instance, source: string): Parsed {
  const source_ = file.slice(INSTANCES[instance].dir.length + 1);
  const id = source_.replace(CONTENT_EXT, '');
  const type = classify(instance, id);
  const invalid = (extra: Partial<InvalidRecord> = {}): InvalidRecord => ({
    file,
    instance,
    id,
    route: safeRoute(instance, source_, {}) ?? `/${instance}/${id}`,
    type,
    invalid: true,
    data: {},
    headings: [],
    directives: [],
    codeBlocks: [],
    links: [],
    html: [],
    prose: [],
    source,
    sections: [],
    usesHubComponent: false,
    frontmatterLine: 1,
    fieldLines: {},
    ...extra,
  });
  const fail = (errors: ContentError[], extra?: Partial<InvalidRecord>): Parsed => ({invalid: invalid(extra), errors});

  let parsed;
  try {
    parsed = parseMarkdown(source, file.endsWith('.mdx'));
  } catch (err) {
    const e = err as {
      line?: number;
      place?: {line?: number; start?: {line?: number}};
      reason?: string;
      message: string;
    };
    const line =
      e.line ?? e.place?.line ?? e.place?.start?.line ?? Number(/\((\d+):\d+/.exec(e.reason ?? '')?.[1] ?? 1);
    const format = file.endsWith('.mdx') ? 'MDX' : 'Markdown';
    const message = `expected valid ${format}, found a syntax error: ${e.reason ?? e.message}`;
    return fail([contentError({file, line, field: '(body)', message, rule: 'files/syntax'})]);
  }
  const {headings, directives, codeBlocks, links, html, prose} = parsed;
  // Sections are taken from this one parse, so search never reads or parses a page again.
  const {sections, usesHubComponent} = pageSections(parsed.tree);
  const body = {headings, directives, codeBlocks, links, html, prose, source, sections, usesHubComponent};
  if (!parsed.frontmatter) {
    const fix = 'start the file with ---, title, description, owner, last_reviewed, ---';
    const message = 'expected a YAML frontmatter block between --- lines at the top, found none';
    return fail(
      [contentError({file, line: 1, field: '(frontmatter)', message, fix, rule: 'frontmatter/missing'})],
      body,
    );
  }
  const frontmatterLine = parsed.frontmatter.firstLine - 1;
  const yaml = parseYaml(parsed.frontmatter.text, parsed.frontmatter.firstLine);
  if (yaml.syntaxErrors.length) {
    return fail(
      yaml.syntaxErrors.map((s) =>
        contentError({
          file,
          line: s.line,
          field: '(frontmatter)',
          message: `expected valid YAML, found: ${s.message}`,
          rule: 'frontmatter/yaml',
        }),
      ),
      {...body, frontmatterLine},
    );
  }
  const lineOf: typeof yaml.lineOf = (p, o) => (p.length ? yaml.lineOf(p, o) : frontmatterLine);
  const data = yaml.data ?? {};
  const fieldLines = Object.fromEntries(Object.keys(data as object).map((k) => [k, yaml.lineOf([k], {key: true})]));
  const {value, errors} = validateWith(SCHEMAS[type], data, file, {lineOf});
  const route = safeRoute(instance, source_, (value ?? salvage(SCHEMAS[type], data)) as {id?: unknown; slug?: unknown});
  if (route === undefined) {
    const message = 'expected a slug or id that gives a valid route, found one the docs plugin rejects';
    const slugError = contentError({
      file,
      line: fieldLines.slug ?? fieldLines.id ?? frontmatterLine,
      field: 'slug',
      message,
      rule: 'frontmatter/schema',
    });
    return fail([...errors, slugError], {...body, frontmatterLine, fieldLines, data: salvage(SCHEMAS[type], data)});
  }
  if (!value) return fail(errors, {...body, route, frontmatterLine, fieldLines, data: salvage(SCHEMAS[type], data)});
  const parsedFrontmatter = {data: data as Record<string, unknown>, bodyOffset: parsed.frontmatter.endOffset};
  const record = {
    file,
    instance,
    id,
    route,
    type,
    data: value,
    ...body,
    frontmatterLine,
    fieldLines,
    parsedFrontmatter,
  } as ContentRecord;
  return {record, errors: []};
}

function placeholder(file: string, instance: Instance): Parsed {
  const parsed = parseContentFile(file, instance, '---\n---\n');
  return {invalid: parsed.invalid ?? undefined, errors: []};
}

function safeRoute(
  instance: Instance,
  source: string,
  frontMatter: {id?: unknown; slug?: unknown},
): string | undefined {
  try {
    return routeOf(instance, source, frontMatter);
  } catch {
    return undefined;
  }
}

interface Listed {
  files: string[];
  errors: ContentError[];
}

/**
 * Every content file under `dir`, and an error for each symbolic link: the check reads exactly what the build
 * reads.
 */
function listFiles(siteDir: string, dir: string): Listed {
  const root = path.join(siteDir, dir);
  if (!fs.existsSync(root)) return {files: [], errors: []};
  const files: string[] = [];
  const errors: ContentError[] = [];
  for (const d of fs.readdirSync(root, {withFileTypes: true, recursive: true})) {
    const rel = relativeFile(siteDir, path.join(d.parentPath, d.name));
    if (d.isSymbolicLink()) {
      const message = 'expected a regular file or folder, found a symbolic link';
      errors.push(
        contentError({
          file: rel,
          line: 1,
          field: '(file)',
          message,
          rule: 'files/symlink',
          fix: 'replace the link with the file itself',
        }),
      );
    } else if (d.isFile() && CONTENT_EXT.test(d.name) && !d.name.startsWith('_')) files.push(rel);
  }
  return {files: files.sort(), errors};
}

const relativeFile = (siteDir: string, abs: string) => path.relative(siteDir, abs).split(path.sep).join('/');

/** File bytes to text, refusing what a reader's browser or terminal would misread. */
export function decodeContent(file: string, bytes: Uint8Array): {text?: string; errors: ContentError[]} {
  const err = (line: number, message: string, rule: 'files/encoding' | 'files/size', fix: string) => ({
    errors: [contentError({file, line, field: '(file)', message, rule, fix})],
  });
  if (bytes.length > MAX_PAGE_BYTES) {
    return err(
      1,
      `expected at most ${MAX_PAGE_BYTES / 1024} KB, found ${Math.ceil(bytes.length / 1024)} KB`,
      'files/size',
      'split the page',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    return err(
      line,
      'expected UTF-8 text, found bytes that are not UTF-8',
      'files/encoding',
      're-save the file as UTF-8',
    );
  }
  text = text.replace(/^\uFEFF/, '');
  const control = HIDDEN_CHARACTER.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const fix = 'remove it; write an escape sequence as text, like \\e[31m, inside backticks';
    return err(line, `expected text without control characters, found ${code}`, 'files/encoding', fix);
  }
  return {text, errors: []};
}

/**
 * Reads every page of both docs instances, and the alert, dashboard and probe records, under `siteDir`.
 * Sorted by file path.
 */
export function loadContent(siteDir: string): LoadResult {
  const records: ContentRecord[] = [];
  const invalid: InvalidRecord[] = [];
  const errors: ContentError[] = [];
  for (const instance of Object.keys(INSTANCES) as Instance[]) {
    const listed = listFiles(siteDir, INSTANCES[instance].dir);
    errors.push(...listed.errors);
    for (const file of listed.files) {
      const decoded = decodeContent(file, fs.readFileSync(path.join(siteDir, file)));
      errors.push(...decoded.errors);
      // A file that cannot be read as text still exists for links and routes, with an empty body.
      const result =
        decoded.text === undefined ? placeholder(file, instance) : parseContentFile(file, instance, decoded.text);
      if (result?.record) records.push(result.record);
      if (result?.invalid) invalid.push(result.invalid);
      errors.push(...(result?.errors ?? []));
    }
  }
  const ops = loadOpsCatalogue(siteDir);
  const probes = loadProbes(siteDir);
  const {probes: probeCatalogue, probesMissing, testSeries} = probes;
  return {
    corpus: {records, invalid, ops: {...ops.catalogue, probes: probeCatalogue, probesMissing, testSeries}},
    errors: [...errors, ...ops.errors, ...probes.errors],
  };
}
