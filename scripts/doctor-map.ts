// npm run doctor-map -- --out FILE [--site URL] [--cli-codes FILE] [--check FILE] [--alerts-out FILE] [--update-lock]
// Writes the doctor link map (and optionally the alert map) exactly as the build publishes them.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadAndCheck} from '../src/content/check';
import {cliCodesErrors, codeHomes, LOCK_FILE} from '../src/content/checks/codes';
import {formatReport, onlyErrors} from '../src/content/errors';
import {buildDoctorMap, serializeJson} from '../src/content/generate/doctorMap';
import {buildAlertMap} from '../src/content/generate/alertMap';
import {writeFileAtomic} from '../src/adapters/writeFiles';
import {siteUrl} from '../src/siteSettings';

const USAGE = 'usage: npm run doctor-map -- --out FILE [--site URL] [--cli-codes FILE] [--check FILE] [--alerts-out FILE] [--update-lock]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        out: {type: 'string'},
        site: {type: 'string'},
        'cli-codes': {type: 'string'},
        check: {type: 'string'},
        'alerts-out': {type: 'string'},
        'update-lock': {type: 'boolean', default: false},
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const siteDir = process.cwd();
  const site = (args.site ?? siteUrl()).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(site)) {
    console.error(`--site: expected an absolute http(s) URL, found "${site}"`);
    return 2;
  }
  const {corpus, errors} = loadAndCheck(siteDir);

  if (args['update-lock']) {
    const lockPath = path.join(siteDir, LOCK_FILE);
    const previous: string[] = fs.existsSync(lockPath) ? JSON.parse(fs.readFileSync(lockPath, 'utf8')).codes : [];
    const current = [...codeHomes(corpus).keys()];
    // Codes are only ever added: a code that lost its home stays locked and keeps failing the check.
    const codes = [...new Set([...previous, ...current])].sort();
    writeFileAtomic(lockPath, serializeJson({version: 1, codes}));
    console.log(`${LOCK_FILE}: ${codes.length} codes (${codes.length - previous.length} added)`);
    return 0;
  }

  const cliErrors = args['cli-codes'] ? readCliCodes(args['cli-codes'], corpus) : [];
  const all = [...errors, ...cliErrors];
  if (all.length) console.error(formatReport(all));
  if (onlyErrors(all).length) return 1;

  const doctorJson = serializeJson(buildDoctorMap(corpus, site));
  if (args.check) {
    const current = fs.existsSync(args.check) ? fs.readFileSync(args.check, 'utf8') : '';
    if (current !== doctorJson) {
      console.error(`${args.check}: differs from the map generated now; regenerate with npm run doctor-map -- --out ${args.check} --site ${site}`);
      return 1;
    }
    console.log(`${args.check}: up to date`);
  }
  if (args.out) {
    writeFileAtomic(args.out, doctorJson);
    console.log(`${args.out}: ${JSON.parse(doctorJson).codes.length} codes`);
  }
  if (args['alerts-out']) {
    writeFileAtomic(args['alerts-out'], serializeJson(buildAlertMap(corpus, site)));
    console.log(`${args['alerts-out']}: written`);
  }
  if (!args.out && !args.check && !args['alerts-out']) {
    console.error(USAGE);
    return 2;
  }
  return 0;
}

function readCliCodes(file: string, corpus: Parameters<typeof cliCodesErrors>[0]) {
  let codes: unknown;
  try {
    codes = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`${file}: expected a JSON array of codes, found: ${(err as Error).message}`);
    process.exit(2);
  }
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) {
    console.error(`${file}: expected a JSON array of code strings, found ${JSON.stringify(codes).slice(0, 60)}`);
    process.exit(2);
  }
  return cliCodesErrors(corpus, codes as string[], file);
}

process.exit(main());
