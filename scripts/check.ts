// `npm run check`: every static gate, in order, each reported; non-zero exit if any failed.
// Warnings print but do not fail.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {loadAndCheck} from '../src/content/check';
import {shellcheckCorpus} from '../src/adapters/shellcheck';
import {formatReport, onlyErrors} from '../src/content/errors';
import {writeSpellingConfig} from '../src/adapters/cspellConfig';

const failed: string[] = [];

function run(name: string, cmd: string, args: string[]) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, {stdio: 'inherit'});
  if (r.status !== 0) failed.push(name);
}

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']);
// An import circle makes layers impossible to change one at a time; madge walks the real imports.
run('import circles (madge)', 'npx', [
  'madge',
  '--circular',
  '--extensions',
  'ts,tsx',
  '--ts-config',
  'tsconfig.json',
  'src',
  'scripts',
]);
run('markdownlint', 'npx', ['markdownlint-cli2']);
// A value the schema holds to a closed list is the schema's to report; spelling it again gives one typo two errors.
const spellingConfig = writeSpellingConfig(process.cwd());
run('spelling', 'npx', [
  'cspell',
  '--no-progress',
  '--no-summary',
  '--config',
  spellingConfig,
  'docs/**/*.{md,mdx}',
  'runbooks/**/*.{md,mdx}',
  'README.md',
]);
fs.rmSync(path.dirname(spellingConfig), {recursive: true, force: true});

console.log('\n== content rules (see docs/contributing/content-rules)');
const {corpus, errors} = loadAndCheck(process.cwd());
console.log(`${corpus.records.length} pages read`);
if (errors.length) console.log(formatReport(errors));
if (onlyErrors(errors).length) failed.push('content');

console.log('\n== shell blocks (shellcheck)');
const shellErrors = shellcheckCorpus(corpus);
if (shellErrors.length) console.log(formatReport(shellErrors));
if (onlyErrors(shellErrors).length) failed.push('shell blocks');

console.log(failed.length ? `\ncheck failed: ${failed.join(', ')}` : '\ncheck: all gates passed');
process.exit(failed.length ? 1 : 0);
