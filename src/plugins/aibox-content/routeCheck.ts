import {contentError, type ContentError} from '../../content/errors';
import type {Corpus} from '../../content/records';

/** What the docs plugin loaded for one page: `@site/docs/x.md` and the permalink it serves it at. */
export interface LoadedDoc {
  source: string;
  permalink: string;
}

/**
 * The loader computes routes with the docs plugin's own slug rules; this compares them with what the plugin
 * actually loaded, so a rule the loader does not know yet fails the build instead of mislinking the maps.
 */
export function routeMismatches(corpus: Corpus, loaded: readonly LoadedDoc[], baseUrl: string): ContentError[] {
  const byFile = new Map(loaded.map((d) => [d.source.replace(/^@site\//, ''), d.permalink]));
  return corpus.records.flatMap((r) => {
    const permalink = byFile.get(r.file);
    if (permalink === undefined) return [];
    const served = `/${permalink.slice(baseUrl.length)}`.replace(/\/+$/, '').replace(/^\/+/, '/');
    if (served === r.route) return [];
    const message = `expected the route the docs plugin serves, ${served}, found ${r.route} computed by the loader`;
    const fix = 'report this to the docs team: the loader and Docusaurus disagree on a slug rule';
    return [
      contentError({file: r.file, line: r.frontmatterLine, field: 'slug', message, fix, rule: 'routes/docusaurus'}),
    ];
  });
}
