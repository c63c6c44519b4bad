import {parseYaml} from '../frontmatter';
import type {Corpus} from '../records';
import {catalogueEntries} from './opsCatalogue';

export interface RulesFileProblem {
  line: number;
  alert: string;
  message: string;
}

interface FoundRule {
  alert: string;
  line: number;
  runbookUrl?: string;
}

/** Alerting rules of a Prometheus rules file (groups[].rules[] with `alert:`), with their lines. */
export function readRules(text: string): {rules: FoundRule[]; error?: string} {
  const yaml = parseYaml(text, 1);
  if (yaml.syntaxErrors.length)
    return {
      rules: [],
      error: `line ${yaml.syntaxErrors[0].line}: expected valid YAML, found: ${yaml.syntaxErrors[0].message}`,
    };
  const groups = (yaml.data as {groups?: unknown} | null)?.groups;
  if (!Array.isArray(groups))
    return {rules: [], error: 'expected a Prometheus rules file with a groups: list, found none'};
  const rules: FoundRule[] = [];
  groups.forEach((g, gi) => {
    const list = (g as {rules?: unknown} | null)?.rules;
    if (!Array.isArray(list)) return;
    list.forEach((r, ri) => {
      const rule = r as {alert?: unknown; annotations?: {runbook_url?: unknown}} | null;
      if (typeof rule?.alert !== 'string') return; // recording rules have no runbook
      const url = rule.annotations?.runbook_url;
      rules.push({
        alert: rule.alert,
        line: yaml.lineOf(['groups', gi, 'rules', ri]),
        runbookUrl: typeof url === 'string' && url ? url : undefined,
      });
    });
  });
  return {rules};
}

/**
 * Compares a monitoring repository's rules file with the catalogue: every alert there needs a runbook_url,
 * must be in the catalogue, and must point where the catalogue does; every catalogue alert must be there.
 */
export function checkRulesFile(
  corpus: Corpus,
  site: string,
  text: string,
): {problems: RulesFileProblem[]; error?: string; count: number} {
  const {rules, error} = readRules(text);
  if (error) return {problems: [], error, count: 0};
  const catalogue = new Map(catalogueEntries(corpus).map((e) => [e.alert.name, `${site}${e.runbook.route}`]));
  const problems: RulesFileProblem[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    seen.add(r.alert);
    const want = catalogue.get(r.alert);
    if (!want) {
      const how = r.runbookUrl
        ? `its runbook_url ${r.runbookUrl} is not a catalogue runbook`
        : 'it has no runbook_url either';
      problems.push({
        line: r.line,
        alert: r.alert,
        message: `expected an alert of the catalogue, found one no runbook lists; ${how}`,
      });
    } else if (!r.runbookUrl) {
      problems.push({line: r.line, alert: r.alert, message: `expected annotations.runbook_url ${want}, found none`});
    } else if (r.runbookUrl !== want) {
      problems.push({line: r.line, alert: r.alert, message: `expected runbook_url ${want}, found ${r.runbookUrl}`});
    }
  }
  for (const [alert, url] of catalogue) {
    if (!seen.has(alert))
      problems.push({
        line: 0,
        alert,
        message: `expected the catalogue alert in the file (runbook ${url}), found no rule`,
      });
  }
  return {problems, count: rules.length};
}
