import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {closedListKeys, FRONTMATTER_SCHEMAS} from '../../../../src/content/spelling/closedLists';
import {writeSpellingConfig} from '../../../../src/adapters/cspellConfig';
import {loadAndCheck} from '../../../../src/content/check';
import {REPO, replaceIn, scratchSite} from '../../../../scripts/lib/scratchSite';
import {errorLines} from '../../../helpers';

test('closed lists: enums, literals and lists of them, at any depth; free strings and mixed unions are not', () => {
  const schema = z.strictObject({
    a: z.enum(['x', 'y']),
    b: z.string(),
    c: z.array(z.enum(['p'])),
    d: z.strictObject({e: z.literal('k'), g: z.number()}),
    f: z.union([z.literal('a'), z.string()]),
    h: z.enum(['q']).optional(),
  });
  assert.deepEqual(closedListKeys([schema]), ['a', 'c', 'e', 'h']);
});

test('closed lists of the content frontmatter', () => {
  assert.deepEqual(closedListKeys(FRONTMATTER_SCHEMAS), [
    'audience',
    'cadence',
    'category',
    'ide',
    'kind',
    'os',
    'severity',
    'status',
    'type',
  ]);
});

const FAQ = 'docs/troubleshooting/network/destination-denied-by-policy.md';

function spell(site: string, file: string) {
  const config = writeSpellingConfig(site);
  try {
    const cspell = path.join(REPO, 'node_modules', '.bin', 'cspell');
    const r = spawnSync(cspell, ['--no-progress', '--no-summary', '--config', config, file], {
      cwd: site,
      encoding: 'utf8',
    });
    return {status: r.status, lines: r.stdout.trim().split('\n').filter(Boolean)};
  } finally {
    fs.rmSync(path.dirname(config), {recursive: true, force: true});
  }
}

test('one typo, one error: a misspelt category is the schema error alone, a typo in the prose is still spelling', () => {
  const site = scratchSite();
  for (const name of ['cspell.json', 'project-words.txt'])
    fs.copyFileSync(path.join(REPO, name), path.join(site, name));
  const file = path.join(site, FAQ);
  replaceIn(file, 'category: network\n', 'category: netwrk\n');

  assert.deepEqual(errorLines(loadAndCheck(site).errors), [
    `${FAQ}:6  category  expected one of setup | startup | network | ide | build | policy | credentials | images-updates | wsl | performance, found "netwrk"; did you mean "network"?  [frontmatter/schema]`,
  ]);
  assert.deepEqual(spell(site, FAQ), {status: 0, lines: []});

  const lines = fs.readFileSync(file, 'utf8').split('\n').length;
  fs.appendFileSync(file, '\nThe netwrk is down.\n');
  assert.deepEqual(spell(site, FAQ), {status: 1, lines: [`${FAQ}:${lines + 1}:5 - Unknown word (netwrk)`]});
});
