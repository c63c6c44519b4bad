import {contentError, type ContentError} from '../errors';
import {runbooks, type Corpus} from '../records';

/** An alert's runbook_url can point at one page only. */
export function checkAlerts(corpus: Corpus): ContentError[] {
  const owner = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const r of runbooks(corpus)) {
    for (const alert of r.data.alerts) {
      const first = owner.get(alert);
      if (first) {
        errors.push(contentError({file: r.file, line: r.fieldLines.alerts ?? r.frontmatterLine, field: 'alerts', message: `expected alert ${alert} on one runbook only, found it also on ${first}`, fix: 'an alert pages for exactly one runbook; link the other runbook from it'}));
      } else owner.set(alert, r.file);
    }
  }
  return errors;
}
