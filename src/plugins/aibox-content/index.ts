import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadAndCheck} from '../../content/check';
import {ContentValidationError, formatReport, onlyErrors} from '../../content/errors';
import {buildSiteData, dataModules, pageMetaByFile, type SiteData} from '../../content/generate/siteData';
import {generatedFiles} from '../../content/generate/outputs';
import {buildOpsPageData} from '../../content/generate/opsCatalogue';
import {todayIso} from '../../content/freshness';
import {writeFilesAtomic} from '../../adapters/writeFiles';
import type {Corpus} from '../../content/records';
import {routeMismatches, type LoadedDoc} from './routeCheck';
import {COLLECTOR_SITE_PATH, configFileContent, FEEDBACK_CONFIG_PATH} from '../../content/feedback';
import {buildCollectorSite} from '../../content/generate/collectorSite';
import {setPageMeta} from './pageMeta';
import {shareLoadedFrontmatter} from './parseFrontMatter';

type Loaded = {data: SiteData; corpus: Corpus};

/**
 * Thin bridge between Docusaurus and src/content: validates every page before anything is rendered
 * (a bad page fails `build` and `start` with the same messages as `npm run check`), hands the
 * validated data to the theme, and writes the maps and short links into the build.
 * The theme gets the data as modules (`@generated/aibox-content/default/<name>.json`) that only the components
 * showing them import, and each page's card through its frontmatter (pageMeta.ts): nothing is global data.
 */
export default function aiboxContentPlugin(context: LoadContext): Plugin<Loaded> {
  const {siteDir, siteConfig} = context;
  return {
    name: 'aibox-content',
    getPathsToWatch: () =>
      ['docs/**/*.{md,mdx}', 'runbooks/**/*.{md,mdx}', 'monitoring/**/*.yaml', 'error-codes.lock.json'].map((p) =>
        path.join(siteDir, p),
      ),
    async loadContent() {
      const {corpus, errors} = loadAndCheck(siteDir);
      const warnings = errors.filter((e) => e.severity === 'warning');
      if (warnings.length) console.warn(formatReport(warnings));
      if (onlyErrors(errors).length) throw new ContentValidationError(errors);
      const data = buildSiteData(corpus, todayIso());
      setPageMeta(siteDir, pageMetaByFile(data));
      shareLoadedFrontmatter(siteDir, corpus.records);
      return {corpus, data};
    },
    async allContentLoaded({allContent}) {
      const own = allContent['aibox-content']?.default as Loaded | undefined;
      const docsPlugins = (allContent['docusaurus-plugin-content-docs'] ?? {}) as Record<
        string,
        {loadedVersions?: {docs: LoadedDoc[]}[]}
      >;
      const loaded = Object.values(docsPlugins).flatMap((p) => p.loadedVersions?.flatMap((v) => v.docs) ?? []);
      const errors = own ? routeMismatches(own.corpus, loaded, siteConfig.baseUrl) : [];
      if (errors.length) throw new ContentValidationError(errors);
    },
    async contentLoaded({content, actions}) {
      for (const [name, value] of Object.entries(dataModules(content.data))) {
        await actions.createData(`${name}.json`, JSON.stringify(value));
      }
      // Only the operations pages need the alert catalogue: a module they import, not global data on every page.
      await actions.createData('ops-catalogue.json', JSON.stringify(buildOpsPageData(content.corpus)));
    },
    async postBuild({outDir, content, routesPaths}) {
      const files = [
        ...generatedFiles(content.corpus, siteConfig.url, siteConfig.baseUrl),
        // Page feedback's runtime setting, from the build-time one; a deployment may edit it in place.
        {
          path: FEEDBACK_CONFIG_PATH,
          content: configFileContent(siteConfig.customFields?.feedbackUrl as string | undefined),
        },
        // The collector's list of pages and surveys; under a dot folder, which nginx never serves.
        {path: COLLECTOR_SITE_PATH, content: buildCollectorSite(content.corpus, routesPaths)},
      ];
      writeFilesAtomic(files.map((f) => ({path: path.join(outDir, f.path), content: f.content})));
    },
  };
}
