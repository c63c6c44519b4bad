import {createRequire} from 'node:module';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * Keeps Prism (about 30 KB gzip) out of the browser. The classic theme registers it as a client module, which
 * puts it in main.js on every page; code is highlighted at build time instead (src/remark/codeTokens.ts and
 * src/theme/CodeBlock/Content), so that module is replaced by an empty one.
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
