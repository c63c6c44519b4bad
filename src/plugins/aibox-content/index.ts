import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadAndCheck} from '../../content/check';
import {ContentValidationError, formatReport, onlyErrors} from '../../content/errors';
import {buildSiteData, type SiteData} from '../../content/generate/siteData';
import {generatedFiles} from '../../content/generate/outputs';
import {buildOpsPageData} from '../../content/generate/opsCatalogue';
import {todayIso} from '../../content/freshness';
import {writeFileAtomic} from '../../content/writeAtomic';
import type {Corpus} from '../../content/records';

type Loaded = {data: SiteData; corpus: Corpus};

/**
 * Thin bridge between Docusaurus and src/content: validates every page before anything is rendered
 * (a bad page fails `build` and `start` with the same messages as `npm run check`), hands the
 * validated data to the theme, and writes the maps and short links into the build.
 */
export default function aiboxContentPlugin(context: LoadContext): Plugin<Loaded> {
  const {siteDir, siteConfig} = context;
  return {
    name: 'aibox-content',
    getPathsToWatch: () => ['docs/**/*.{md,mdx}', 'runbooks/**/*.{md,mdx}', 'monitoring/**/*.yaml', 'error-codes.lock.json'].map((p) => path.join(siteDir, p)),
    async loadContent() {
      const {corpus, errors} = loadAndCheck(siteDir);
      const warnings = errors.filter((e) => e.severity === 'warning');
      if (warnings.length) console.warn(formatReport(warnings));
      if (onlyErrors(errors).length) throw new ContentValidationError(errors);
      return {corpus, data: buildSiteData(corpus, todayIso())};
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content.data);
      // Only the operations pages need the alert catalogue: a module they import, not global data on every page.
      await actions.createData('ops-catalogue.json', JSON.stringify(buildOpsPageData(content.corpus)));
    },
    async postBuild({outDir, content}) {
      for (const file of generatedFiles(content.corpus, siteConfig.url, siteConfig.baseUrl)) {
        writeFileAtomic(path.join(outDir, file.path), file.content);
      }
    },
  };
}
