import {contentError, type ContentError} from '../errors';
import type {ContentRecord} from '../records';
import {RUNBOOK_FOLDER} from '../schemas';

/** The H2 sections each page type must have, in this order and no others (DESIGN §3). */
export const REQUIRED_SECTIONS = {
  faq: ['Symptoms', 'Cause', 'Fix', 'Escalate'],
  'disaster-recovery': ['Symptoms', 'Impact assessment', 'Immediate actions', 'Recovery steps', 'Verification', 'Post-incident review'],
  'day-2': ['Trigger', 'Prerequisites', 'Procedure', 'Verification', 'Rollback', 'Escalation'],
  exercise: ['Scenario', 'Injects', 'Hot wash'],
} as const;

export function requiredSections(record: ContentRecord): readonly string[] | undefined {
  switch (record.type) {
    case 'faq':
      return REQUIRED_SECTIONS.faq;
    case 'runbook':
      return REQUIRED_SECTIONS[record.data.kind];
    case 'exercise':
      return REQUIRED_SECTIONS.exercise;
    default:
      return undefined;
  }
}

export function checkSections(record: ContentRecord): ContentError[] {
  const errors: ContentError[] = [];
  const {file} = record;
  for (const h of record.headings.filter((h) => h.depth === 1)) {
    errors.push(contentError({file, line: h.line, field: '(body)', message: `expected no "# " heading (the title comes from frontmatter), found "# ${h.text}"`, fix: 'make it a "## " section or remove it'}));
  }
  const required = requiredSections(record);
  if (!required) return errors;
  const found = record.headings.filter((h) => h.depth === 2);
  const label = record.type === 'runbook' ? `a ${record.data.kind} runbook` : record.type === 'faq' ? 'an FAQ entry' : 'an exercise log entry';
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
      }),
    );
    break;
  }
  return errors;
}

export function checkFolder(record: ContentRecord): ContentError[] {
  const folder = record.id.split('/')[record.type === 'faq' ? 1 : 0];
  const line = (key: string) => record.fieldLines[key] ?? record.frontmatterLine;
  if (record.type === 'faq' && record.data.category !== folder) {
    return [
      contentError({file: record.file, line: line('category'), field: 'category', message: `expected "${folder}" (the entry's folder), found "${record.data.category}"`, fix: `move the file to docs/troubleshooting/${record.data.category}/ or set category: ${folder}`}),
    ];
  }
  if (record.type === 'runbook' && RUNBOOK_FOLDER[record.data.kind] !== folder) {
    return [
      contentError({file: record.file, line: line('kind'), field: 'kind', message: `expected the kind of the folder "${folder}", found "${record.data.kind}"`, fix: `move the file to runbooks/${RUNBOOK_FOLDER[record.data.kind]}/ or change kind`}),
    ];
  }
  if (record.type === 'exercise') {
    const name = record.id.split('/')[1];
    if (!name.startsWith(`${record.data.date}-`)) {
      return [contentError({file: record.file, line: line('date'), field: 'date', message: `expected the file name to start with the exercise date "${record.data.date}-", found "${name}"`, fix: `rename to runbooks/exercises/${record.data.date}-<slug>.md`})];
    }
  }
  return [];
}
