import fs from 'node:fs';
import path from 'node:path';
import {parseYaml, type ParsedYaml} from './frontmatter';
import {validateWith} from './validate';
import {contentError, type ContentError} from './errors';
import {storyboardSchema, type Storyboard} from './schemas/storyboard';
import {CLI_REFERENCE_FILE, parseCliReference} from './cliReference';
import {checkStoryboardCli, checkStoryboardPage, cliVersionOf} from './checks/tourStoryboard';
import {generateTourCast, type TourCast} from './generate/tourCast';

/** The checked-in script of the tour recording (beside its page, so they are edited together). */
export const STORYBOARD_FILE = 'docs/getting-started/five-minute-tour.storyboard.yaml';
/** The committed recording generated from it; Docusaurus copies static/ into the build as is. */
export const STATIC_CAST_FILE = 'static/casts/five-minute-tour.cast';

export type LineOf = ParsedYaml['lineOf'];

/** Parses and validates storyboard text. Pure: the caller reads the file. */
export function parseStoryboard(
  text: string,
  file: string,
): {
  story?: Storyboard;
  lineOf: LineOf;
  errors: ContentError[];
} {
  const yaml = parseYaml(text, 1);
  if (yaml.syntaxErrors.length) {
    const errors = yaml.syntaxErrors.map((s) =>
      contentError({
        file,
        line: s.line,
        field: '(file)',
        message: `expected valid YAML, found: ${s.message}`,
        rule: 'tour/schema',
      }),
    );
    return {lineOf: yaml.lineOf, errors};
  }
  const {value, errors} = validateWith(storyboardSchema, yaml.data, file, yaml);
  return {
    story: value,
    lineOf: yaml.lineOf,
    errors: errors.map((e) => (e.rule.startsWith('frontmatter/') ? {...e, rule: 'tour/schema'} : e)),
  };
}

export function readStoryboard(siteDir: string) {
  return parseStoryboard(fs.readFileSync(path.join(siteDir, STORYBOARD_FILE), 'utf8'), STORYBOARD_FILE);
}

/**
 * Everything `npm run tour-cast` and the tests need, from the files' text: the storyboard checked against
 * its page and the CLI reference, and the generated recording. Pure apart from reading the four inputs.
 */
export function buildTour(siteDir: string, knownCodes: ReadonlySet<string>): {cast?: TourCast; errors: ContentError[]} {
  const {story, lineOf, errors} = readStoryboard(siteDir);
  if (!story) return {errors};
  const reference = fs.readFileSync(path.join(siteDir, CLI_REFERENCE_FILE), 'utf8');
  const page = fs.readFileSync(path.join(siteDir, story.page), 'utf8');
  const cli = {commands: parseCliReference(reference), version: cliVersionOf(reference)};
  const cast = generateTourCast(story, STORYBOARD_FILE);
  return {
    cast,
    errors: [
      ...checkStoryboardCli(story, STORYBOARD_FILE, lineOf, cli, knownCodes),
      ...checkStoryboardPage(story, STORYBOARD_FILE, lineOf, page),
      ...cast.errors,
    ],
  };
}
