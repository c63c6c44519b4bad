// The one command-line kit for every script: --help, exit codes, one-line errors, dates, content, outputs.
//   --help          usage on stdout, exit 0
//   usage error     one line on stderr, exit 2
//   I/O or data     one line naming the file on stderr (content errors: the check's report), exit 1
// No script ever prints a stack trace.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {loadAndCheck, SECRET_ALLOWLIST_FILE} from '../../src/content/check';
import {CONTENT_FOLDERS} from '../../src/content/checks/contentFiles';
import {LOCK_FILE} from '../../src/content/checks/codes';
import {formatReport, onlyErrors, type ContentError} from '../../src/content/errors';
import type {Corpus} from '../../src/content/records';
import {isoDate} from '../../src/content/schemas';
import {WriteError, writeFilesAtomic, type OutputFile} from '../../src/adapters/writeFiles';

/** A failure the user can act on: printed as it is, one line, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, 2);

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** `npm run <name>`, used in messages. */
  name: string;
  /** Usage line(s) and a short description, printed by --help. */
  usage: string;
  options: O;
  /** How many positional arguments the command takes. */
  positionals?: {min: number; max: number};
}

export type Args<O extends Options> = {
  values: ReturnType<typeof parseArgs<{options: O; allowPositionals: true}>>['values'];
  positionals: string[];
};

const oneLine = (s: string) => s.split('\n')[0].trim();

/** Parses the arguments, runs `main`, and turns every outcome into the right output and exit code. */
export async function runCli<O extends Options>(
  spec: CliSpec<O>,
  main: (args: Args<O>) => number | Promise<number>,
): Promise<never> {
  process.exit(await runCliCode(spec, main, process.argv.slice(2)));
}

async function runCliCode<O extends Options>(
  spec: CliSpec<O>,
  main: (args: Args<O>) => number | Promise<number>,
  argv: string[],
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(spec.usage);
    return 0;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({args: argv, options: spec.options, allowPositionals: true, strict: true});
    } catch (err) {
      throw usageError(`${oneLine((err as Error).message)} (see npm run ${spec.name} -- --help)`);
    }
    const {min = 0, max = 0} = spec.positionals ?? {};
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      const got = parsed.positionals.length;
      throw usageError(
        `expected ${min === max ? min : `${min} to ${max}`} argument(s), found ${got} (see npm run ${spec.name} -- --help)`,
      );
    }
    return await main(parsed as Args<O>);
  } catch (err) {
    if (err instanceof CliError) {
      console.error(`${spec.name}: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof WriteError) {
      console.error(`${spec.name}: ${err.message}`);
      return 1;
    }
    console.error(`${spec.name}: ${oneLine((err as Error)?.message ?? String(err))}`);
    return 1;
  }
}

/** A date flag, validated with the content model's date schema. */
export function dateArg(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const result = isoDate.safeParse(value);
  if (!result.success) throw usageError(`--${flag}: expected a real date like 2026-11-20, found "${value}"`);
  return result.data;
}

type Paths = Record<string, string | undefined>;

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? oneLine((err as Error).message);
const statOrNull = (file: string) => {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
};

/** Refuses an input that is not a readable file, as one line naming it, before any work is done. */
export function inputFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${codeOf(err)}`);
  }
  if (stat.isDirectory()) throw new CliError(`${file}: cannot read: a directory, expected a file`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${codeOf(err)}`);
  }
  return file;
}

/** Refuses a folder argument that is missing or is a file, as one line naming it. */
export function inputDir(dir: string, missing = 'cannot read: ENOENT'): string {
  const stat = statOrNull(dir);
  if (!stat) throw new CliError(`${dir}: ${missing}`);
  if (!stat.isDirectory()) throw new CliError(`${dir}: cannot read: a file, expected a directory`);
  return dir;
}

/**
 * The real path of a file that may not exist yet: its nearest existing ancestor resolved (symbolic links followed),
 * the rest appended. An ancestor that is not a directory makes the file unwritable.
 */
function realTarget(file: string): {real: string; blocked?: string} {
  let cur = path.resolve(file);
  const rest: string[] = [];
  for (;;) {
    const stat = statOrNull(cur);
    if (stat) {
      if (rest.length && !stat.isDirectory()) return {real: cur, blocked: cur};
      return {real: path.join(fs.realpathSync(cur), ...rest)};
    }
    const parent = path.dirname(cur);
    if (parent === cur) return {real: path.resolve(file)};
    rest.unshift(path.basename(cur));
    cur = parent;
  }
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Checks a command's file arguments up front, so a bad one costs no work and leaves nothing half-written: every
 * input is a readable file, no output is a directory or below a file, and no output is also an input or another
 * output (the same file however it is spelt: a relative path, a symbolic or a hard link). A command that reads
 * the content of `contentOf` (a site folder) also may not write into its content folders or its root files.
 */
export function checkFileArgs({
  inputs = {},
  outputs = {},
  contentOf,
}: {
  inputs?: Paths;
  outputs?: Paths;
  contentOf?: string;
}): void {
  const given = (paths: Paths) => Object.entries(paths).filter((e): e is [string, string] => e[1] !== undefined);
  for (const [, file] of given(inputs)) inputFile(file);
  const seen: {flag: string; file: string; kind: 'input' | 'output'}[] = given(inputs).map(([flag, file]) => ({
    flag,
    file,
    kind: 'input',
  }));
  const content = contentOf === undefined ? [] : CONTENT_INPUTS.map((c) => realTarget(path.join(contentOf, c)).real);
  for (const [flag, file] of given(outputs)) {
    const stat = statOrNull(file);
    if (stat?.isDirectory()) throw new CliError(`${file}: cannot write: a directory, expected a file`);
    const target = realTarget(file);
    if (target.blocked) throw new CliError(`${file}: cannot write: ${target.blocked} is a file, not a directory`);
    const same = seen.find((s) => sameFile(s.file, file));
    if (same) {
      throw new CliError(
        `${file}: cannot write: --${flag} is also the ${same.kind} of ${label(same.flag)}; give --${flag} another file`,
      );
    }
    const read = content.findIndex((c) => inside(target.real, c));
    if (read >= 0) {
      throw new CliError(
        `${file}: cannot write: --${flag} is in the content this command reads (${CONTENT_INPUTS[read]}); give --${flag} a file outside it`,
      );
    }
    seen.push({flag, file, kind: 'output'});
  }
}

/** What the content check reads: the content folders and the files at the root that steer it. */
const CONTENT_INPUTS = [...CONTENT_FOLDERS, LOCK_FILE, SECRET_ALLOWLIST_FILE];

// Keys are flag names; an input the command reads without a flag is named in words ("the storyboard").
const label = (key: string) => (key.includes(' ') ? key : `--${key}`);

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = [statOrNull(a), statOrNull(b)];
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export function readText(file: string): string {
  inputFile(file);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${file}: cannot read: ${codeOf(err)}`);
  }
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file}: expected JSON, found: ${oneLine((err as Error).message)}`);
  }
}

/** The validated content of the working tree; invalid content is refused with the check's own report. */
export function loadValidContent(siteDir = process.cwd(), counts: (e: ContentError) => boolean = () => true): Corpus {
  const {corpus, errors} = loadAndCheck(siteDir);
  const bad = onlyErrors(errors).filter(counts);
  if (bad.length) {
    console.error(formatReport(bad));
    throw new CliError(`${bad.length} content error(s); fix them first (npm run check)`);
  }
  return corpus;
}

/** Every output of one run is written as a set, or none is. */
export const writeOutputs = (files: readonly OutputFile[]) => writeFilesAtomic(files);
