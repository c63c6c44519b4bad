// npm run test:unit [-- FILE...]: the unit tests, in two processes that each run half of the test files.
// A process per test file (node --test) loaded the content model, zod and the Markdown toolchain once per file:
// 12 files took 53.6 s that way and 14.3 s in one process. Files share nothing at run time (no chdir, no env
// changes, temporary folders of their own), so a shard runs its files one after another in one process.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {inputFile, runCli, usageError, type Args} from './lib/cli';
import {deal} from './lib/shards';

const USAGE = `usage: npm run test:unit [-- [--shards N] [FILE...]]

Runs every tests/unit/**/*.test.ts (or the FILEs given) in N processes (default: the number of cores, at least 2),
each file in one of them. Exit 1 if a test failed.`;

const OPTIONS = {shards: {type: 'string'}} as const;

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f).split(path.sep).join('/'))
    .sort();
}

/** The longest a shard may print nothing: the slowest single test takes about a minute on a busy 2-core machine. */
const SILENCE_MS = 5 * 60_000;

type Totals = {tests: number; pass: number; fail: number; ok: boolean};

function runShard(files: string[], label: string): Promise<Totals> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test-reporter=spec', path.join('scripts', 'lib', 'unitShard.ts'), ...files],
      {stdio: ['ignore', 'pipe', 'pipe']},
    );
    const totals = {tests: 0, pass: 0, fail: 0};
    let last = {at: Date.now(), line: '(nothing yet)'};
    const onLine = (line: string) => {
      process.stdout.write(`${label}${line}\n`);
      if (line.trim()) last = {at: Date.now(), line: line.trim()};
      const m = /^ℹ (tests|pass|fail) (\d+)$/.exec(line);
      if (m) totals[m[1] as keyof typeof totals] = Number(m[2]);
    };
    for (const s of [child.stdout, child.stderr]) readline.createInterface({input: s}).on('line', onLine);
    // A shard whose tests are done but which a leaked server or timer keeps alive would never print its summary:
    // long silence stops it as a failure that says so, instead of a run that never ends.
    const watchdog = setInterval(() => {
      if (Date.now() - last.at < SILENCE_MS) return;
      process.stdout.write(
        `${label}no output for ${SILENCE_MS / 60_000} minutes since "${last.line}": a test hangs, or leaves a server, ` +
          'child process or timer open; stopping this shard\n',
      );
      child.kill('SIGKILL');
    }, 10_000);
    child.on('close', (code) => {
      clearInterval(watchdog);
      resolve({...totals, ok: code === 0});
    });
  });
}

async function main({values, positionals}: Args<typeof OPTIONS>): Promise<number> {
  const shards = values.shards === undefined ? Math.max(2, os.availableParallelism()) : Number(values.shards);
  if (!Number.isInteger(shards) || shards < 1 || shards > 64)
    throw usageError(`--shards: expected a whole number from 1 to 64, found "${values.shards}"`);
  const files = positionals.length ? positionals.map(inputFile) : testFiles(path.join('tests', 'unit'));
  const dealt = deal(
    files.map((file) => ({file, bytes: fs.statSync(file).size})),
    shards,
  );
  const results = await Promise.all(dealt.map((s, i) => runShard(s, dealt.length > 1 ? `${i + 1}| ` : '')));
  const sum = (k: 'tests' | 'pass' | 'fail') => results.reduce((n, r) => n + r[k], 0);
  console.log(
    `test:unit: ${sum('tests')} tests in ${files.length} files, ${sum('pass')} passed, ${sum('fail')} failed`,
  );
  return results.every((r) => r.ok) ? 0 : 1;
}

void runCli({name: 'test:unit', usage: USAGE, options: OPTIONS, positionals: {min: 0, max: 10_000}}, main);
