// npm run search-eval [-- --json] [--first] [--index DIR] [--queries FILE]: runs the query set against the BUILT search index
// (build/search/index.json) in Node and prints top-1, top-3, MRR and every query whose answer is not first.
import fs from 'node:fs';
import path from 'node:path';
import {createEngine} from '../src/search/engine';
import {evaluate, parseQueries} from '../src/search/evaluate';
import {SEARCH_BODIES_PATH, SEARCH_INDEX_PATH, type SearchBodiesFile, type SearchIndexFile} from '../src/search/types';

// A closed pipe (`| head`) ends the output quietly, without a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

const USAGE = 'usage: npm run search-eval [-- --json] [--first] [--index BUILD_DIR] [--queries FILE]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const opts = {json: false, first: false, buildDir: 'build', queries: 'tests/search/queries.tsv'};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--json') opts.json = true;
    else if (a === '--first') opts.first = true;
    else if ((a === '--index' || a === '--queries') && argv[i + 1])
      opts[a === '--index' ? 'buildDir' : 'queries'] = argv[++i];
    else fail(`${USAGE}\nunknown or incomplete argument: ${a}`, 2);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const indexFile = path.join(opts.buildDir, SEARCH_INDEX_PATH);
if (!fs.existsSync(indexFile)) fail(`${indexFile}: no search index; run npm run build first`, 1);
if (!fs.existsSync(opts.queries)) fail(`${opts.queries}: no such query file`, 1);
function readJson<T>(file: string): T {
  if (!fs.existsSync(file)) fail(`${file}: no search index; run npm run build first`, 1);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (err) {
    fail(`${file}: expected JSON, found: ${(err as Error).message}`, 1);
  }
}
const index = readJson<SearchIndexFile>(indexFile);
// Ranked as after the body index has arrived; --first ranks on the small index alone (the first results).
const bodies = opts.first ? undefined : readJson<SearchBodiesFile>(path.join(opts.buildDir, SEARCH_BODIES_PATH));
const {queries, errors} = parseQueries(fs.readFileSync(opts.queries, 'utf8'));
if (errors.length) fail(errors.map((e) => `${opts.queries}: ${e}`).join('\n'), 1);

const report = evaluate(createEngine(index, bodies), queries);
if (opts.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${report.queries} queries  top-1 ${pct(report.top1)}  top-3 ${pct(report.top3)}  MRR ${report.mrr.toFixed(3)}`,
  );
  for (const m of report.misses) {
    console.log(`\n${m.rank === null ? 'not found' : `rank ${m.rank}`}: ${m.query}\n  answer: ${m.answers.join(' ')}`);
    for (const r of m.above) console.log(`  above:  ${r}`);
  }
}
