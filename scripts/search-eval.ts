// npm run search-eval [-- --json] [--first] [--index DIR] [--queries FILE]: runs the query set against the BUILT search index
// (build/search/index.json) in Node and prints top-1, top-3, MRR and every query whose answer is not first.
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {createEngine} from '../src/search/engine';
import {evaluate, parseQueries} from '../src/search/evaluate';
import {CliError, inputFile, readJson, readText, runCli} from './lib/cli';
import {SEARCH_BODIES_PATH, SEARCH_INDEX_PATH, type SearchBodiesFile, type SearchIndexFile} from '../src/search/types';

// A closed pipe (`| head`) ends the output quietly, without a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));

const USAGE = `usage: npm run search-eval [-- --json] [--first] [--index BUILD_DIR] [--queries FILE]

Runs the query set against the built search index in Node; prints top-1, top-3, MRR and every miss.
  --json               the report as JSON
  --first              rank on the small index alone (the first results, before the bodies arrive)
  --index BUILD_DIR    the built site (default build)
  --queries FILE       the query set (default tests/search/queries.tsv)`;

const OPTIONS = {
  json: {type: 'boolean'},
  first: {type: 'boolean'},
  index: {type: 'string'},
  queries: {type: 'string'},
} as const;

// Only the outline the engine relies on; MiniSearch checks its own part when it loads it.
const indexShape = z.object({
  version: z.literal(2),
  pages: z.array(z.object({}).passthrough()),
  sections: z.array(z.object({}).passthrough()),
  synonyms: z.array(z.array(z.string())),
  index: z.object({}).passthrough(),
});
const bodiesShape = z.object({version: z.literal(2), index: z.object({}).passthrough()});

function readIndex<T>(file: string, shape: z.ZodType): T {
  // A missing index (or a --index that is a file) means the site was not built; anything else is the kit's line.
  if (!fs.existsSync(file)) throw new CliError(`${file}: no search index; run npm run build first`);
  const data = readJson(file);
  const r = shape.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new CliError(
      `${file}: expected a search index written by npm run build, found a problem at ${where}: ${issue.message}; rebuild`,
    );
  }
  return data as T;
}

void runCli({name: 'search-eval', usage: USAGE, options: OPTIONS}, ({values}) => {
  const buildDir = values.index ?? 'build';
  const queriesFile = values.queries ?? 'tests/search/queries.tsv';
  const indexFile = path.join(buildDir, SEARCH_INDEX_PATH);
  const index = readIndex<SearchIndexFile>(indexFile, indexShape);
  if (!fs.existsSync(queriesFile)) throw new CliError(`${queriesFile}: no such query file`);
  inputFile(queriesFile);
  // Ranked as after the body index has arrived; --first ranks on the small index alone (the first results).
  const bodies = values.first
    ? undefined
    : readIndex<SearchBodiesFile>(path.join(buildDir, SEARCH_BODIES_PATH), bodiesShape);
  const {queries, errors} = parseQueries(readText(queriesFile));
  // One line: the first problem and how many there are (the file's own lines name the rest).
  if (errors.length)
    throw new CliError(`${queriesFile}: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`);
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(index, bodies);
  } catch (err) {
    throw new CliError(
      `${indexFile}: expected a search index this version can load, found: ${(err as Error).message.split('\n')[0]}; rebuild`,
    );
  }
  const report = evaluate(engine, queries);
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${report.queries} queries  top-1 ${pct(report.top1)}  top-3 ${pct(report.top3)}  MRR ${report.mrr.toFixed(3)}`,
  );
  for (const m of report.misses) {
    console.log(`\n${m.rank === null ? 'not found' : `rank ${m.rank}`}: ${m.query}\n  answer: ${m.answers.join(' ')}`);
    for (const r of m.above) console.log(`  above:  ${r}`);
  }
  return 0;
});
