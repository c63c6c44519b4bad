// npm run tour-cast [-- --out FILE] [--check]
// Generates the "AI-Box in 5 minutes" asciicast from its storyboard, after checking the storyboard against
// the tour page and the CLI reference. Default output: static/casts/five-minute-tour.cast (committed).
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadContent} from '../src/content/loader';
import {codeHomes} from '../src/content/checks/codes';
import {formatReport, onlyErrors} from '../src/content/errors';
import {buildTour, STATIC_CAST_FILE} from '../src/content/tour';
import {writeFileAtomic} from '../src/adapters/writeFiles';

const USAGE = 'usage: npm run tour-cast [-- --out FILE] [--check]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        out: {type: 'string'},
        check: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false},
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(
      `${USAGE}\n  --out FILE  write the recording there (default ${STATIC_CAST_FILE})\n  --check     exit 1 if the file differs from a fresh generation`,
    );
    return 0;
  }
  const siteDir = process.cwd();
  const codes = new Set(codeHomes(loadContent(siteDir).corpus).keys());
  let result;
  try {
    result = buildTour(siteDir, codes);
  } catch (err) {
    console.error(`tour-cast: cannot read an input: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
  if (result.errors.length) console.error(formatReport(result.errors));
  if (onlyErrors(result.errors).length || !result.cast) return 1;
  const out = args.out ?? STATIC_CAST_FILE;
  if (args.check) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== result.cast.text) {
      console.error(
        `${out}: expected the recording generated from the storyboard, found a stale or missing file\n    fix: run npm run tour-cast`,
      );
      return 1;
    }
    console.log(`${out}: up to date (${result.cast.durationSeconds} s, ${result.cast.markers.length} chapters)`);
    return 0;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), {recursive: true});
    writeFileAtomic(out, result.cast.text);
  } catch (err) {
    console.error(`tour-cast: cannot write ${out}: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  }
  console.log(`${out}: ${result.cast.durationSeconds} s, ${result.cast.markers.length} chapters`);
  for (const [at, title] of result.cast.markers) console.log(`  ${at.toFixed(1).padStart(6)} s  ${title}`);
  return 0;
}

process.exit(main());
