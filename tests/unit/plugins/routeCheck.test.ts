import {test} from 'node:test';
import assert from 'node:assert/strict';
import {routeMismatches} from '../../../src/plugins/aibox-content/routeCheck';
import {errorLines, loadGood} from '../../helpers';

// Permalinks written out as Docusaurus serves them, not derived from the loader's routes: a loader that computed
// a wrong route for these files, or a check that ignored the base URL or the trailing slash, fails here.
const SERVED = {
  'docs/intro.md': 'docs/intro/',
  'docs/troubleshooting/network/old-port.md': 'docs/troubleshooting/network/old-port/',
  'runbooks/day-2/gc.md': 'runbooks/day-2/gc',
};

test('[routes/docusaurus] the loader routes pages where the docs plugin serves them, under any base URL', () => {
  const corpus = loadGood();
  for (const baseUrl of ['/', '/aibox/']) {
    const served = Object.entries(SERVED).map(([file, permalink]) => ({
      source: `@site/${file}`,
      permalink: baseUrl + permalink,
    }));
    assert.deepEqual(errorLines(routeMismatches(corpus, served, baseUrl)), [], `base URL ${baseUrl}`);
  }
  // The same pages one directory off: each is one error naming both routes.
  const moved = Object.entries(SERVED).map(([file, permalink]) => ({
    source: `@site/${file}`,
    permalink: `/aibox/x/${permalink}`,
  }));
  assert.deepEqual(errorLines(routeMismatches(corpus, moved, '/aibox/')), [
    'docs/intro.md:1  slug  expected the route the docs plugin serves, /x/docs/intro, found /docs/intro computed by the loader  [routes/docusaurus]',
    'docs/troubleshooting/network/old-port.md:1  slug  expected the route the docs plugin serves, /x/docs/troubleshooting/network/old-port, found /docs/troubleshooting/network/old-port computed by the loader  [routes/docusaurus]',
    'runbooks/day-2/gc.md:1  slug  expected the route the docs plugin serves, /x/runbooks/day-2/gc, found /runbooks/day-2/gc computed by the loader  [routes/docusaurus]',
  ]);
});

test('[routes/docusaurus] routes the docs plugin serves match the loader; a difference is one error per page', () => {
  const corpus = loadGood();
  const served = corpus.records.map((r) => ({source: `@site/${r.file}`, permalink: `${r.route}/`}));
  served[0] = {...served[0], permalink: '/docs/somewhere-else'};
  assert.deepEqual(errorLines(routeMismatches(corpus, served, '/')), [
    `${corpus.records[0].file}:1  slug  expected the route the docs plugin serves, /docs/somewhere-else, found ${corpus.records[0].route} computed by the loader  [routes/docusaurus]`,
  ]);
});
