import {contentError, type ContentError} from '../errors';
import {allRecords, fieldOf, isStringList, type Corpus} from '../records';

/** An alert's runbook_url can point at one page only. Runbooks that failed validation still own their alerts. */
export function checkAlerts(corpus: Corpus): ContentError[] {
  const owner = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const r of allRecords(corpus).filter((x) => x.type === 'runbook')) {
    for (const alert of fieldOf(r, 'alerts', isStringList) ?? []) {
      const first = owner.get(alert);
      if (first) {
        const message = `expected alert ${alert} on one runbook only, found it also on ${first}`;
        const fix = 'an alert pages for exactly one runbook; link the other runbook from it';
        const line = r.fieldLines.alerts ?? r.frontmatterLine;
        errors.push(contentError({file: r.file, line, field: 'alerts', message, fix, rule: 'alerts/single-runbook'}));
      } else owner.set(alert, r.file);
    }
  }
  return errors;
}
