import {test} from 'node:test';
import assert from 'node:assert/strict';
import {routeMismatches} from '../../../src/plugins/aibox-content/routeCheck';
import {errorLines, loadGood} from '../../helpers';

test('[routes/docusaurus] routes the docs plugin serves match the loader; a difference is one error per page', () => {
  const corpus = loadGood();
  const served = corpus.records.map((r) => ({source: `@site/${r.file}`, permalink: `${r.route}/`}));
  assert.deepEqual(routeMismatches(corpus, served, '/'), []);
  served[0] = {...served[0], permalink: '/docs/somewhere-else'};
  assert.deepEqual(errorLines(routeMismatches(corpus, served, '/')), [
    `${corpus.records[0].file}:1  slug  expected the route the docs plugin serves, /docs/somewhere-else, found ${corpus.records[0].route} computed by the loader  [routes/docusaurus]`,
  ]);
});
