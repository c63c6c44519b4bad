import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
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
// As root, chmod 000 does not stop reads: the unreadable rows then run as root without the capabilities that
// override file modes. Running them as nobody instead failed in a clone under a folder only root may enter.
const ROOT = process.getuid?.() === 0;
const WITHOUT_DAC = ['setpriv', '--bounding-set=-dac_override,-dac_read_search'];
const run = (script: string, args: string[], cwd: string, withoutDac: boolean) =>
  new Promise<{status: number | null; stdout: string; stderr: string}>((resolve) => {
    const node = [process.execPath, '--import', TSX, path.join(REPO, 'scripts', `${script}.ts`), ...args];
    const [cmd, ...rest] = withoutDac ? [...WITHOUT_DAC, ...node] : node;
    const child = spawn(cmd, rest, {cwd});
    let [stdout, stderr] = ['', ''];
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({status, stdout, stderr});
    });
  });

const T = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-files-'));
const DIR = path.join(T, 'dir');
const MISSING = path.join(T, 'missing.json');
const FILE = path.join(T, 'file.json');
const LINK = path.join(T, 'link.json');
const HARD = path.join(T, 'hard.json');
const LOCKED = path.join(T, 'locked.json');
const UNDER_FILE = path.join(FILE, 'x.json');
// A folder link into the fixture site's monitoring/: an output through it lands in the content.
const MONITORING = path.join(T, 'monitoring-link');
fs.mkdirSync(DIR);
fs.writeFileSync(FILE, '["AIBOX-NET-001"]\n');
fs.symlinkSync(FILE, LINK);
fs.linkSync(FILE, HARD);
fs.symlinkSync(path.join(GOOD, 'monitoring'), MONITORING);
fs.writeFileSync(LOCKED, '[]\n');
fs.chmodSync(LOCKED, 0o000);
const QUERIES = path.join(REPO, 'tests/search/queries.tsv');
const GOOD_LOCK = path.join(GOOD, 'error-codes.lock.json');

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
// search-scale reads build/ and the query set from its working folder; here the texts folder is a file.
const SCALE = index('scale', (d) => {
  fs.renameSync(path.join(d, 'search'), path.join(d, 'build'));
  fs.mkdirSync(path.join(d, 'build/search'));
  fs.writeFileSync(path.join(d, 'build', SEARCH_INDEX_PATH), JSON.stringify(built.index));
  fs.writeFileSync(path.join(d, 'build/search/texts'), '');
  fs.mkdirSync(path.join(d, 'tests/search'), {recursive: true});
  fs.copyFileSync(QUERIES, path.join(d, 'tests/search/queries.tsv'));
});

interface Case {
  script: string;
  args: string[];
  /** A stderr ending in ": " is a prefix: the rest is the parser's own words, which vary by Node version. */
  stderr: string;
  cwd?: string;
  /** Files that must be byte-for-byte the same afterwards. */
  unchanged?: string[];
  /** Files that must not exist afterwards. */
  absent?: string[];
  /** An unreadable file: as root, run without the capabilities that override file modes. */
  unreadable?: boolean;
}

const dirRead = (f: string) => `${f}: cannot read: a directory, expected a file`;
const dirWrite = (f: string) => `${f}: cannot write: a directory, expected a file`;
const fileNotDir = (f: string) => `${f}: cannot read: a file, expected a directory`;
const noBuild = (f: string) => `${f}: no such build; run npm run build first`;
const inContent = (f: string, flag: string, part: string) =>
  `${f}: cannot write: --${flag} is in the content this command reads (${part}); give --${flag} a file outside it`;
const CASES: Case[] = [
  {script: 'doctor-map', args: ['--cli-codes', DIR, '--check', FILE], stderr: dirRead(DIR)},
  {script: 'doctor-map', args: ['--cli-codes', MISSING, '--check', FILE], stderr: `${MISSING}: cannot read: ENOENT`},
  {
    script: 'doctor-map',
    args: ['--cli-codes', LOCKED, '--check', FILE],
    stderr: `${LOCKED}: cannot read: EACCES`,
    unreadable: true,
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
    unreadable: true,
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
  {
    script: 'doctor-map',
    args: ['--check', FILE, '--out', HARD],
    stderr: `${HARD}: cannot write: --out is also the input of --check; give --out another file`,
    unchanged: [FILE],
  },
  {
    script: 'doctor-map',
    args: ['--out', UNDER_FILE],
    stderr: `${UNDER_FILE}: cannot write: ${FILE} is a file, not a directory`,
    unchanged: [FILE],
  },
  {
    script: 'doctor-map',
    args: ['--out', 'docs/../error-codes.lock.json'],
    stderr: inContent('docs/../error-codes.lock.json', 'out', 'error-codes.lock.json'),
    unchanged: [GOOD_LOCK],
  },
  {
    script: 'doctor-map',
    args: ['--alerts-out', 'docs/alerts.json'],
    stderr: inContent('docs/alerts.json', 'alerts-out', 'docs'),
    absent: [path.join(GOOD, 'docs/alerts.json')],
  },
  {script: 'explain', args: ['AIBOX-NET-001', '--map', MISSING], stderr: `${MISSING}: cannot read: ENOENT`},
  {
    script: 'alert-rules',
    args: ['--out', path.join(MONITORING, 'rules.yaml')],
    stderr: inContent(path.join(MONITORING, 'rules.yaml'), 'out', 'monitoring'),
    absent: [path.join(GOOD, 'monitoring/rules.yaml')],
  },
  {script: 'bench', args: ['--out', DIR], stderr: dirWrite(DIR)},
  {
    script: 'bench',
    args: ['--out', QUERIES],
    stderr: `${QUERIES}: cannot write: --out is also the input of the query set; give --out another file`,
    unchanged: [QUERIES],
  },
  {script: 'bench', args: ['--search-only', FILE], stderr: fileNotDir(FILE)},
  {script: 'bench', args: ['--pages-only', MISSING], stderr: noBuild(MISSING)},
  {
    script: 'bench',
    args: ['--search-only', DIR],
    stderr: `${path.join(DIR, SEARCH_INDEX_PATH)}: no search index; run npm run build first`,
  },
  {script: 'bench-feedback', args: ['--dir', FILE], stderr: fileNotDir(FILE)},
  {script: 'bench-feedback', args: ['--dir', DIR, '--out', DIR], stderr: dirWrite(DIR)},
  {script: 'search-scale', args: [], stderr: fileNotDir('build/search/texts'), cwd: SCALE},
  {script: 'feedback-server', args: ['--site', FILE], stderr: fileNotDir(FILE)},
  {script: 'feedback-server', args: ['--site', MISSING], stderr: noBuild(MISSING)},
  {script: 'serve-prod', args: ['--dir', FILE], stderr: fileNotDir(FILE)},
];

// The name each script prints (npm run NAME).
const NAMES: Record<string, string> = {'bench-feedback': 'bench:feedback', 'serve-prod': 'serve:prod'};

// Two at a time: each row is one Node process, mostly waiting on its own start-up.
describe('scripts that take files', {concurrency: 2}, () => {
  for (const c of CASES) {
    const name = `${c.script} ${c.args.map((a) => path.basename(a)).join(' ')}: one line, exit 1`;
    test(name, async () => {
      const before = (c.unchanged ?? []).map((f) => fs.readFileSync(f, 'utf8'));
      const listing = fs.readdirSync(T).sort();
      // search-eval reads the repository's query set by default.
      const cwd = c.cwd ?? (c.script === 'search-eval' ? REPO : GOOD);
      const r = await run(c.script, c.args, cwd, !!c.unreadable && ROOT);
      assert.equal(r.status, 1, r.stderr);
      const expected = `${NAMES[c.script] ?? c.script}: ${c.stderr}`;
      if (c.stderr.endsWith(': ')) assert.ok(r.stderr.startsWith(expected), r.stderr);
      else assert.equal(r.stderr, `${expected}\n`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.deepEqual(
        (c.unchanged ?? []).map((f) => fs.readFileSync(f, 'utf8')),
        before,
      );
      for (const f of c.absent ?? []) assert.ok(!fs.existsSync(f), `${f} is not written`);
      assert.deepEqual(fs.readdirSync(T).sort(), listing, 'nothing new is written');
      assert.deepEqual(fs.readdirSync(DIR), [], 'nothing is written into a directory given as a file');
    });
  }
});

after(() => {
  fs.chmodSync(LOCKED, 0o600);
  fs.rmSync(T, {recursive: true, force: true});
  fs.rmSync(TOUR, {recursive: true, force: true});
});
