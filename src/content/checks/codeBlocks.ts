import type {z} from 'zod';
import {contentError, type ContentError} from '../errors';
import {parseYaml} from '../frontmatter';
import type {CodeBlock} from '../markdown';
import type {ContentRecord} from '../records';
import {teamPolicySchema, toolPackSchema} from '../schemas';
import {validateWith} from '../validate';

export const SHELL_LANGS = ['bash', 'sh', 'shell'] as const;

/** Code-block titles that name a format we own: the example is validated against the same schema the tools use. */
const TITLED_SCHEMAS: {match: RegExp; name: string; schema: z.ZodType}[] = [
  {match: /(^|\/)policy\.ya?ml$/, name: 'team policy', schema: teamPolicySchema},
  {match: /(^|\/)aibox-pack\.ya?ml$/, name: 'tool-pack manifest', schema: toolPackSchema},
];

export function blockTitle(meta: string | null): string | undefined {
  return meta?.match(/title=(?:"([^"]*)"|'([^']*)'|(\S+))/)?.slice(1).find((x) => x !== undefined);
}

export function schemaForBlock(block: CodeBlock) {
  const title = blockTitle(block.meta);
  return title ? TITLED_SCHEMAS.find((s) => s.match.test(title)) : undefined;
}

/** YAML and JSON blocks must parse; titled examples of our formats must validate. Shell blocks go to shellcheck elsewhere. */
export function checkDataBlocks(record: ContentRecord): ContentError[] {
  const errors: ContentError[] = [];
  for (const block of record.codeBlocks) {
    const firstLine = block.line + 1;
    const field = `(code block ${block.lang})`;
    if (block.lang === 'json') {
      try {
        JSON.parse(block.value);
      } catch (err) {
        errors.push(contentError({file: record.file, line: firstLine, field, message: `expected valid JSON, found: ${(err as Error).message}`}));
      }
    } else if (block.lang === 'yaml' || block.lang === 'yml') {
      const parsed = parseYaml(block.value, firstLine);
      if (parsed.syntaxErrors.length) {
        for (const s of parsed.syntaxErrors) errors.push(contentError({file: record.file, line: s.line, field, message: `expected valid YAML, found: ${s.message}`}));
        continue;
      }
      const target = schemaForBlock(block);
      if (target) {
        const result = validateWith(target.schema, parsed.data, record.file, parsed, `(${target.name} example)`);
        errors.push(...result.errors);
      }
    }
  }
  return errors;
}

export const shellBlocks = (record: ContentRecord) =>
  record.codeBlocks.filter((b) => (SHELL_LANGS as readonly string[]).includes(b.lang ?? ''));
