import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ContentValidationError} from '../../content/errors';
import {writeFileAtomic} from '../../adapters/writeFiles';
import type {Corpus} from '../../content/records';
import {buildSiteSearchIndex} from '../../search/fromSite';
import {SEARCH_INDEX_PATH, SEARCH_TEXTS_PATH} from '../../search/types';

/**
 * Writes the search index (build/search/index.json) and section texts (build/search/texts.json) from the pages
 * the aibox-content plugin already loaded and validated, sections included: the build reads each page once.
 * In `npm start` there is no build: the dev server answers the same two paths from a fresh index.
 */
export default function aiboxSearchPlugin(context: LoadContext): Plugin<void> {
  const {siteDir, baseUrl} = context;
  const build = (corpus?: Corpus): Record<string, string> => {
    const {index, texts, errors} = buildSiteSearchIndex(siteDir, corpus);
    if (errors.length) throw new ContentValidationError(errors);
    return {[SEARCH_INDEX_PATH]: JSON.stringify(index), [SEARCH_TEXTS_PATH]: JSON.stringify(texts)};
  };
  return {
    name: 'aibox-search',
    getPathsToWatch: () => [path.join(siteDir, 'docs/search-synonyms.yaml')],
    async postBuild({outDir, plugins}) {
      const content = plugins.find((p) => p.name === 'aibox-content')?.content as {corpus?: Corpus} | undefined;
      for (const [file, text] of Object.entries(build(content?.corpus))) writeFileAtomic(path.join(outDir, file), text);
    },
    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV === 'production') return {};
      type Middleware = {
        name: string;
        path: string;
        middleware: (req: unknown, res: {type: (t: string) => void; send: (b: string) => void}) => void;
      };
      return {
        devServer: {
          // webpack-merge calls Docusaurus' setupMiddlewares and this one with the same array and joins the
          // returned arrays, so this one adds to that array and returns nothing new.
          setupMiddlewares: (middlewares: Middleware[]) => {
            for (const file of [SEARCH_INDEX_PATH, SEARCH_TEXTS_PATH]) {
              middlewares.unshift({
                name: `aibox-search:${file}`,
                path: `${baseUrl}${file}`,
                middleware: (_req, res) => {
                  res.type('application/json');
                  res.send(build()[file]);
                },
              });
            }
            return [];
          },
        },
      } as object;
    },
  };
}
