import {didYouMean, type ContentError} from './errors';
import {RULES} from './rules';

/** What `npm run check -- --rule … --file …` asks for: empty lists mean every rule, every file. */
export interface RuleSelection {
  rules: readonly string[];
  files: readonly string[];
}

/**
 * The registered rules that `--rule` names: a rule id, or a family written with its trailing slash
 * (`links/`). A name that matches nothing is a message with the closest id, for the CLI to print as a usage error.
 */
export function selectRules(
  names: readonly string[],
  ids: readonly string[] = Object.keys(RULES),
): {rules: string[]} | {problem: string} {
  const picked = new Set<string>();
  for (const name of names) {
    const matches = name.endsWith('/') ? ids.filter((id) => id.startsWith(name)) : ids.filter((id) => id === name);
    if (!matches.length) {
      const families = [...new Set(ids.map((id) => `${id.split('/')[0]}/`))];
      const guess = didYouMean(name, name.endsWith('/') ? families : ids);
      return {problem: `--rule ${name}: no such rule${guess ? `; did you mean ${guess}?` : ''}`};
    }
    matches.forEach((id) => picked.add(id));
  }
  return {rules: [...picked].sort()};
}

/** Only the errors of the selected rules on the selected files. */
export function selectErrors(errors: readonly ContentError[], selection: RuleSelection): ContentError[] {
  const rules = new Set(selection.rules);
  const files = new Set(selection.files);
  return errors.filter((e) => (!rules.size || rules.has(e.rule)) && (!files.size || files.has(e.file)));
}
