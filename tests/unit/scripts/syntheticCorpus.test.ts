import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {loadAndCheck} from '../../../src/content/check';
import {onlyErrors, formatReport} from '../../../src/content/errors';
import {syntheticCorpus} from '../../../scripts/lib/syntheticCorpus';
import {scratchSite} from '../../../scripts/lib/scratchSite';

test('the benchmark corpus passes the real schemas and checks and adds exactly the pages asked for', () => {
  const site = scratchSite();
  try {
    const before = loadAndCheck(site).corpus.records.length;
    const files = syntheticCorpus(60);
    assert.equal(files.length, 60);
    assert.equal(files.filter((f) => f.path.startsWith('docs/troubleshooting/')).length, 12);
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(site, f.path)), {recursive: true});
      fs.writeFileSync(path.join(site, f.path), f.content);
    }
    const {corpus, errors} = loadAndCheck(site);
    assert.equal(formatReport(onlyErrors(errors)), '');
    assert.equal(corpus.records.length, before + 60);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});
