import {contentError, type ContentError} from '../errors';
import {fieldOf, isString, isStringList, type AnyRecord} from '../records';

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * `search_phrases` say how readers describe a problem. A phrase that repeats the title or another phrase
 * (ignoring case and spacing) adds nothing to search and only skews ranking, so it is refused.
 */
export function checkSearchPhrases(r: AnyRecord): ContentError[] {
  if (r.type !== 'faq' && r.type !== 'runbook') return [];
  const phrases = fieldOf(r, 'search_phrases', isStringList) ?? [];
  const line = r.fieldLines.search_phrases ?? r.frontmatterLine;
  const title = normalise(fieldOf(r, 'title', isString) ?? '');
  const seen = new Map<string, number>();
  const errors: ContentError[] = [];
  phrases.forEach((phrase, i) => {
    const key = normalise(phrase);
    const field = `search_phrases[${i}]`;
    const fix = 'remove it, or write how a stuck reader would put the problem in other words';
    if (key === title) {
      errors.push(
        contentError({
          file: r.file,
          line,
          field,
          rule: 'search/phrases',
          message: `expected a phrase in readers' words, found the title again: "${phrase}"`,
          fix,
        }),
      );
    } else if (seen.has(key)) {
      errors.push(
        contentError({
          file: r.file,
          line,
          field,
          rule: 'search/phrases',
          message: `expected each phrase once (ignoring case), found "${phrase}" again after search_phrases[${seen.get(key)}]`,
          fix,
        }),
      );
    } else seen.set(key, i);
  });
  return errors;
}
