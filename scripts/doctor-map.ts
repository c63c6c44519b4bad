// npm run doctor-map -- --out FILE [--site URL] [--cli-codes FILE] [--check FILE] [--alerts-out FILE] [--update-lock]
// Writes the doctor link map (and optionally the alert map) exactly as the build publishes them.
import fs from 'node:fs';
import path from 'node:path';
import type {RuleId} from '../src/content/rules';
import type {CodeLock} from '../src/content/schemas';
import {cliCodesErrors, LOCK_FILE, nextLock} from '../src/content/checks/codes';
import {readLock} from '../src/content/check';
import {formatReport, onlyErrors} from '../src/content/errors';
import {buildDoctorMap, serializeJson} from '../src/content/generate/doctorMap';
import {buildAlertMap} from '../src/content/generate/alertMap';
import type {Corpus} from '../src/content/records';
import {parseSiteUrl, SiteUrlError, siteUrl} from '../src/siteSettings';
import {
  checkFileArgs,
  CliError,
  loadValidContent,
  readJson,
  readText,
  runCli,
  usageError,
  writeOutputs,
} from './lib/cli';

const LOCK_RULES: RuleId[] = ['codes/lock', 'codes/new-code', 'codes/locked-home'];

const USAGE = `usage: npm run doctor-map -- --out FILE [--site URL] [--cli-codes FILE] [--check FILE] [--alerts-out FILE]
       npm run doctor-map -- --update-lock

Writes the aibox doctor link map (doctor/links.v1.json) from the content.
  --out FILE         write the map to FILE
  --site URL         absolute site URL the links point at (default: AIBOX_DOCS_SITE_URL or the configured site)
  --cli-codes FILE   JSON array of the codes the CLI emits; fails on codes without a page
  --check FILE       fail if FILE differs from the map generated now
  --alerts-out FILE  also write the alert map (ops/alerts.v1.json)
  --update-lock      add new codes to ${LOCK_FILE} and record retired ones`;

void runCli(
  {
    name: 'doctor-map',
    usage: USAGE,
    options: {
      out: {type: 'string'},
      site: {type: 'string'},
      'cli-codes': {type: 'string'},
      check: {type: 'string'},
      'alerts-out': {type: 'string'},
      'update-lock': {type: 'boolean', default: false},
    },
  },
  ({values: args}) => {
    const siteDir = process.cwd();
    const site = args.site === undefined ? siteUrl() : parseSiteUrl(args.site);
    if (!site) throw usageError(`--site: ${new SiteUrlError(args.site ?? '').message}`);
    if (!args.out && !args.check && !args['alerts-out'] && !args['update-lock']) {
      throw usageError('expected at least one of --out, --check, --alerts-out, --update-lock (see --help)');
    }
    checkFileArgs({
      inputs: {'cli-codes': args['cli-codes'], check: args.check},
      outputs: {out: args.out, 'alerts-out': args['alerts-out']},
      contentOf: siteDir,
    });
    if (args['update-lock']) {
      // The lock is what this run rewrites: its own rules may fail now, every other rule must pass.
      const corpus = loadValidContent(siteDir, (e) => !LOCK_RULES.includes(e.rule));
      const previous = readLock(siteDir).value ?? legacyLock(path.join(siteDir, LOCK_FILE));
      const lock = nextLock(corpus, previous);
      writeOutputs([{path: path.join(siteDir, LOCK_FILE), content: serializeJson(lock)}]);
      console.log(
        `${LOCK_FILE}: ${lock.codes.length} codes (${lock.codes.length - (previous?.codes.length ?? 0)} added), ${lock.retired.length} retired`,
      );
      return 0;
    }

    const corpus = loadValidContent(siteDir);
    if (args['cli-codes']) {
      const errors = cliCodes(args['cli-codes'], corpus);
      if (errors.length) console.error(formatReport(errors));
      if (onlyErrors(errors).length) return 1;
    }
    const doctorJson = serializeJson(buildDoctorMap(corpus, site));
    if (args.check) {
      if (readText(args.check) !== doctorJson) {
        throw new CliError(
          `${args.check}: differs from the map generated now; regenerate with npm run doctor-map -- --out ${args.check} --site ${site}`,
        );
      }
      console.log(`${args.check}: up to date`);
    }
    const outputs = [
      ...(args.out ? [{path: args.out, content: doctorJson}] : []),
      ...(args['alerts-out'] ? [{path: args['alerts-out'], content: serializeJson(buildAlertMap(corpus, site))}] : []),
    ];
    writeOutputs(outputs);
    for (const o of outputs) console.log(`${o.path}: written`);
    return 0;
  },
);

/** A lock from before statuses were recorded (version 1): its codes, none known to be retired. */
function legacyLock(file: string): CodeLock | undefined {
  if (!fs.existsSync(file)) return undefined;
  const old = readJson(file) as {codes?: unknown};
  const codes = Array.isArray(old.codes) ? old.codes.filter((c): c is string => typeof c === 'string') : [];
  return {version: 2, codes, retired: []};
}

function cliCodes(file: string, corpus: Corpus) {
  const codes = readJson(file);
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) {
    throw new CliError(`${file}: expected a JSON array of code strings, found ${JSON.stringify(codes).slice(0, 60)}`);
  }
  return cliCodesErrors(corpus, codes as string[], file);
}
