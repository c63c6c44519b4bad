/**
 * The one way a YAML data file (a monitoring record, the storyboard, the synonym list) becomes a value: read it,
 * parse it, validate it with its schema, and give every error the file's own rule. Each reader used to spell this
 * out itself, and the copies had begun to drift.
 */
import type {z} from 'zod';
import {contentError, type ContentError} from './errors';
import {parseYaml, type ParsedYaml} from './frontmatter';
import {readContentText} from './readText';
import type {RuleId} from './rules';
import {validateWith} from './validate';

export interface YamlRecord<T> {
  value?: T;
  /** Present when the text is valid YAML, so a caller can validate items one by one and find their lines. */
  yaml?: ParsedYaml;
  errors: ContentError[];
}

/** Parses YAML text; every syntax error is one error under `rule`. Pure: the caller reads the file. */
export function parseYamlText(text: string, file: string, rule: RuleId): {yaml?: ParsedYaml; errors: ContentError[]} {
  const yaml = parseYaml(text, 1);
  if (!yaml.syntaxErrors.length) return {yaml, errors: []};
  const errors = yaml.syntaxErrors.map((s) =>
    contentError({file, line: s.line, field: '(file)', message: `expected valid YAML, found: ${s.message}`, rule}),
  );
  return {errors};
}

/**
 * A generic schema issue (wrong type, unknown key) becomes the file's rule; an issue a schema files under a rule of
 * its own (markup in plain text) keeps it, so the contributor sees which rule to read about.
 */
export const withRule =
  (rule: RuleId) =>
  (e: ContentError): ContentError =>
    e.rule.startsWith('frontmatter/') ? {...e, rule} : e;

/** Parses and validates YAML text. Pure: the caller reads the file. */
export function parseYamlRecord<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  rule: RuleId,
): YamlRecord<z.output<S>> {
  const {yaml, errors} = parseYamlText(text, file, rule);
  if (!yaml) return {errors};
  const {value, errors: schemaErrors} = validateWith(schema, yaml.data ?? null, file, yaml);
  return {value, yaml, errors: schemaErrors.map(withRule(rule))};
}

/** Reads, parses and validates one YAML file under `siteDir`; a file that cannot be read is one error too. */
export function readYamlRecord<S extends z.ZodType>(
  siteDir: string,
  file: string,
  schema: S,
  rule: RuleId,
): YamlRecord<z.output<S>> {
  const read = readContentText(siteDir, file, rule);
  if (read.text === undefined) return {errors: read.errors};
  return parseYamlRecord(read.text, file, schema, rule);
}
