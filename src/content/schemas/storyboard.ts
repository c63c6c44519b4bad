import * as z from 'zod';
import {CONTROL_RE, expected, plainLine} from './common';

/** Text the recording writes to a viewer's terminal: lines of output, never escape sequences. */
const terminalOutput = z.string().refine((s) => !CONTROL_RE.test(s), {
  error: expected('terminal output without control characters'),
  params: {rule: 'security/plain-text'},
});

/** `m:ss` at the start of a chapter title: where the chapter starts in the recording. */
export const CHAPTER_TIME_RE = /^(\d{1,2}):([0-5]\d) /;

const seconds = (what: string) =>
  z.number({error: expected(`${what} in seconds, like 1.5`)}).min(0, expected(`${what} of 0 seconds or more`));

/** One thing that happens in the terminal: a caption line, or a command typed at a prompt and its output. */
export const storyboardStepSchema = z.union(
  [
    z.strictObject({
      caption: plainLine('caption').describe('A narration line shown in the terminal, copied from the page'),
      pause: seconds('pause').optional().describe('Seconds to hold after the caption (default: reading time)'),
    }),
    z.strictObject({
      run: plainLine('command').describe('The command, typed at the prompt'),
      at: z.enum(['host', 'sandbox'], {error: expected('"host" (your machine) or "sandbox"')}).describe('Which prompt'),
      output: terminalOutput.default('').describe('What the command prints, exactly as on the page'),
      pause: seconds('pause').optional().describe('Seconds to hold after the output (default 1.5)'),
    }),
  ],
  {error: expected('a step with either caption or run')},
);

export const storyboardChapterSchema = z.strictObject({
  title: plainLine('chapter title')
    .regex(CHAPTER_TIME_RE, expected('a title starting with its time, like "0:45 Connect the IDE"'))
    .describe('Equals an H2 heading of the tour page; starts with the chapter time m:ss'),
  steps: z.array(storyboardStepSchema).min(1, expected('at least one step')).describe('What the terminal shows'),
});

/** The checked-in script of the terminal recording: the .cast file is generated from it, never recorded by hand. */
export const storyboardSchema = z.strictObject({
  version: z.literal(1, {error: expected('version: 1')}),
  title: plainLine('title'),
  page: z
    .string()
    .regex(
      /^docs\/(?!.*(^|\/)\.\.(\/|$))[^\s]+\.mdx?$/,
      expected('the tour page path, like docs/getting-started/five-minute-tour.mdx'),
    ),
  width: z.number().int().min(40).max(200).describe('Terminal columns'),
  height: z.number().int().min(10).max(60).describe('Terminal rows'),
  prompts: z
    .strictObject({host: terminalOutput.min(1), sandbox: terminalOutput.min(1)})
    .describe('Prompt text on each side'),
  typing_seconds_per_char: seconds('typing speed').default(0.045),
  chapters: z.array(storyboardChapterSchema).min(1, expected('at least one chapter')),
});

export type Storyboard = z.infer<typeof storyboardSchema>;
export type StoryboardStep = z.infer<typeof storyboardStepSchema>;
