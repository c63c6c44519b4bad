// npm run search-scale: index size and Node query time of the built site's index and of synthetic corpora
// (500, 2000, 5000 pages), with the queries of tests/search/queries.tsv. A benchmark: prints, asserts nothing.
import fs from 'node:fs';
import {parseQueries} from '../src/search/evaluate';
import {CliError, inputDir, readJson, readText, runCli} from './lib/cli';
import {intArg} from './lib/collector';
import {measureSearch, measureSynthetic} from './lib/searchBench';
import type {SearchIndexFile} from '../src/search/types';

process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
const INDEX = 'build/search/index.json';
const TEXTS = 'build/search/texts';
const USAGE = `usage: npm run search-scale [-- --max PAGES]

Needs a build (npm run build); prints one JSON line per corpus: the built site's index, then synthetic ones.
  --max PAGES   only the synthetic sizes up to PAGES (the 5000-page corpus takes minutes of CPU)`;

void runCli({name: 'search-scale', usage: USAGE, options: {max: {type: 'string'}}}, async ({values}) => {
  const max = intArg('max', values.max, Infinity, 0, Number.MAX_SAFE_INTEGER);
  if (!fs.existsSync(INDEX)) throw new CliError(`${INDEX}: no search index; run npm run build first`);
  const queries = parseQueries(readText('tests/search/queries.tsv')).queries.map((q) => q.query);
  const site = readJson(INDEX) as SearchIndexFile;
  // The synthetic pages draw their words from the real site's vocabulary.
  const texts = fs
    .readdirSync(inputDir(TEXTS, 'no search texts; run npm run build first'))
    .map((f) => readText(`${TEXTS}/${f}`))
    .join(' ');
  const words = [...new Set(texts.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
  // One JSON line per corpus, printed as soon as it is measured (the 5000-page index takes minutes to build).
  console.log(JSON.stringify({pages: site.pages.length, ...(await measureSearch(INDEX, queries))}));
  for (const n of [500, 2000, 5000].filter((k) => k <= max))
    console.log(JSON.stringify(measureSynthetic(n, words, queries)));
  return 0;
});
