import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkRunbookSteps from './src/remark/runbookSteps';
import remarkFacts from './src/remark/facts';
import remarkMermaidSvg from './src/remark/mermaidSvg';
import remarkCodeTokens from './src/remark/codeTokens';
import {siteUrl, editUrl, feedbackUrl} from './src/siteSettings';
import {parseFrontmatterText} from './src/plugins/aibox-content/parseFrontMatter';
import aiboxContentPlugin from './src/plugins/aibox-content';
import tourPlayerPlugin from './src/plugins/tour-player';
import pageWeightPlugin from './src/plugins/page-weight';
import sectionedDocsPlugin, {type SectionedDocsOptions} from './src/plugins/sectioned-docs';
import {withPageMeta} from './src/plugins/aibox-content/pageMeta';
import {DOCS_FOLDER_LABELS, RUNBOOK_FOLDER_LABELS, labelledSidebarItems} from './src/sidebar/labels';

// Prism grammars beyond prism-react-renderer's own; code is highlighted at build time (src/remark/codeTokens.ts).
const PRISM_LANGUAGES = ['bash', 'powershell', 'ini', 'json', 'yaml', 'diff'];
import aiboxSearchPlugin from './src/plugins/aibox-search';

const docsCommon = {
  editUrl: editUrl(),
  showLastUpdateTime: true,
  // Facts first so every later plugin sees the figures; diagrams become SVG at build time (no mermaid runtime).
  beforeDefaultRemarkPlugins: [
    remarkFacts,
    remarkRunbookSteps,
    remarkMermaidSvg,
    [remarkCodeTokens, {languages: PRISM_LANGUAGES}],
  ],
};

/**
 * Printed pages show each link's target as an absolute URL (src/css/custom.css, @media print). CSS cannot know
 * the published origin, so the build states it once as a custom property. JSON quoting is a valid CSS string.
 */
const printedLinksPlugin: PluginModule = () => ({
  name: 'aibox-printed-links',
  injectHtmlTags: () => ({
    headTags: [`<style>:root{--aibox-site-url:${JSON.stringify(siteUrl()).replace(/</g, '\\3c ')}}</style>`],
  }),
});

const config: Config = {
  title: 'AI-Box docs',
  tagline: 'Your hardened sandbox, from first start to 03:00 incident',
  url: siteUrl(),
  // The widget's build-time endpoint; build/feedback-config.json (written from it) can override it later.
  customFields: {feedbackUrl: feedbackUrl() || null},
  baseUrl: '/',
  favicon: 'img/favicon.svg',
  // Everything here runs offline: no CDN, no web fonts, no analytics, no Algolia; search is our own (src/search).
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  future: {
    v4: {removeLegacyPostBuildHeadAttribute: true},
    faster: process.env.AIBOX_DOCS_BUNDLER !== 'webpack',
  },
  markdown: {
    // .md is CommonMark (placeholders like <host> are safe in prose); .mdx is MDX.
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    // One YAML reader for the site and the scripts: dates stay strings, as the schemas expect. The page's card
    // and freshness notice ride along in its frontmatter, so they reach that page only.
    parseFrontMatter: async ({filePath, fileContent}) =>
      withPageMeta(filePath, parseFrontmatterText(fileContent, filePath)),
  },
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        // The docs plugins are added below, wrapped so that each section's pages load that section's data only.
        docs: false,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null, changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],
  clientModules: ['./src/clientModules/noViewportPrefetch.ts'],
  plugins: [
    [
      sectionedDocsPlugin as PluginModule,
      {
        ...docsCommon,
        path: 'docs',
        routeBasePath: 'docs',
        sidebarPath: './sidebars.ts',
        sidebarItemsGenerator: labelledSidebarItems(DOCS_FOLDER_LABELS),
        // One section per top folder; the FAQ, which grows every pilot week, one per category.
        sections: {default: 1, troubleshooting: 2},
      } satisfies SectionedDocsOptions,
    ],
    [
      sectionedDocsPlugin as PluginModule,
      {
        ...docsCommon,
        id: 'runbooks',
        path: 'runbooks',
        routeBasePath: 'runbooks',
        sidebarPath: './sidebarsRunbooks.ts',
        sidebarItemsGenerator: labelledSidebarItems(RUNBOOK_FOLDER_LABELS),
        // Runbooks stay one section, so an on-call reader sees every kind at once; only the docs map is trimmed.
        sections: {default: 0},
      } satisfies SectionedDocsOptions,
    ],
    // Typed with its own content shape; Docusaurus' list type only knows `unknown` content.
    aiboxContentPlugin as PluginModule,
    tourPlayerPlugin as PluginModule,
    pageWeightPlugin,
    // Search built from the same content model: index written to build/search/ (see src/search).
    aiboxSearchPlugin as PluginModule,
    printedLinksPlugin,
  ],
  themeConfig: {
    colorMode: {defaultMode: 'light', respectPrefersColorScheme: true},
    navbar: {
      title: 'AI-Box docs',
      logo: {alt: 'AI-Box', src: 'img/favicon.svg'},
      items: [
        // One item is the current page at a time: `type: 'doc'` items of one sidebar would all be marked current
        // on every page of it. "Get started" stands for the docs outside the other two.
        {
          to: '/docs/getting-started/quickstart-vscode',
          label: 'Get started',
          position: 'left',
          activeBaseRegex: '^/docs/(?!troubleshooting(/|$)|reference/error-index(/|$))',
        },
        {
          to: '/docs/troubleshooting',
          label: 'Troubleshooting',
          position: 'left',
          activeBaseRegex: '^/docs/troubleshooting(/|$)',
        },
        {
          to: '/docs/reference/error-index',
          label: 'Error index',
          position: 'left',
          activeBaseRegex: '^/docs/reference/error-index(/|$)',
        },
        {type: 'doc', docId: 'index', docsPluginId: 'runbooks', label: 'Runbooks', position: 'left'},
        {to: '/doctor-paste', label: 'Paste doctor output', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Developers',
          items: [
            {label: 'VS Code quickstart', to: '/docs/getting-started/quickstart-vscode'},
            {label: 'JetBrains quickstart', to: '/docs/getting-started/quickstart-jetbrains'},
            {label: 'Architecture', to: '/docs/architecture/overview'},
          ],
        },
        {
          title: 'Champions',
          items: [
            {label: 'Troubleshooting', to: '/docs/troubleshooting'},
            {label: 'Champions handbook', to: '/docs/support/champions-handbook'},
            {label: 'Support tiers', to: '/docs/support/support-tiers'},
          ],
        },
        {
          title: 'Operators',
          items: [
            {label: 'Runbooks', to: '/runbooks'},
            {label: 'Exercise log', to: '/runbooks/exercises'},
            {label: 'Writing docs', to: '/docs/contributing/writing-docs'},
          ],
        },
      ],
      copyright: 'AI-Box platform team. Internal documentation.',
    },
    prism: {
      // Chosen for contrast: axe flags the github theme's string and function colours.
      theme: prismThemes.vsLight,
      darkTheme: prismThemes.vsDark,
      additionalLanguages: PRISM_LANGUAGES,
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
