import {createRequire} from 'node:module';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * Keeps code that only some pages need out of the bundle every page loads. The classic theme registers Prism
 * (about 26 KB gzip) as a client module, which puts it in main.js even on pages without code blocks; here that
 * module is replaced by an empty one and src/theme/CodeBlock registers the languages where code is shown.
 */
export default function pageWeightPlugin(): Plugin {
  return {
    name: 'aibox-page-weight',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            [require.resolve('@docusaurus/theme-classic/lib/prism-include-languages')]: require.resolve('./empty.js'),
          },
        },
      };
    },
  };
}
