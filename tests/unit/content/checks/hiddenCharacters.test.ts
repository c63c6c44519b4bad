import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {errorLines} from '../../../helpers';
import {decodeContent} from '../../../../src/content/loader';
import {checkContentFolders} from '../../../../src/content/checks/contentFiles';

// Characters a reviewer cannot see: each spelling refused once, at its line, in pages and in every other content file.
const HIDDEN: [string, string][] = [
  ['\u{E0041}', 'U+E0041'], // TAG LATIN CAPITAL LETTER A
  ['\u{E007F}', 'U+E007F'], // CANCEL TAG
  ['\u061C', 'U+061C'],
  ['\u200E', 'U+200E'],
  ['\u200F', 'U+200F'],
  ['\u202E', 'U+202E'],
  ['\u2067', 'U+2067'],
  ['\u3164', 'U+3164'],
  ['\u115F', 'U+115F'],
  ['\u1160', 'U+1160'],
  ['\uFFA0', 'U+FFA0'],
  ['\u2800', 'U+2800'],
  ['\u001B', 'U+001B'],
];
const PAGE = 'docs/troubleshooting/network/x.md';

for (const [char, code] of HIDDEN) {
  test(`[files/encoding] refuses ${code} in a page`, () => {
    const {errors} = decodeContent(PAGE, new TextEncoder().encode(`# Title\n\nSee the ${char}proxy.\n`));
    assert.deepEqual(errorLines(errors), [
      `${PAGE}:3  (file)  expected text without control characters, found ${code}  [files/encoding]`,
    ]);
  });
}

test('[files/encoding] allows ordinary non-ASCII text and emoji, joined ones too', () => {
  const text = '# Café\n\nGrüße, 日本語, naïve, 🙂 and 👨\u200D👩\u200D👧.\n';
  assert.deepEqual(decodeContent(PAGE, new TextEncoder().encode(text)), {text, errors: []});
});

test('[files/encoding] refuses hidden characters in monitoring records, the storyboard and the synonyms file', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-hidden-'));
  const put = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
    fs.writeFileSync(path.join(site, file), text);
  };
  try {
    put(
      'monitoring/alerts/nexus.yaml',
      'alerts:\n  - alert: NexusDown\n    description: "\u001B[2J\u001B[31mall fine"\n',
    );
    put('monitoring/dashboards/fleet.yaml', 'panels:\n  - title: "Fleet\u{E0049}\u{E0047}"\n');
    put('docs/getting-started/tour.storyboard.yaml', 'steps:\n  - say: "run\u3164"\n');
    put('docs/search-synonyms.yaml', 'groups:\n  - [proxy, \u202Eyxorp]\n');
    put('monitoring/metrics.yaml', 'metrics:\n  - name: up\n    help: "Grüße, 日本, 🙂"\n');
    const line = (file: string, n: number, code: string) =>
      `${file}:${n}  (file)  expected text without control or invisible characters, found ${code}  [files/encoding]`;
    assert.deepEqual(errorLines(checkContentFolders(site)), [
      line('docs/getting-started/tour.storyboard.yaml', 2, 'U+3164'),
      line('docs/search-synonyms.yaml', 2, 'U+202E'),
      line('monitoring/alerts/nexus.yaml', 3, 'U+001B'),
      line('monitoring/dashboards/fleet.yaml', 2, 'U+E0049'),
    ]);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});
