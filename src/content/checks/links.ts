import path from 'node:path';
import {contentError, type ContentError} from '../errors';
import type {Corpus} from '../records';

const FILE_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^#?]+\.mdx?)(#.*)?$/i;

/**
 * Relative links to .md/.mdx files must name a page of the same docs instance: Docusaurus resolves them
 * only within one instance. The build catches them too, but here the error says file, line and the fix.
 */
export function checkLinks(corpus: Corpus): ContentError[] {
  const files = new Set(corpus.records.map((r) => r.file));
  const errors: ContentError[] = [];
  for (const r of corpus.records) {
    for (const link of r.links) {
      const m = FILE_LINK.exec(link.url);
      if (!m) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(r.file), decodeURI(m[1])));
      if (files.has(target) && target.split('/')[0] === r.instance) continue;
      const other = target.replace(/\.mdx?$/, (ext) => (ext === '.md' ? '.mdx' : '.md'));
      const targetRecord = corpus.records.find((x) => x.file === target || x.file === other);
      const fix = targetRecord
        ? targetRecord.instance !== r.instance
          ? `link across instances by route: ${targetRecord.route}`
          : `the file is ${path.posix.relative(path.posix.dirname(r.file), targetRecord.file)}`
        : 'link to an existing page';
      errors.push(contentError({file: r.file, line: link.line, field: '(body) link', message: `expected a link to an existing page of this instance, found "${link.url}"`, fix}));
    }
  }
  return errors;
}
