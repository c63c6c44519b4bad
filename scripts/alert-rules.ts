// npm run alert-rules -- --out FILE [--site URL] [--routes-out FILE] [--check FILE]
// Writes the Prometheus rules (and the Alertmanager routes) exactly as the build publishes them, or checks a
// monitoring repository's rules file against the alert catalogue.
import {buildAlertmanagerRoutes, buildPrometheusRules} from '../src/content/generate/prometheusRules';
import {checkRulesFile} from '../src/content/generate/rulesCheck';
import {parseSiteUrl, SiteUrlError, siteUrl} from '../src/siteSettings';
import type {OutputFile} from '../src/adapters/writeFiles';
import {contentError, formatReport} from '../src/content/errors';
import {checkFileArgs, CliError, loadValidContent, readText, runCli, usageError, writeOutputs} from './lib/cli';

const USAGE = 'usage: npm run alert-rules -- --out FILE [--site URL] [--routes-out FILE] [--check FILE]';
const HELP = `${USAGE}

  --out FILE         write the Prometheus alerting rules (build/ops/prometheus-rules.yaml in the build)
  --routes-out FILE  write the Alertmanager routing fragment (build/ops/alertmanager-routes.yaml in the build)
  --site URL         origin for runbook_url annotations (default: AIBOX_DOCS_SITE_URL or the site setting)
  --check FILE       compare a monitoring repository's rules file with the catalogue; exit 1 on any difference`;

void runCli(
  {
    name: 'alert-rules',
    usage: HELP,
    options: {out: {type: 'string'}, 'routes-out': {type: 'string'}, site: {type: 'string'}, check: {type: 'string'}},
  },
  ({values}) => {
    if (!values.out && !values['routes-out'] && !values.check) throw usageError(`nothing to do; ${USAGE}`);
    const site = values.site === undefined ? siteUrl() : parseSiteUrl(values.site);
    if (!site) throw usageError(`--site: ${new SiteUrlError(values.site ?? '').message}`);
    checkFileArgs({
      inputs: {check: values.check},
      outputs: {out: values.out, 'routes-out': values['routes-out']},
      contentOf: process.cwd(),
    });
    const corpus = loadValidContent();

    let status = 0;
    if (values.check) {
      const file = values.check;
      const {problems, error, count} = checkRulesFile(corpus, site, readText(file));
      if (error) throw new CliError(`${file}: ${error}`);
      const errors = problems.map((p) =>
        contentError({file, line: p.line, field: p.alert, message: p.message, rule: 'alerts/rules-file'}),
      );
      if (errors.length) console.error(formatReport(errors));
      if (errors.length) status = 1;
      else console.log(`${file}: ${count} alerts, all in the catalogue with the catalogue's runbook_url`);
    }
    const outputs: OutputFile[] = [];
    if (values.out) outputs.push({path: values.out, content: buildPrometheusRules(corpus, site)});
    if (values['routes-out']) outputs.push({path: values['routes-out'], content: buildAlertmanagerRoutes(corpus)});
    writeOutputs(outputs);
    for (const o of outputs) {
      const alerts = (o.content.match(/^ {6}- alert: /gm) ?? []).length;
      console.log(o.path === values.out ? `${o.path}: ${alerts} alerts` : `${o.path}: written`);
    }
    return status;
  },
);
