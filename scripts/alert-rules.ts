// npm run alert-rules -- --out FILE [--site URL] [--routes-out FILE] [--check FILE]
// Writes the Prometheus rules (and the Alertmanager routes) exactly as the build publishes them, or checks a
// monitoring repository's rules file against the alert catalogue.
import fs from 'node:fs';
import {parseArgs} from 'node:util';
import {loadAndCheck} from '../src/content/check';
import {formatReport, onlyErrors} from '../src/content/errors';
import {buildAlertmanagerRoutes, buildPrometheusRules} from '../src/content/generate/prometheusRules';
import {checkRulesFile} from '../src/content/generate/rulesCheck';
import {writeFileAtomic} from '../src/adapters/writeFiles';
import {siteUrl} from '../src/siteSettings';

const USAGE = 'usage: npm run alert-rules -- --out FILE [--site URL] [--routes-out FILE] [--check FILE]';
const HELP = `${USAGE}

  --out FILE         write the Prometheus alerting rules (build/ops/prometheus-rules.yaml in the build)
  --routes-out FILE  write the Alertmanager routing fragment (build/ops/alertmanager-routes.yaml in the build)
  --site URL         origin for runbook_url annotations (default: AIBOX_DOCS_SITE_URL or the site setting)
  --check FILE       compare a monitoring repository's rules file with the catalogue; exit 1 on any difference
  --help             print this help`;

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        out: {type: 'string'},
        'routes-out': {type: 'string'},
        site: {type: 'string'},
        check: {type: 'string'},
        help: {type: 'boolean', default: false},
      },
    }).values;
  } catch (err) {
    console.error(`alert-rules: ${(err as Error).message.split('. ')[0]}; ${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (!args.out && !args['routes-out'] && !args.check) {
    console.error(`alert-rules: nothing to do; ${USAGE}`);
    return 2;
  }
  const site = (args.site ?? siteUrl()).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(site)) {
    console.error(`alert-rules: --site expected an absolute http(s) URL, found "${site}"`);
    return 2;
  }
  const {corpus, errors} = loadAndCheck(process.cwd());
  if (errors.length) console.error(formatReport(errors));
  if (onlyErrors(errors).length) return 1;

  let status = 0;
  if (args.check) {
    const file = args.check;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return 1;
    }
    const {problems, error, count} = checkRulesFile(corpus, site, text);
    if (error) {
      console.error(`${file}: ${error}`);
      return 1;
    }
    for (const p of problems) console.error(`${file}:${p.line}  ${p.alert}  ${p.message}`);
    if (problems.length) status = 1;
    else console.log(`${file}: ${count} alerts, all in the catalogue with the catalogue's runbook_url`);
  }
  if (args.out) {
    const rules = buildPrometheusRules(corpus, site);
    writeFileAtomic(args.out, rules);
    console.log(`${args.out}: ${(rules.match(/^ {6}- alert: /gm) ?? []).length} alerts`);
  }
  if (args['routes-out']) {
    writeFileAtomic(args['routes-out'], buildAlertmanagerRoutes(corpus));
    console.log(`${args['routes-out']}: written`);
  }
  return status;
}

try {
  process.exitCode = main();
} catch (err) {
  // I/O errors while writing: one line, no stack trace.
  console.error(`alert-rules: ${(err as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
}
