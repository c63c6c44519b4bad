import fs from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {exerciseSchema, faqSchema, pageSchema, runbookSchema} from './schemas';
import {parseMarkdown} from './markdown';
import {parseYaml} from './frontmatter';
import {validateWith} from './validate';
import {contentError, type ContentError} from './errors';
import {classify, INSTANCES, routeOf} from './classify';
import {loadOpsCatalogue} from './opsCatalogue';
import type {ContentRecord, ContentType, Corpus, Instance} from './records';

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

/** Parses one file's text into a typed record, or says precisely why it cannot. Pure: no file system access. */
export function parseContentFile(
  file: string,
  instance: Instance,
  source: string,
): {record?: ContentRecord; errors: ContentError[]} {
  const id = file.slice(INSTANCES[instance].dir.length + 1).replace(CONTENT_EXT, '');
  const type = classify(instance, id);
  let parsed;
  try {
    parsed = parseMarkdown(source, file.endsWith('.mdx'));
  } catch (err) {
    const e = err as {line?: number; place?: {line?: number; start?: {line?: number}}; reason?: string; message: string};
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return {errors: [contentError({file, line, field: '(body)', message: `expected valid ${file.endsWith('.mdx') ? 'MDX' : 'Markdown'}, found a syntax error: ${e.reason ?? e.message}`})]};
  }
  if (!parsed.frontmatter) {
    return {
      errors: [
        contentError({file, line: 1, field: '(frontmatter)', message: 'expected a YAML frontmatter block between --- lines at the top, found none', fix: 'start the file with ---, title, description, owner, last_reviewed, ---'}),
      ],
    };
  }
  const yaml = parseYaml(parsed.frontmatter.text, parsed.frontmatter.firstLine);
  if (yaml.syntaxErrors.length) {
    return {errors: yaml.syntaxErrors.map((s) => contentError({file, line: s.line, field: '(frontmatter)', message: `expected valid YAML, found: ${s.message}`}))};
  }
  const frontmatterLine = parsed.frontmatter.firstLine - 1;
  const lineOf: typeof yaml.lineOf = (p, o) => (p.length ? yaml.lineOf(p, o) : frontmatterLine);
  const data = yaml.data ?? {};
  const {value, errors} = validateWith(SCHEMAS[type], data, file, {lineOf});
  if (!value) return {errors};
  const slug = (value as {slug?: string}).slug;
  const record = {
    file,
    instance,
    id,
    route: routeOf(instance, id, slug),
    type,
    data: value,
    headings: parsed.headings,
    directives: parsed.directives,
    codeBlocks: parsed.codeBlocks,
    links: parsed.links,
    frontmatterLine,
    fieldLines: Object.fromEntries(Object.keys(data as object).map((k) => [k, yaml.lineOf([k], {key: true})])),
  } as ContentRecord;
  return {record, errors: []};
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((d) => d.isFile() && CONTENT_EXT.test(d.name) && !d.name.startsWith('_'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Reads every page of both docs instances, and the alert and dashboard records, under `siteDir`. Sorted by file path. */
export function loadContent(siteDir: string): LoadResult {
  const records: ContentRecord[] = [];
  const errors: ContentError[] = [];
  for (const instance of Object.keys(INSTANCES) as Instance[]) {
    for (const abs of listFiles(path.join(siteDir, INSTANCES[instance].dir))) {
      const file = path.relative(siteDir, abs).split(path.sep).join('/');
      const result = parseContentFile(file, instance, fs.readFileSync(abs, 'utf8'));
      if (result.record) records.push(result.record);
      errors.push(...result.errors);
    }
  }
  const ops = loadOpsCatalogue(siteDir);
  return {corpus: {records, ops: ops.catalogue}, errors: [...errors, ...ops.errors]};
}
