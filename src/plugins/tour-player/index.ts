import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Hands asciinema-player's stylesheet to the tour page as data. Docusaurus merges every imported CSS file
 * into the one site-wide stylesheet, so importing it would load it on every page; as a generated module it is
 * fetched only by the tour page's lazy player chunk (src/components/TourRecording).
 */
export default function tourPlayerPlugin(context: LoadContext): Plugin<string> {
  const resolve = createRequire(path.join(context.siteDir, 'package.json')).resolve;
  return {
    name: 'tour-player',
    async loadContent() {
      return fs.readFileSync(resolve('asciinema-player/dist/bundle/asciinema-player.css'), 'utf8');
    },
    async contentLoaded({content, actions}) {
      await actions.createData('player-css.json', JSON.stringify({css: content}));
    },
  };
}
