import {contentError, type ContentError} from '../errors';
import {CHAPTER_TIME_RE, type Storyboard, type StoryboardStep} from '../schemas/storyboard';

/** Where the build serves the recording; the tour page's player loads it from here (same origin). */
export const TOUR_CAST_PATH = 'casts/five-minute-tour.cast';
/** The recording must stay under this many seconds (the plan: "Keep it under 5 minutes"). */
export const MAX_TOUR_SECONDS = 300;

const ESC = '\u001b';
const STYLE = {
  chapter: `${ESC}[1;97;44m`,
  caption: `${ESC}[36m`,
  host: `${ESC}[1;32m`,
  sandbox: `${ESC}[1;35m`,
  reset: `${ESC}[0m`,
};
/** Fixed rhythm, in milliseconds, so the same storyboard always yields the same file. */
const MS = {
  afterChapterBanner: 800,
  beforeEnter: 400,
  perOutputLine: 40,
  defaultPause: 1500,
  minCaption: 2000,
  perWord: 320,
};

export const chapterStartSeconds = (title: string): number => {
  const m = CHAPTER_TIME_RE.exec(title);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** Reading time for a caption: about 190 words a minute, never under two seconds. */
export const readingMs = (text: string): number =>
  Math.max(MS.minCaption, text.split(/\s+/).filter(Boolean).length * MS.perWord);

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type Event = [number, 'o' | 'm', string];

export interface TourCast {
  /** The asciicast v2 file: a JSON header line, then one JSON event array per line. */
  text: string;
  durationSeconds: number;
  /** Chapter markers in order: [seconds, title]. */
  markers: [number, string][];
  errors: ContentError[];
}

const secs = (ms: number) => Number((ms / 1000).toFixed(3));
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/**
 * Turns the storyboard into an asciicast v2 recording. Pure and deterministic: timings come from the
 * storyboard and fixed rates, never from a clock. Each chapter starts at the time in its title, marked
 * with an "m" event, so the player's chapter markers and the page's headings say the same thing.
 */
export function generateTourCast(story: Storyboard, file: string): TourCast {
  const events: Event[] = [];
  const errors: ContentError[] = [];
  const markers: [number, string][] = [];
  const emit = (ms: number, data: string) => events.push([secs(ms), 'o', data]);
  let t = 0;
  story.chapters.forEach((chapter, i) => {
    const start = chapterStartSeconds(chapter.title) * 1000;
    if (start < t) {
      errors.push(
        contentError({
          file,
          line: 1,
          field: `chapters[${i - 1}]`,
          message: `expected "${story.chapters[i - 1].title}" to end by ${secs(start)} s, where "${chapter.title}" starts, found it runs to ${secs(t)} s`,
          fix: 'shorten its captions or pauses, or move the next chapter (its title and the page heading) later',
          rule: 'tour/timing',
        }),
      );
    }
    t = Math.max(t, start);
    events.push([secs(t), 'm', chapter.title]);
    markers.push([secs(t), chapter.title]);
    emit(t, `${i ? '\r\n' : ''}${STYLE.chapter} ${chapter.title} ${STYLE.reset}\r\n\r\n`);
    t += MS.afterChapterBanner;
    for (const step of chapter.steps) t = playStep(step, story, t, emit);
  });
  const durationSeconds = secs(t);
  if (durationSeconds >= MAX_TOUR_SECONDS) {
    errors.push(
      contentError({
        file,
        line: 1,
        field: 'chapters',
        message: `expected a recording under ${MAX_TOUR_SECONDS} s, found ${durationSeconds} s`,
        rule: 'tour/timing',
      }),
    );
  }
  const header = {
    version: 2,
    width: story.width,
    height: story.height,
    title: story.title,
    env: {SHELL: '/bin/bash', TERM: 'xterm-256color'},
  };
  const text =
    [JSON.stringify(header), ...events.map(([at, kind, data]) => `[${at}, "${kind}", ${JSON.stringify(data)}]`)].join(
      '\n',
    ) + '\n';
  return {text, durationSeconds, markers, errors};
}

function playStep(
  step: StoryboardStep,
  story: Storyboard,
  start: number,
  emit: (ms: number, data: string) => void,
): number {
  let t = start;
  if ('caption' in step) {
    const lines = wrap(step.caption, story.width - 2).map((l) => `${STYLE.caption}# ${l}${STYLE.reset}`);
    emit(t, `${lines.join('\r\n')}\r\n`);
    return t + (step.pause !== undefined ? step.pause * 1000 : readingMs(step.caption));
  }
  const prompt =
    step.at === 'host'
      ? `${STYLE.host}${story.prompts.host}${STYLE.reset}`
      : `${STYLE.sandbox}${story.prompts.sandbox}${STYLE.reset}`;
  emit(t, prompt);
  const perChar = Math.round(story.typing_seconds_per_char * 1000);
  for (const ch of step.run) {
    t += perChar;
    emit(t, ch);
  }
  t += MS.beforeEnter;
  emit(t, '\r\n');
  const output = step.output.replace(/\n$/, '');
  if (output) {
    for (const line of output.split('\n')) {
      t += MS.perOutputLine;
      emit(t, `${crlf(line)}\r\n`);
    }
  }
  return t + (step.pause !== undefined ? step.pause * 1000 : MS.defaultPause);
}
