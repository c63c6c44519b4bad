import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ContentValidationError} from '../../content/errors';
import {writeFileAtomic} from '../../adapters/writeFiles';
import type {Corpus} from '../../content/records';
import {buildSiteSearchIndex} from '../../search/fromSite';
import {textsByPage} from '../../search/buildIndex';
import {SEARCH_BODIES_PATH, SEARCH_INDEX_PATH, searchTextsPath} from '../../search/types';

/**
 * Writes the search index (build/search/index.json), the body index (build/search/bodies.json) and the section
 * texts of each page (build/search/texts/<page>.json) from the pages the aibox-content plugin already loaded and
 * validated, sections included: the build reads each page once. In `npm start` there is no build: the dev server
 * answers the same paths from a fresh index.
 */
export default function aiboxSearchPlugin(context: LoadContext): Plugin<void> {
  const {siteDir, baseUrl} = context;
  const build = (corpus?: Corpus): Record<string, string> => {
    const {index, bodies, texts, errors} = buildSiteSearchIndex(siteDir, corpus);
    if (errors.length) throw new ContentValidationError(errors);
    const files: Record<string, string> = {
      [SEARCH_INDEX_PATH]: JSON.stringify(index),
      [SEARCH_BODIES_PATH]: JSON.stringify(bodies),
    };
    textsByPage(index, texts).forEach((t, p) => (files[searchTextsPath(p)] = JSON.stringify(t)));
    return files;
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
        middleware: (
          req: unknown,
          res: {type: (t: string) => void; send: (b: string) => void},
          next: () => void,
        ) => void;
      };
      return {
        devServer: {
          // webpack-merge calls Docusaurus' setupMiddlewares and this one with the same array and joins the
          // returned arrays, so this one adds to that array and returns nothing new.
          setupMiddlewares: (middlewares: Middleware[]) => {
            middlewares.unshift({
              name: 'aibox-search',
              path: `${baseUrl}search/`,
              middleware: (req, res, next) => {
                const file = build()[`search/${(req as {path: string}).path.replace(/^\//, '')}`];
                if (file === undefined) return next();
                res.type('application/json');
                return res.send(file);
              },
            });
            return [];
          },
        },
      } as object;
    },
  };
}
