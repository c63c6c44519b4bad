import type {ParsedYaml} from './frontmatter';
import {readContentText} from './readText';
import {parseYamlRecord} from './readYamlRecord';
import type {ContentError} from './errors';
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
  const {value, yaml, errors} = parseYamlRecord(text, file, storyboardSchema, 'tour/schema');
  return {story: value, lineOf: yaml?.lineOf ?? (() => 1), errors};
}

export function readStoryboard(siteDir: string): ReturnType<typeof parseStoryboard> {
  const read = readContentText(siteDir, STORYBOARD_FILE, 'tour/schema');
  if (read.text === undefined) return {lineOf: () => 1, errors: read.errors};
  return parseStoryboard(read.text, STORYBOARD_FILE);
}

/**
 * Everything `npm run tour-cast` and the tests need, from the files' text: the storyboard checked against
 * its page and the CLI reference, and the generated recording. Pure apart from reading the four inputs.
 */
export function buildTour(siteDir: string, knownCodes: ReadonlySet<string>): {cast?: TourCast; errors: ContentError[]} {
  const {story, lineOf, errors} = readStoryboard(siteDir);
  if (!story) return {errors};
  const referenceRead = readContentText(siteDir, CLI_REFERENCE_FILE, 'tour/cli-command');
  // The page is named in the storyboard, so a page that is not there is the storyboard's error, at its line.
  const pageRead = readContentText(siteDir, story.page, 'tour/schema');
  const pageErrors = pageRead.errors.map((e) => ({
    ...e,
    file: STORYBOARD_FILE,
    line: lineOf(['page']),
    field: 'page',
    message: `expected an existing page file, found ${e.message.replace(/^expected [^,]*, found /, '')} at "${story.page}"`,
    fix: 'name a page that exists, such as docs/getting-started/five-minute-tour.mdx',
  }));
  if (referenceRead.text === undefined || pageRead.text === undefined) {
    return {errors: [...errors, ...referenceRead.errors, ...pageErrors]};
  }
  const reference = referenceRead.text;
  const page = pageRead.text;
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
