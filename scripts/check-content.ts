// Content rules only (no typecheck, lint or spelling): the fast loop while writing pages.
// `npm run check` runs the same rules among the other gates.
import {loadAndCheck} from '../src/content/check';
import {formatReport, onlyErrors} from '../src/content/errors';
import {runCli} from './lib/cli';

const USAGE =
  'usage: npx tsx scripts/check-content.ts\n\nRuns the content rules on docs/ and runbooks/; prints "content: ok" or each error.';

void runCli({name: 'check-content', usage: USAGE, options: {}}, () => {
  const {errors} = loadAndCheck(process.cwd());
  if (errors.length) console.error(formatReport(errors));
  const n = onlyErrors(errors).length;
  console.log(n ? `content: ${n} error(s)` : 'content: ok');
  return n ? 1 : 0;
});
