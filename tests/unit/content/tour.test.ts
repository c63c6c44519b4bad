import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {loadContent} from '../../../src/content/loader';
import {codeHomes} from '../../../src/content/queries';
import {buildTour, parseStoryboard, readStoryboard, STATIC_CAST_FILE, STORYBOARD_FILE} from '../../../src/content/tour';
import {generateTourCast, MAX_TOUR_SECONDS, wrap} from '../../../src/content/generate/tourCast';
import {checkStoryboardCli, checkStoryboardPage, pageChapters} from '../../../src/content/checks/tourStoryboard';
import {flagsOf, matchCliCommand, parseCliReference} from '../../../src/content/cliReference';
import {storyboardSchema, type Storyboard} from '../../../src/content/schemas/storyboard';

const siteDir = process.cwd();
const codes = new Set(codeHomes(loadContent(siteDir).corpus).keys());
const reference = fs.readFileSync('docs/reference/cli.md', 'utf8');
const commands = parseCliReference(reference);
const noLine = () => 1;

test('the CLI reference yields every command with the flags of its usage block', () => {
  assert.deepEqual(
    commands.map((c) => `${c.command}: ${c.flags.join(' ')}`),
    [
      'setup: --relogin',
      'start: --project',
      'stop: ',
      'status: ',
      'doctor: --explain --json',
      'network test: ',
      'policy explain: --log-entry',
      'update: --check',
      'feedback: ',
      'logs: --since',
      'creds status: ',
      'creds refresh: ',
    ],
  );
  assert.equal(matchCliCommand('aibox creds status', commands)?.command, 'creds status');
  assert.equal(matchCliCommand('aibox network test pastebin.com', commands)?.command, 'network test');
  assert.equal(matchCliCommand('aibox teleport', commands), undefined);
  assert.deepEqual(flagsOf('aibox start --project ~/src/x --fast'), ['--project', '--fast']);
});

test('the storyboard agrees with the tour page, the CLI reference and the error codes', () => {
  const {cast, errors} = buildTour(siteDir, codes);
  assert.deepEqual(errors, []);
  assert.ok(cast);
  assert.ok(cast.durationSeconds < MAX_TOUR_SECONDS, `${cast.durationSeconds} s`);
  const page = fs.readFileSync('docs/getting-started/five-minute-tour.mdx', 'utf8');
  const timed = pageChapters(page)
    .map((c) => c.title)
    .filter((t) => /^\d:\d\d /.test(t));
  assert.deepEqual(
    cast.markers.map(([, title]) => title),
    timed,
  );
  assert.deepEqual(
    cast.markers.map(([at]) => at),
    [0, 40, 80, 135, 160, 190],
  );
});

test('the committed recording is the one the storyboard generates (run npm run tour-cast)', () => {
  const {cast} = buildTour(siteDir, codes);
  assert.equal(fs.readFileSync(STATIC_CAST_FILE, 'utf8'), cast?.text);
});

test('the recording is asciicast v2: a header line, then time-ordered output and marker events', () => {
  const {story} = readStoryboard(siteDir);
  assert.ok(story);
  const first = generateTourCast(story, STORYBOARD_FILE);
  assert.equal(generateTourCast(story, STORYBOARD_FILE).text, first.text, 'deterministic');
  const [head, ...lines] = first.text.trimEnd().split('\n');
  assert.deepEqual(JSON.parse(head), {
    version: 2,
    width: 100,
    height: 28,
    title: 'AI-Box in 5 minutes',
    env: {SHELL: '/bin/bash', TERM: 'xterm-256color'},
  });
  let last = 0;
  for (const line of lines) {
    const [at, kind, data] = JSON.parse(line) as [number, string, string];
    assert.ok(at >= last, `time goes forward at ${line}`);
    assert.ok(kind === 'o' || kind === 'm');
    assert.equal(typeof data, 'string');
    last = at;
  }
  assert.equal(lines.filter((l) => JSON.parse(l)[1] === 'm').length, 6);
});

const tiny = (steps: Storyboard['chapters'][number]['steps'], title = '0:00 Start the sandbox'): Storyboard =>
  storyboardSchema.parse({
    version: 1,
    title: 'T',
    page: 'docs/getting-started/five-minute-tour.mdx',
    width: 80,
    height: 24,
    prompts: {host: '$ ', sandbox: '# '},
    chapters: [{title, steps}],
  });

test('[tour/cli-command, tour/cli-flag, tour/cli-version, tour/error-code] an undocumented command, flag or error code in the storyboard is an error', () => {
  const story = tiny([
    {run: 'aibox start --fast', at: 'host', output: ''},
    {run: 'aibox teleport now', at: 'host', output: ''},
    {run: 'aibox doctor', at: 'host', output: 'aibox doctor 2.4.1\n  FAIL  AIBOX-NET-999  nope\n'},
    {run: 'aibox stop', at: 'host', output: 'aibox stop 9.9.9\n'},
  ]);
  const errors = checkStoryboardCli(story, 'sb.yaml', noLine, {commands, version: '2.4.1'}, codes);
  assert.deepEqual(
    errors.map((e) => `${e.field} [${e.rule}] ${e.message}`),
    [
      'chapters[0].steps[0].run [tour/cli-flag] expected a flag of aibox start (--project), found --fast',
      'chapters[0].steps[1].run [tour/cli-command] expected a command documented in docs/reference/cli.md, found "aibox teleport now"',
      'chapters[0].steps[2].output [tour/error-code] expected an error code homed by an FAQ entry, found AIBOX-NET-999',
      'chapters[0].steps[3].output [tour/cli-version] expected the CLI version of the reference, 2.4.1, found 9.9.9',
    ],
  );
});

test('[tour/transcript, tour/chapters] a caption, command or output missing from the page, or a chapter that is not a heading, is an error', () => {
  const page = '## 0:00 Start the sandbox\n\n"Good morning."\n\n```bash\naibox stop\n```\n\n```text\nbye\n```\n';
  const ok = tiny([{caption: 'Good morning.'}, {run: 'aibox stop', at: 'host', output: 'bye\n'}]);
  assert.deepEqual(checkStoryboardPage(ok, 'sb.yaml', noLine, page), []);
  const bad = tiny([{caption: 'Good evening.'}, {run: 'aibox status', at: 'host', output: 'hello\n'}]);
  assert.deepEqual(
    checkStoryboardPage(bad, 'sb.yaml', noLine, page).map((e) => `${e.field} [${e.rule}]`),
    [
      'chapters[0].steps[0].caption [tour/transcript]',
      'chapters[0].steps[1].run [tour/transcript]',
      'chapters[0].steps[1].output [tour/transcript]',
    ],
  );
  const renamed = tiny([{caption: 'Good morning.'}], '0:00 Begin');
  assert.equal(checkStoryboardPage(renamed, 'sb.yaml', noLine, page)[0].rule, 'tour/chapters');
});

test('a chapter that runs past the next chapter start is an error, as is a recording of 5 minutes or more', () => {
  const long = {caption: Array.from({length: 200}, () => 'word').join(' ')};
  const story = storyboardSchema.parse({
    ...tiny([{caption: 'x'}]),
    chapters: [
      {title: '0:00 One', steps: [long]},
      {title: '0:10 Two', steps: [long]},
      {title: '4:55 Three', steps: [long]},
    ],
  });
  const {errors} = generateTourCast(story, 'sb.yaml');
  assert.deepEqual(
    errors.map((e) => e.message),
    [
      'expected "0:00 One" to end by 10 s, where "0:10 Two" starts, found it runs to 64.8 s',
      'expected a recording under 300 s, found 359.8 s',
    ],
  );
});

test('captions wrap at word boundaries', () => {
  assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
});

test('[tour/schema] a storyboard with a misspelt key or terminal escapes in its output is refused', () => {
  const good = fs.readFileSync(STORYBOARD_FILE, 'utf8');
  const typo = parseStoryboard(good.replace(/^width:/m, 'widht:'), STORYBOARD_FILE);
  assert.deepEqual(
    typo.errors.map((e) => [e.field, e.rule]),
    [['widht', 'tour/schema']],
  );
  const story = parseStoryboard(good, STORYBOARD_FILE).story!;
  story.chapters[0].steps.push({
    run: 'aibox status',
    at: 'host',
    output: 'ok \u001b]8;;https://evil.example\u001b\\here',
  });
  const result = storyboardSchema.safeParse(story);
  assert.equal(result.success, false);
});

test('[tour/timing] a recording of five minutes or more is refused', () => {
  const story = parseStoryboard(fs.readFileSync(STORYBOARD_FILE, 'utf8'), STORYBOARD_FILE).story!;
  const last = story.chapters[story.chapters.length - 1];
  last.steps.push({caption: 'And now a very long pause.', pause: MAX_TOUR_SECONDS});
  const cast = generateTourCast(story, STORYBOARD_FILE);
  assert.deepEqual(
    cast.errors.map((e) => [e.field, e.rule]),
    [['chapters', 'tour/timing']],
  );
});
