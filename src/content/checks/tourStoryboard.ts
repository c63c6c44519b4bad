import {codesIn} from '../codePattern';
import {contentError, type ContentError} from '../errors';
import {parseMarkdown} from '../markdown';
import {CLI_REFERENCE_FILE, flagsOf, matchCliCommand, type CliCommand} from '../cliReference';
import type {Storyboard} from '../schemas/storyboard';
import type {ParsedYaml} from '../frontmatter';
import {toString} from 'mdast-util-to-string';
import type {RootContent} from 'mdast';

/**
 * Every `aibox` command in the storyboard is a documented command with documented flags, every
 * `aibox <cmd> <version>` banner shows the version the reference shows, and every error code it prints exists.
 */
export function checkStoryboardCli(
  story: Storyboard,
  file: string,
  lineOf: ParsedYaml['lineOf'],
  cli: {commands: readonly CliCommand[]; version?: string},
  knownCodes: ReadonlySet<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  story.chapters.forEach((chapter, c) =>
    chapter.steps.forEach((step, s) => {
      if (!('run' in step)) return;
      const at = (field: string) => ({
        file,
        line: lineOf(['chapters', c, 'steps', s, field]),
        field: `chapters[${c}].steps[${s}].${field}`,
      });
      const words = step.run.trim().split(/\s+/);
      if (words[0] === 'aibox') {
        const cmd = matchCliCommand(step.run, cli.commands);
        if (!cmd) {
          errors.push(
            contentError({
              ...at('run'),
              message: `expected a command documented in ${CLI_REFERENCE_FILE}, found "${words.slice(0, 3).join(' ')}"`,
              rule: 'tour/cli-command',
            }),
          );
        } else {
          for (const flag of flagsOf(step.run).filter((f) => !cmd.flags.includes(f))) {
            const known = cmd.flags.length ? cmd.flags.join(', ') : 'no flags';
            errors.push(
              contentError({
                ...at('run'),
                message: `expected a flag of aibox ${cmd.command} (${known}), found ${flag}`,
                rule: 'tour/cli-flag',
              }),
            );
          }
        }
      }
      const banner = /^aibox ([a-z ]+?) (\d+\.\d+\.\d+)$/m.exec(step.output);
      if (banner && cli.version && banner[2] !== cli.version) {
        errors.push(
          contentError({
            ...at('output'),
            message: `expected the CLI version of the reference, ${cli.version}, found ${banner[2]}`,
            rule: 'tour/cli-version',
          }),
        );
      }
      for (const code of new Set(codesIn(step.output))) {
        if (!knownCodes.has(code)) {
          errors.push(
            contentError({
              ...at('output'),
              message: `expected an error code homed by an FAQ entry, found ${code}`,
              rule: 'tour/error-code',
            }),
          );
        }
      }
    }),
  );
  return errors;
}

/** The version printed in the reference's output banners (`aibox setup 2.4.1`), if they agree on one. */
export function cliVersionOf(referenceSource: string): string | undefined {
  const versions = new Set([...referenceSource.matchAll(/^aibox [a-z ]+? (\d+\.\d+\.\d+)$/gm)].map((m) => m[1]));
  return versions.size === 1 ? [...versions][0] : undefined;
}

interface PageChapter {
  title: string;
  line: number;
  prose: string;
  commands: string[];
  outputs: string[];
}

const normalize = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The page split at its H2 headings: each section's prose (markup removed), shell commands and text blocks. */
export function pageChapters(source: string): PageChapter[] {
  const {tree} = parseMarkdown(source, true);
  const chapters: PageChapter[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && node.depth === 2) {
      chapters.push({
        title: toString(node),
        line: node.position?.start.line ?? 1,
        prose: '',
        commands: [],
        outputs: [],
      });
      continue;
    }
    const current = chapters[chapters.length - 1];
    if (!current) continue;
    if (node.type === 'code') {
      if (node.lang === 'bash')
        current.commands.push(
          ...node.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
      else if (node.lang === 'text') current.outputs.push(node.value.replace(/\n$/, ''));
    } else if (node.type === 'paragraph') {
      current.prose += ` ${normalize(toString(node))}`;
    }
  }
  return chapters;
}

/**
 * The page is the recording's transcript: its H2 headings are the chapters, in order, and every caption,
 * command and output of a chapter appears in that chapter's section as written.
 */
export function checkStoryboardPage(
  story: Storyboard,
  file: string,
  lineOf: ParsedYaml['lineOf'],
  pageSource: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const chapters = pageChapters(pageSource).filter((c) => /^\d{1,2}:\d\d /.test(c.title));
  const want = story.chapters.map((c) => c.title);
  const have = chapters.map((c) => c.title);
  if (want.join('\n') !== have.join('\n')) {
    errors.push(
      contentError({
        file,
        line: lineOf(['chapters']),
        field: 'chapters',
        message: `expected the chapters to equal the timed H2 headings of ${story.page} (${have.join(' | ')}), found ${want.join(' | ')}`,
        rule: 'tour/chapters',
      }),
    );
    return errors;
  }
  story.chapters.forEach((chapter, c) => {
    const page = chapters[c];
    chapter.steps.forEach((step, s) => {
      const where = (field: string) => ({
        file,
        line: lineOf(['chapters', c, 'steps', s, field]),
        field: `chapters[${c}].steps[${s}].${field}`,
      });
      const missing = (field: string, what: string) =>
        errors.push(
          contentError({
            ...where(field),
            message: `expected ${what} in the section "${chapter.title}" of ${story.page}, found it missing`,
            fix: 'the page is the transcript: write it there as it appears in the recording',
            rule: 'tour/transcript',
          }),
        );
      if ('caption' in step) {
        if (!page.prose.includes(normalize(step.caption))) missing('caption', `the caption "${step.caption}"`);
        return;
      }
      if (!page.commands.includes(step.run.trim())) missing('run', `the command "${step.run}" in a bash block`);
      const output = step.output.replace(/\n$/, '');
      if (output && !page.outputs.includes(output)) missing('output', 'this output, exactly, in a text block');
    });
  });
  return errors;
}
