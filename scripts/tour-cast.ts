// npm run tour-cast [-- --out FILE] [--check]
// Generates the "AI-Box in 5 minutes" asciicast from its storyboard, after checking the storyboard against
// the tour page and the CLI reference. Default output: static/casts/five-minute-tour.cast (committed).
import fs from 'node:fs';
import {loadContent} from '../src/content/loader';
import {codeHomes} from '../src/content/queries';
import {formatReport, onlyErrors} from '../src/content/errors';
import {buildTour, STATIC_CAST_FILE, STORYBOARD_FILE} from '../src/content/tour';
import {checkFileArgs, CliError, runCli, writeOutputs} from './lib/cli';

const USAGE = `usage: npm run tour-cast [-- --out FILE] [--check]

  --out FILE  write the recording there (default ${STATIC_CAST_FILE})
  --check     exit 1 if the file differs from a fresh generation`;

void runCli(
  {name: 'tour-cast', usage: USAGE, options: {out: {type: 'string'}, check: {type: 'boolean', default: false}}},
  ({values}) => {
    const siteDir = process.cwd();
    checkFileArgs({inputs: {'the storyboard': STORYBOARD_FILE}, outputs: {out: values.out}, contentOf: siteDir});
    const codes = new Set(codeHomes(loadContent(siteDir).corpus).keys());
    let result;
    try {
      result = buildTour(siteDir, codes);
    } catch (err) {
      throw new CliError(`cannot read an input: ${(err as Error).message.split('\n')[0]}`);
    }
    if (result.errors.length) console.error(formatReport(result.errors));
    if (onlyErrors(result.errors).length || !result.cast) return 1;
    const out = values.out ?? STATIC_CAST_FILE;
    if (values.check) {
      const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
      if (current !== result.cast.text)
        throw new CliError(
          `${out}: expected the recording generated from the storyboard, found a stale or missing file; fix: run npm run tour-cast`,
        );
      console.log(`${out}: up to date (${result.cast.durationSeconds} s, ${result.cast.markers.length} chapters)`);
      return 0;
    }
    writeOutputs([{path: out, content: result.cast.text}]);
    console.log(`${out}: ${result.cast.durationSeconds} s, ${result.cast.markers.length} chapters`);
    for (const [at, title] of result.cast.markers) console.log(`  ${at.toFixed(1).padStart(6)} s  ${title}`);
    return 0;
  },
);
