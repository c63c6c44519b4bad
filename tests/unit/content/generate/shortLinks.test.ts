import {test} from 'node:test';
import assert from 'node:assert/strict';
import {shortLinkPages} from '../../../../src/content/generate/shortLinks';
import {buildDoctorMap} from '../../../../src/content/generate/doctorMap';
import {loadGood} from '../../../helpers';

test('one static page per code, with a meta refresh and a visible link to the home entry', () => {
  const pages = shortLinkPages(buildDoctorMap(loadGood(), 'https://aibox-docs.example.internal'), '/');
  assert.deepEqual(
    pages.map((p) => p.path),
    ['e/AIBOX-NET-001/index.html', 'e/AIBOX-NET-006/index.html'],
  );
  const html = pages[0].html;
  assert.match(
    html,
    /<meta http-equiv="refresh" content="0; url=\/docs\/troubleshooting\/network\/proxy-unreachable">/,
  );
  assert.match(
    html,
    /<a href="\/docs\/troubleshooting\/network\/proxy-unreachable">Open the page for AIBOX-NET-001<\/a>/,
  );
  assert.match(pages[1].html, /retired code/);
});

test('a base URL prefixes the target; titles are escaped', () => {
  const map = buildDoctorMap(loadGood(), 'https://x.example');
  map.codes[0].title = 'A <b> & "c"';
  const [page] = shortLinkPages(map, '/docs-site/');
  assert.match(page.html, /url=\/docs-site\/docs\/troubleshooting\/network\/proxy-unreachable"/);
  assert.match(page.html, /A &lt;b&gt; &amp; &quot;c&quot;/);
});
