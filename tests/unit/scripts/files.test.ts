import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {REPO, scratchSite} from '../../../scripts/lib/scratchSite';
import {GOOD} from '../../helpers';
import {buildSiteSearchIndex} from '../../../src/search/fromSite';
import {SEARCH_BODIES_PATH, SEARCH_INDEX_PATH} from '../../../src/search/types';
import {STORYBOARD_FILE} from '../../../src/content/tour';

// Every script that takes a file answers a directory, a missing file, an unreadable file and an output that is
// also an input with one line and exit 1, and writes nothing. One row per case; each pins the exact stderr.
const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const run = (script: string, args: string[], cwd: string) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(REPO, 'scripts', `${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });

const T = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-files-'));
const DIR = path.join(T, 'dir');
const MISSING = path.join(T, 'missing.json');
const FILE = path.join(T, 'file.json');
const LINK = path.join(T, 'link.json');
const LOCKED = path.join(T, 'locked.json');
fs.mkdirSync(DIR);
fs.writeFileSync(FILE, '["AIBOX-NET-001"]\n');
fs.symlinkSync(FILE, LINK);
fs.writeFileSync(LOCKED, '[]\n');
fs.chmodSync(LOCKED, 0o000);
const ROOT = process.getuid?.() === 0;

// A built search index from the good fixtures, and broken copies of it.
const index = (name: string, write: (dir: string) => void) => {
  const dir = path.join(T, name);
  fs.mkdirSync(path.join(dir, 'search'), {recursive: true});
  write(dir);
  return dir;
};
const built = buildSiteSearchIndex(GOOD);
const BUILD = index('build', (d) => {
  fs.writeFileSync(path.join(d, SEARCH_INDEX_PATH), JSON.stringify(built.index));
  fs.writeFileSync(path.join(d, SEARCH_BODIES_PATH), JSON.stringify(built.bodies));
});
const INDEX_DIR = index('index-dir', (d) => fs.mkdirSync(path.join(d, SEARCH_INDEX_PATH)));
const NOT_JSON = index('not-json', (d) => fs.writeFileSync(path.join(d, SEARCH_INDEX_PATH), '{"version": 2,'));
const WRONG_SHAPE = index('wrong-shape', (d) =>
  fs.writeFileSync(path.join(d, SEARCH_INDEX_PATH), JSON.stringify({...built.index, synonyms: 'x'})),
);
const BAD_MINISEARCH = index('bad-minisearch', (d) =>
  fs.writeFileSync(path.join(d, SEARCH_INDEX_PATH), JSON.stringify({...built.index, index: {}})),
);
const TOUR = scratchSite();

interface Case {
  script: string;
  args: string[];
  /** A stderr ending in ": " is a prefix: the rest is the parser's own words, which vary by Node version. */
  stderr: string;
  cwd?: string;
  /** Files that must be byte-for-byte the same afterwards. */
  unchanged?: string[];
  needsNonRoot?: boolean;
}

const dirRead = (f: string) => `${f}: cannot read: a directory, expected a file`;
const dirWrite = (f: string) => `${f}: cannot write: a directory, expected a file`;
const CASES: Case[] = [
  {script: 'doctor-map', args: ['--cli-codes', DIR, '--check', FILE], stderr: dirRead(DIR)},
  {script: 'doctor-map', args: ['--cli-codes', MISSING, '--check', FILE], stderr: `${MISSING}: cannot read: ENOENT`},
  {
    script: 'doctor-map',
    args: ['--cli-codes', LOCKED, '--check', FILE],
    stderr: `${LOCKED}: cannot read: EACCES`,
    needsNonRoot: true,
  },
  {script: 'doctor-map', args: ['--check', DIR], stderr: dirRead(DIR)},
  {script: 'doctor-map', args: ['--out', DIR], stderr: dirWrite(DIR)},
  {
    script: 'doctor-map',
    args: ['--check', FILE, '--out', FILE],
    stderr: `${FILE}: cannot write: --out is also the input of --check; give --out another file`,
    unchanged: [FILE],
  },
  {
    script: 'doctor-map',
    args: ['--cli-codes', FILE, '--out', LINK],
    stderr: `${LINK}: cannot write: --out is also the input of --cli-codes; give --out another file`,
    unchanged: [FILE],
  },
  {
    script: 'doctor-map',
    args: ['--out', MISSING, '--alerts-out', MISSING],
    stderr: `${MISSING}: cannot write: --alerts-out is also the output of --out; give --alerts-out another file`,
  },
  {script: 'explain', args: ['AIBOX-NET-001', '--map', DIR], stderr: dirRead(DIR)},
  {
    script: 'explain',
    args: ['AIBOX-NET-001', '--map', LOCKED],
    stderr: `${LOCKED}: cannot read: EACCES`,
    needsNonRoot: true,
  },
  {script: 'alert-rules', args: ['--check', DIR], stderr: dirRead(DIR)},
  {script: 'alert-rules', args: ['--check', MISSING], stderr: `${MISSING}: cannot read: ENOENT`},
  {script: 'alert-rules', args: ['--out', DIR], stderr: dirWrite(DIR)},
  {script: 'alert-rules', args: ['--routes-out', DIR], stderr: dirWrite(DIR)},
  {
    script: 'alert-rules',
    args: ['--check', FILE, '--out', FILE],
    stderr: `${FILE}: cannot write: --out is also the input of --check; give --out another file`,
    unchanged: [FILE],
  },
  {
    script: 'alert-rules',
    args: ['--out', FILE, '--routes-out', LINK],
    stderr: `${LINK}: cannot write: --routes-out is also the output of --out; give --routes-out another file`,
    unchanged: [FILE],
  },
  {script: 'feedback-report', args: ['--db', DIR], stderr: dirRead(DIR)},
  {script: 'feedback-report', args: ['--db', MISSING], stderr: `${MISSING}: cannot read: ENOENT`},
  {script: 'tour-cast', args: ['--out', DIR], stderr: dirWrite(DIR), cwd: TOUR},
  {
    script: 'tour-cast',
    args: ['--out', STORYBOARD_FILE],
    stderr: `${STORYBOARD_FILE}: cannot write: --out is also the input of the storyboard; give --out another file`,
    cwd: TOUR,
    unchanged: [path.join(TOUR, STORYBOARD_FILE)],
  },
  {
    script: 'search-eval',
    args: ['--index', INDEX_DIR],
    stderr: dirRead(path.join(INDEX_DIR, SEARCH_INDEX_PATH)),
  },
  {
    script: 'search-eval',
    args: ['--index', FILE],
    stderr: `${path.join(FILE, SEARCH_INDEX_PATH)}: no search index; run npm run build first`,
  },
  {
    script: 'search-eval',
    args: ['--index', NOT_JSON],
    stderr: `${path.join(NOT_JSON, SEARCH_INDEX_PATH)}: expected JSON, found: `,
  },
  {
    script: 'search-eval',
    args: ['--index', WRONG_SHAPE, '--first'],
    stderr: `${path.join(WRONG_SHAPE, SEARCH_INDEX_PATH)}: expected a search index written by npm run build, found a problem at synonyms: Invalid input: expected array, received string; rebuild`,
  },
  {
    script: 'search-eval',
    args: ['--index', BAD_MINISEARCH, '--first'],
    stderr: `${path.join(BAD_MINISEARCH, SEARCH_INDEX_PATH)}: expected a search index this version can load, found: `,
  },
  {
    script: 'search-eval',
    args: ['--index', BUILD, '--queries', DIR],
    stderr: dirRead(DIR),
  },
];

for (const c of CASES) {
  const name = `${c.script} ${c.args.map((a) => path.basename(a)).join(' ')}: one line, exit 1`;
  test(name, {skip: c.needsNonRoot && ROOT ? 'runs as root, where chmod 000 does not stop reads' : false}, () => {
    const before = (c.unchanged ?? []).map((f) => fs.readFileSync(f, 'utf8'));
    const listing = fs.readdirSync(T).sort();
    // search-eval reads the repository's query set by default.
    const r = run(c.script, c.args, c.cwd ?? (c.script === 'search-eval' ? REPO : GOOD));
    assert.equal(r.status, 1, r.stderr);
    const expected = `${c.script}: ${c.stderr}`;
    if (c.stderr.endsWith(': ')) assert.ok(r.stderr.startsWith(expected), r.stderr);
    else assert.equal(r.stderr, `${expected}\n`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(
      (c.unchanged ?? []).map((f) => fs.readFileSync(f, 'utf8')),
      before,
    );
    assert.deepEqual(fs.readdirSync(T).sort(), listing, 'nothing new is written');
    assert.deepEqual(fs.readdirSync(DIR), [], 'nothing is written into a directory given as a file');
  });
}
