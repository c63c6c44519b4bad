import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readCollectorSite} from '../../../scripts/lib/collector';
import {COLLECTOR_SITE_PATH} from '../../../src/content/feedback';

function siteWith(json: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-collector-site-'));
  fs.mkdirSync(path.dirname(path.join(dir, COLLECTOR_SITE_PATH)), {recursive: true});
  fs.writeFileSync(path.join(dir, COLLECTOR_SITE_PATH), JSON.stringify(json));
  return dir;
}

test("the built site's collector file is read with the content's wording: expected …, found …, and how to fix it", () => {
  const dir = siteWith({version: 1, pages: ['/docs/intro', 'docs/no-slash'], surveys: []});
  try {
    const file = path.join(dir, COLLECTOR_SITE_PATH);
    assert.throws(
      () => readCollectorSite(dir),
      (err: Error) =>
        err.message === `${file}: pages[1]: expected a site path, found "docs/no-slash"; rebuild with npm run build`,
    );
    fs.writeFileSync(file, JSON.stringify({version: 1, pages: ['/docs/intro'], surveys: []}));
    assert.deepEqual(readCollectorSite(dir), {version: 1, pages: ['/docs/intro'], surveys: []});
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
