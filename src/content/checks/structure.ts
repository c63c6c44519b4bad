import {contentError, type ContentError} from '../errors';
import {fieldOf, isString, type AnyRecord} from '../records';
import {RUNBOOK_FOLDER} from '../schemas';

/**
 * The H2 sections each page type must have, in this order and no others (docs/contributing/writing-docs.md, "Add a
 * runbook" and "Add an FAQ entry").
 */
export const REQUIRED_SECTIONS = {
  faq: ['Symptoms', 'Cause', 'Fix', 'Escalate'],
  'disaster-recovery': [
    'Symptoms',
    'Impact assessment',
    'Immediate actions',
    'Recovery steps',
    'Verification',
    'Post-incident review',
  ],
  'day-2': ['Trigger', 'Prerequisites', 'Procedure', 'Verification', 'Rollback', 'Escalation'],
  exercise: ['Scenario', 'Injects', 'Hot wash'],
} as const;

const kindOf = (r: AnyRecord) => {
  const kind = fieldOf(r, 'kind', isString);
  return kind === 'disaster-recovery' || kind === 'day-2' ? kind : undefined;
};

export function requiredSections(record: AnyRecord): readonly string[] | undefined {
  switch (record.type) {
    case 'faq':
      return REQUIRED_SECTIONS.faq;
    case 'runbook': {
      // A runbook whose kind did not validate already has its error; its sections cannot be judged.
      const kind = kindOf(record);
      return kind && REQUIRED_SECTIONS[kind];
    }
    case 'exercise':
      return REQUIRED_SECTIONS.exercise;
    default:
      return undefined;
  }
}

export function checkSections(record: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  const {file} = record;
  for (const h of record.headings.filter((h) => h.depth === 1)) {
    errors.push(
      contentError({
        file,
        line: h.line,
        field: '(body)',
        message: `expected no "# " heading (the title comes from frontmatter), found "# ${h.text}"`,
        fix: 'make it a "## " section or remove it',
        rule: 'structure/no-h1',
      }),
    );
  }
  const required = requiredSections(record);
  if (!required) return errors;
  const found = record.headings.filter((h) => h.depth === 2);
  const label =
    record.type === 'runbook'
      ? `a ${kindOf(record)} runbook`
      : record.type === 'faq'
        ? 'an FAQ entry'
        : 'an exercise log entry';
  const wanted = required.map((s) => `"## ${s}"`).join(', ');
  for (let i = 0; i < Math.max(required.length, found.length); i++) {
    const want = required[i];
    const got = found[i];
    if (got && want && got.text === want) continue;
    const line = got?.line ?? found[found.length - 1]?.line ?? record.frontmatterLine;
    errors.push(
      contentError({
        file,
        line,
        field: `(body) section ${i + 1}`,
        message: `expected ${want ? `"## ${want}"` : 'no further "## " section'}, found ${got ? `"## ${got.text}"` : 'the end of the page'}`,
        fix: `${label} has exactly these sections in order: ${wanted}`,
        rule: 'structure/sections',
      }),
    );
    break;
  }
  return errors;
}

export function checkFolder(record: AnyRecord): ContentError[] {
  const folder = record.id.split('/')[record.type === 'faq' ? 1 : 0];
  const line = (key: string) => record.fieldLines[key] ?? record.frontmatterLine;
  const category = fieldOf(record, 'category', isString);
  if (record.type === 'faq' && category !== undefined && category !== folder) {
    const message = `expected "${folder}" (the entry's folder), found "${category}"`;
    const fix = `move the file to docs/troubleshooting/${category}/ or set category: ${folder}`;
    return [
      contentError({
        file: record.file,
        line: line('category'),
        field: 'category',
        message,
        fix,
        rule: 'faq/category-folder',
      }),
    ];
  }
  const kind = kindOf(record);
  if (record.type === 'runbook' && kind && RUNBOOK_FOLDER[kind] !== folder) {
    const message = `expected the kind of the folder "${folder}", found "${kind}"`;
    const fix = `move the file to runbooks/${RUNBOOK_FOLDER[kind]}/ or change kind`;
    return [
      contentError({file: record.file, line: line('kind'), field: 'kind', message, fix, rule: 'runbook/kind-folder'}),
    ];
  }
  const date = fieldOf(record, 'date', isString);
  if (record.type === 'exercise' && date) {
    const name = record.id.split('/')[1];
    if (!name.startsWith(`${date}-`)) {
      const message = `expected the file name to start with the exercise date "${date}-", found "${name}"`;
      const fix = `rename to runbooks/exercises/${date}-<slug>.md`;
      return [
        contentError({
          file: record.file,
          line: line('date'),
          field: 'date',
          message,
          fix,
          rule: 'exercise/filename-date',
        }),
      ];
    }
  }
  return [];
}
