// npm run test:unit [-- FILE...]: the unit tests, in two processes that each run half of the test files, and the
// collector's tests one process per file beside them.
// A process per test file (node --test) loaded the content model, zod and the Markdown toolchain once per file:
// 12 files took 53.6 s that way and 14.3 s in one process. Files share nothing at run time (no chdir, no env
// changes, temporary folders of their own), so a shard runs its files one after another in one process.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {pathToFileURL} from 'node:url';
import {inputFile, runCli, usageError, type Args} from './lib/cli';
import {deal, unfinished} from './lib/shards';

const USAGE = `usage: npm run test:unit [-- [--shards N] [--silence SECONDS] [FILE...]]

Runs every tests/unit/**/*.test.ts (or the FILEs given) in N processes (default: the number of cores, at least 2),
each file in one of them. A process that prints nothing for SECONDS (default 300) is stopped, and the tests it was
still running are named. Exit 1 if a test failed or a process was stopped.`;

const OPTIONS = {shards: {type: 'string'}, silence: {type: 'string'}} as const;

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f).split(path.sep).join('/'))
    .sort();
}

/**
 * The collector's tests (Fastify and better-sqlite3) run one process per file, beside the shards. In a shard, in 3
 * of 5 clean-clone runs under full load, the shard stopped right after the last finished test of support.test.ts
 * and printed nothing more; run this way, they have never stopped.
 */
const isIsolated = (file: string) => /(^|\/)tests\/unit\/feedback\//.test(file.split(path.sep).join('/'));

/** The longest a shard may print nothing: the slowest single test takes about a minute on a busy 2-core machine. */
const SILENCE_S = 300;

type Totals = {tests: number; pass: number; fail: number; unloaded: number; ok: boolean; stopped: boolean};

function runShard(files: string[], label: string, silenceMs: number, isolated = false): Promise<Totals> {
  return new Promise((resolve) => {
    const started = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-shard-')), 'started.log');
    const reporters = [
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${pathToFileURL(path.resolve('scripts', 'lib', 'startedReporter.mjs')).href}`,
      `--test-reporter-destination=${started}`,
    ];
    const args = isolated
      ? ['--import', 'tsx', '--test', '--test-concurrency=1', ...reporters, ...files]
      : ['--import', 'tsx', ...reporters, path.join('scripts', 'lib', 'unitShard.ts'), ...files];
    // Run from inside a node --test file, the inherited NODE_TEST_CONTEXT would make the shard report in the
    // runner's binary protocol instead of printing.
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, NODE_TEST_CONTEXT: undefined},
    });
    const totals = {tests: 0, pass: 0, fail: 0, unloaded: 0};
    let last = {at: Date.now(), line: '(nothing yet)'};
    let stopped = false;
    const onLine = (line: string) => {
      process.stdout.write(`${label}${line}\n`);
      if (line.trim()) last = {at: Date.now(), line: line.trim()};
      const m = /^ℹ (tests|pass|fail) (\d+)$/.exec(line);
      if (m) totals[m[1] as 'tests' | 'pass' | 'fail'] = Number(m[2]);
      if (/^\S+: cannot load: /.test(line)) totals.unloaded++;
    };
    for (const s of [child.stdout, child.stderr]) readline.createInterface({input: s}).on('line', onLine);
    // A shard whose tests are done but which a leaked server or timer keeps alive would never print its summary:
    // long silence stops it as a failure that says so, instead of a run that never ends.
    const watchdog = setInterval(
      () => {
        if (Date.now() - last.at < silenceMs) return;
        const open = unfinished(fs.readFileSync(started, 'utf8'), process.cwd());
        process.stdout.write(
          `${label}no output for ${silenceMs / 1000} s since "${last.line}"; ` +
            (open.length
              ? `still running: ${open.join('; ')}. Stopping this shard\n`
              : 'every test ended, so a server, child process or timer was left open. Stopping this shard\n'),
        );
        stopped = true;
        child.kill('SIGKILL');
      },
      Math.min(10_000, silenceMs / 4),
    );
    child.on('close', (code) => {
      clearInterval(watchdog);
      fs.rmSync(path.dirname(started), {recursive: true, force: true});
      resolve({...totals, ok: code === 0 && !stopped, stopped});
    });
  });
}

async function main({values, positionals}: Args<typeof OPTIONS>): Promise<number> {
  const shards = values.shards === undefined ? Math.max(2, os.availableParallelism()) : Number(values.shards);
  if (!Number.isInteger(shards) || shards < 1 || shards > 64)
    throw usageError(`--shards: expected a whole number from 1 to 64, found "${values.shards}"`);
  const silence = values.silence === undefined ? SILENCE_S : Number(values.silence);
  if (!Number.isInteger(silence) || silence < 1 || silence > 3600)
    throw usageError(`--silence: expected a whole number of seconds from 1 to 3600, found "${values.silence}"`);
  const files = positionals.length ? positionals.map(inputFile) : testFiles(path.join('tests', 'unit'));
  const isolated = files.filter(isIsolated);
  const dealt = deal(
    files.filter((f) => !isIsolated(f)).map((file) => ({file, bytes: fs.statSync(file).size})),
    shards,
  );
  const labelled = dealt.length + (isolated.length ? 1 : 0) > 1;
  const results = await Promise.all([
    ...dealt.map((s, i) => runShard(s, labelled ? `${i + 1}| ` : '', silence * 1000)),
    ...(isolated.length ? [runShard(isolated, labelled ? 'f| ' : '', silence * 1000, true)] : []),
  ]);
  const sum = (k: 'tests' | 'pass' | 'fail' | 'unloaded') => results.reduce((n, r) => n + r[k], 0);
  const stopped = results.filter((r) => r.stopped).length;
  console.log(
    `test:unit: ${sum('tests')} tests in ${files.length} files, ${sum('pass')} passed, ${sum('fail')} failed` +
      (sum('unloaded') ? `, ${sum('unloaded')} files could not load (see above)` : '') +
      (stopped ? `, ${stopped} of ${results.length} processes stopped before the end (see above)` : ''),
  );
  return results.every((r) => r.ok) ? 0 : 1;
}

void runCli({name: 'test:unit', usage: USAGE, options: OPTIONS, positionals: {min: 0, max: 10_000}}, main);
