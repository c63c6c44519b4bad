import type {z} from 'zod';
import {contentError, type ContentError} from '../errors';
import {parseYaml} from '../frontmatter';
import type {CodeBlock} from '../markdown';
import type {AnyRecord} from '../records';
import {
  projectPacksSchema,
  teamPolicySchema,
  toolPackSchema,
  wslConfSchema,
  wslconfigSchema,
  WSLCONF_SECTIONS,
} from '../schemas';
import {parseIni} from '../ini';
import {validateWith} from '../validate';

export const SHELL_LANGS = ['bash', 'sh', 'shell'] as const;

/** Code-block titles that name a format we own: the example is validated against the same schema the tools use. */
const TITLED_SCHEMAS: {match: RegExp; name: string; schema: z.ZodType}[] = [
  {match: /(^|\/)policy\.ya?ml$/, name: 'team policy', schema: teamPolicySchema},
  {match: /(^|\/)aibox-pack\.ya?ml$/, name: 'tool-pack manifest', schema: toolPackSchema},
  {match: /(^|\/)packs\.ya?ml$/, name: 'project tool packs', schema: projectPacksSchema},
];

export function blockTitle(meta: string | null): string | undefined {
  return meta
    ?.match(/title=(?:"([^"]*)"|'([^']*)'|(\S+))/)
    ?.slice(1)
    .find((x) => x !== undefined);
}

export function schemaForBlock(block: CodeBlock) {
  const title = blockTitle(block.meta);
  return title ? TITLED_SCHEMAS.find((s) => s.match.test(title)) : undefined;
}

/**
 * YAML and JSON blocks must parse; titled examples of our formats must validate.
 * Shell blocks go to shellcheck elsewhere.
 */
export function checkDataBlocks(record: AnyRecord): ContentError[] {
  const errors: ContentError[] = [];
  for (const block of record.codeBlocks) {
    const firstLine = block.line + 1;
    const field = `(code block ${block.lang})`;
    if (block.lang === 'json') {
      try {
        JSON.parse(block.value);
      } catch (err) {
        errors.push(
          contentError({
            file: record.file,
            line: firstLine,
            field,
            message: `expected valid JSON, found: ${(err as Error).message}`,
            rule: 'blocks/json',
          }),
        );
      }
    } else if (block.lang === 'yaml' || block.lang === 'yml') {
      const parsed = parseYaml(block.value, firstLine);
      if (parsed.syntaxErrors.length) {
        for (const s of parsed.syntaxErrors)
          errors.push(
            contentError({
              file: record.file,
              line: s.line,
              field,
              message: `expected valid YAML, found: ${s.message}`,
              rule: 'blocks/yaml',
            }),
          );
        continue;
      }
      const target = schemaForBlock(block);
      if (target) {
        const result = validateWith(
          target.schema,
          parsed.data,
          record.file,
          parsed,
          `(${target.name} example)`,
          'blocks/example',
        );
        errors.push(...result.errors);
      }
    } else if (block.lang === 'ini') {
      errors.push(...checkWslIni(record.file, block.value, firstLine));
    }
  }
  return errors;
}

export const shellBlocks = (record: AnyRecord) =>
  record.codeBlocks.filter((b) => (SHELL_LANGS as readonly string[]).includes(b.lang ?? ''));

/**
 * `ini` blocks on this site are WSL settings: `.wslconfig` (sections [wsl2], [experimental]) or `/etc/wsl.conf`
 * ([boot], [network], ...). A misspelt key would be silently ignored by WSL, so it fails here.
 */
function checkWslIni(file: string, text: string, firstLine: number): ContentError[] {
  const ini = parseIni(text, firstLine);
  const field = '(code block ini)';
  const errors = ini.errors.map((e) =>
    contentError({file, line: e.line, field, message: e.message, rule: 'blocks/example'}),
  );
  const sections = Object.keys(ini.data);
  const isWslConf = sections.some((s) => WSLCONF_SECTIONS.includes(s));
  const [schema, name] = isWslConf ? [wslConfSchema, 'wsl.conf'] : [wslconfigSchema, '.wslconfig'];
  const lineOf = (path: readonly PropertyKey[]) =>
    ini.lines.get(path.join('.')) ?? ini.lines.get(String(path[0])) ?? firstLine;
  return [...errors, ...validateWith(schema, ini.data, file, {lineOf}, `(${name} example)`, 'blocks/example').errors];
}
