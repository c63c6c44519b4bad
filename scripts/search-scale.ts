// npm run search-scale: index size and Node query time of the built site's index and of synthetic corpora
// (500, 2000, 5000 pages), with the queries of tests/search/queries.tsv. A benchmark: prints, asserts nothing.
import fs from 'node:fs';
import {parseQueries} from '../src/search/evaluate';
import {measureSearch, measureSynthetic} from './lib/searchBench';
import type {SearchIndexFile} from '../src/search/types';

process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
const INDEX = 'build/search/index.json';
if (process.argv.includes('--help')) {
  console.log(
    'usage: npm run search-scale [-- --max PAGES]  (needs a build: npm run build; prints one JSON line per corpus)',
  );
  process.exit(0);
}
if (!fs.existsSync(INDEX)) {
  console.error(`${INDEX}: no search index; run npm run build first`);
  process.exit(1);
}
const queries = parseQueries(fs.readFileSync('tests/search/queries.tsv', 'utf8')).queries.map((q) => q.query);
const site = JSON.parse(fs.readFileSync(INDEX, 'utf8')) as SearchIndexFile;
// The synthetic pages draw their words from the real site's vocabulary.
const texts = fs
  .readdirSync('build/search/texts')
  .map((f) => fs.readFileSync(`build/search/texts/${f}`, 'utf8'))
  .join(' ');
const words = [...new Set(texts.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
// --max N: only the synthetic sizes up to N pages (the 5000-page corpus takes minutes of CPU).
const maxArg = process.argv.indexOf('--max');
const max = maxArg >= 0 ? Number(process.argv[maxArg + 1]) : Infinity;
async function main() {
  // One JSON line per corpus, printed as soon as it is measured (the 5000-page index takes minutes to build).
  console.log(JSON.stringify({pages: site.pages.length, ...(await measureSearch(INDEX, queries))}));
  for (const n of [500, 2000, 5000].filter((k) => k <= max))
    console.log(JSON.stringify(measureSynthetic(n, words, queries)));
}
main().catch((err: Error) => {
  console.error(`search-scale: ${err.message}`);
  process.exit(1);
});
