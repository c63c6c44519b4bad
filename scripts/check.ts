// `npm run check`: every static gate, each reported in a fixed order; non-zero exit if any failed.
// Warnings print but do not fail.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadAndCheck} from '../src/content/check';
import {shellcheckCorpus} from '../src/adapters/shellcheck';
import {formatReport, onlyErrors} from '../src/content/errors';
import {selectErrors, selectRules} from '../src/content/ruleSelection';
import {writeSpellingConfig} from '../src/adapters/cspellConfig';
import {runCli, usageError, type Args} from './lib/cli';

const OPTIONS = {rule: {type: 'string', multiple: true}, file: {type: 'string', multiple: true}} as const;

const USAGE = `usage: npm run check [-- [--rule <id> | --rule <family>/]... [--file <path>]...]

Runs every static gate: typecheck, lint, import circles, markdownlint, spelling, the content rules and shellcheck.

  --rule <id>       only this content rule, e.g. links/anchor; a family with its slash, e.g. links/
  --file <path>     only the errors this file has, e.g. docs/troubleshooting/network/proxy-unreachable.md

With --rule or --file only the content rules run (and shellcheck, when blocks/shellcheck is asked for); the
other gates check code and prose, not rules, and are skipped. Every page is still read, since rules like
links/anchor need the others; only the errors shown are narrowed. Exit 1 if an error is shown.`;

type Gate = {name: string; cmd: string; args: string[]};
type Result = {name: string; ok: boolean; output: string; seconds: number};

// Tool caches live under node_modules/.cache, which a clean clone does not have and `git clean` leaves alone.
const CACHE = path.join('node_modules', '.cache', 'aibox-check');

const gateList = (spellingConfig: string): Gate[] => [
  {
    name: 'typecheck',
    cmd: 'npx',
    args: ['tsc', '--noEmit', '--incremental', '--tsBuildInfoFile', path.join(CACHE, 'tsc.tsbuildinfo')],
  },
  {name: 'lint (eslint, prettier)', cmd: 'npm', args: ['run', '--silent', 'lint']},
  // An import circle makes layers impossible to change one at a time; madge walks the real imports.
  {
    name: 'import circles (madge)',
    cmd: 'npx',
    args: ['madge', '--circular', '--extensions', 'ts,tsx', '--ts-config', 'tsconfig.json', 'src', 'scripts'],
  },
  {name: 'markdownlint', cmd: 'npx', args: ['markdownlint-cli2']},
  // A value the schema holds to a closed list is the schema's to report; spelling it again gives one typo two errors.
  {
    name: 'spelling',
    cmd: 'npx',
    args: [
      'cspell',
      '--no-progress',
      '--no-summary',
      '--cache',
      '--cache-location',
      path.join(CACHE, 'cspell'),
      '--config',
      spellingConfig,
      'docs/**/*.{md,mdx}',
      'runbooks/**/*.{md,mdx}',
      'README.md',
    ],
  },
];

/** One gate as a child process, its output kept so the report reads in order whatever finishes first. */
function runGate(g: Gate): Promise<Result> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(g.cmd, g.args, {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const done = (ok: boolean, extra = '') =>
      resolve({name: g.name, ok, output: output + extra, seconds: (Date.now() - started) / 1000});
    child.on('error', (e) => done(false, `${g.cmd}: ${e.message}\n`));
    child.on('close', (code) => done(code === 0));
  });
}

/** At most one gate per core: the gates are CPU-bound, and more at once only makes each slower. */
async function runAll(list: Gate[], width: number): Promise<Result[]> {
  const results: Result[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      results[i] = await runGate(list[i]);
    }
  };
  await Promise.all(Array.from({length: Math.min(width, list.length)}, worker));
  return results;
}

function print(r: Result) {
  console.log(`\n== ${r.name} (${r.seconds.toFixed(1)} s)`);
  if (r.output.trim()) process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
}

/** One rule or family on some files: the content rules alone, narrowed to what was asked. */
function runSelected(args: Args<typeof OPTIONS>['values']): number {
  const picked = selectRules(args.rule ?? []);
  if ('problem' in picked) throw usageError(`${picked.problem} (see npm run check -- --help)`);
  const files = (args.file ?? []).map((f) => {
    if (!fs.existsSync(f)) throw usageError(`--file ${f}: no such file`);
    return path.relative(process.cwd(), path.resolve(f)).split(path.sep).join('/');
  });
  const selection = {rules: args.rule ? picked.rules : [], files};
  const {corpus, errors} = loadAndCheck(process.cwd());
  const wantsShell = !args.rule || picked.rules.includes('blocks/shellcheck');
  const shown = selectErrors([...errors, ...(wantsShell ? shellcheckCorpus(corpus) : [])], selection);
  if (shown.length) console.log(formatReport(shown));
  const failed = onlyErrors(shown).length;
  const what = [args.rule?.join(', ') ?? 'every rule', files.length ? files.join(', ') : 'every file'];
  console.log(`check: ${failed} error(s), ${shown.length - failed} warning(s) from ${what[0]} on ${what[1]}`);
  return failed ? 1 : 0;
}

async function main({values}: Args<typeof OPTIONS>): Promise<number> {
  if (values.rule || values.file) return runSelected(values);
  const spellingConfig = writeSpellingConfig(process.cwd());
  const gates = gateList(spellingConfig);
  fs.mkdirSync(CACHE, {recursive: true});
  // The content rules run in this process while the tools run in theirs, so they take one of the slots.
  const external = runAll(gates, Math.max(1, os.availableParallelism() - 1));

  const started = Date.now();
  const {corpus, errors} = loadAndCheck(process.cwd());
  const contentOut = [`${corpus.records.length} pages read`, ...(errors.length ? [formatReport(errors)] : [])];
  const content: Result = {
    name: 'content rules (see docs/contributing/content-rules)',
    ok: onlyErrors(errors).length === 0,
    output: `${contentOut.join('\n')}\n`,
    seconds: (Date.now() - started) / 1000,
  };
  const shellStarted = Date.now();
  const shellErrors = shellcheckCorpus(corpus);
  const shell: Result = {
    name: 'shell blocks (shellcheck)',
    ok: onlyErrors(shellErrors).length === 0,
    output: shellErrors.length ? `${formatReport(shellErrors)}\n` : '',
    seconds: (Date.now() - shellStarted) / 1000,
  };

  const results = [...(await external), content, shell];
  fs.rmSync(path.dirname(spellingConfig), {recursive: true, force: true});
  results.forEach(print);
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(failed.length ? `\ncheck failed: ${failed.join(', ')}` : '\ncheck: all gates passed');
  return failed.length ? 1 : 0;
}

void runCli({name: 'check', usage: USAGE, options: OPTIONS}, main);
