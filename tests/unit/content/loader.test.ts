import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAndCheck} from '../../../src/content/check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {MAX_PAGE_BYTES, parseContentFile} from '../../../src/content/loader';
import {errorLines, GOOD} from '../../helpers';

test('the good fixture corpus loads with no errors and one record per page', () => {
  const {corpus, errors} = loadAndCheck(GOOD);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    corpus.records.map((r) => [r.file, r.type]),
    [
      ['docs/intro.md', 'page'],
      ['docs/troubleshooting/network/old-port.md', 'faq'],
      ['docs/troubleshooting/network/proxy-unreachable.md', 'faq'],
      ['runbooks/day-2/gc.md', 'runbook'],
      ['runbooks/disaster-recovery/harbor-down.md', 'runbook'],
      ['runbooks/exercises/2026-10-14-harbor.md', 'exercise'],
    ],
  );
});

test('records carry typed frontmatter with defaults, routes, headings, directives and code blocks', () => {
  const {corpus} = loadAndCheck(GOOD);
  const runbook = corpus.records.find((r) => r.file === 'runbooks/disaster-recovery/harbor-down.md')!;
  assert.equal(runbook.type, 'runbook');
  assert.equal(runbook.route, '/runbooks/disaster-recovery/harbor-down');
  assert.equal(runbook.data.exercise_every_days, 90);
  assert.equal(runbook.data.review_every_days, 180);
  assert.deepEqual(
    runbook.headings.map((h) => [h.depth, h.text]),
    [
      [2, 'Symptoms'],
      [2, 'Impact assessment'],
      [2, 'Immediate actions'],
      [2, 'Recovery steps'],
      [2, 'Verification'],
      [2, 'Post-incident review'],
    ],
  );
  assert.deepEqual(
    runbook.directives.map((d) => [d.name, d.label]),
    [
      ['step', 'Confirm the outage'],
      ['step', 'Restore'],
    ],
  );
  assert.equal(runbook.codeBlocks[0].lang, 'bash');
  assert.equal(runbook.fieldLines.rto, 7);
  const faq = corpus.records.find((r) => r.file.endsWith('proxy-unreachable.md'))!;
  assert.equal(faq.type === 'faq' && faq.data.status, 'active');
});

test('unquoted dates stay strings, so the schema sees what the author wrote', () => {
  const src = '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: 2026-11-20\n---\n\nBody.\n';
  const {record, errors} = parseContentFile('docs/x.md', 'docs', src);
  assert.deepEqual(errors, []);
  assert.equal(record?.data.last_reviewed, '2026-11-20');
});

test('MDX pages parse with remark-mdx, and an MDX syntax error names the file and line', () => {
  const ok = parseContentFile(
    'docs/x.mdx',
    'docs',
    '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\nimport X from "y";\n\n<X />\n',
  );
  assert.deepEqual(ok.errors, []);
  const bad = parseContentFile(
    'docs/x.mdx',
    'docs',
    '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\nText with <broken\n',
  );
  assert.equal(bad.errors[0].file, 'docs/x.mdx');
  assert.equal(bad.errors[0].line, 8);
  assert.match(bad.errors[0].message, /expected valid MDX/);
});

test('index pages and slugs get the routes Docusaurus gives them', () => {
  const fm = '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n';
  assert.equal(parseContentFile('docs/troubleshooting/index.mdx', 'docs', fm).record?.route, '/docs/troubleshooting');
  assert.equal(parseContentFile('runbooks/index.mdx', 'runbooks', fm).record?.route, '/runbooks');
  assert.equal(
    parseContentFile('docs/a/b.md', 'docs', fm.replace('---\n\n', '---\n').replace('title: T', 'title: T\nslug: /c'))
      .record?.route,
    '/docs/c',
  );
});

/** A copy of the good corpus in a temp folder, so a test can add files the checkout must never hold. */
function scratchCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-loader-'));
  fs.cpSync(GOOD, dir, {recursive: true});
  return dir;
}
const linesOf = (dir: string) => errorLines(loadAndCheck(dir).errors);

test('[files/symlink] a symlinked page is refused, not skipped, and nothing else fails', () => {
  const dir = scratchCorpus();
  fs.symlinkSync('/etc/hostname', path.join(dir, 'docs/leak.md'));
  assert.deepEqual(linesOf(dir), [
    'docs/leak.md:1  (file)  expected a regular file or folder, found a symbolic link  [files/symlink]',
  ]);
});

test('[files/encoding] a file that is not UTF-8 is refused with the line of the first bad byte', () => {
  const dir = scratchCorpus();
  fs.writeFileSync(
    path.join(dir, 'docs/latin1.md'),
    Buffer.concat([Buffer.from('---\ntitle: T\n'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
  );
  assert.deepEqual(linesOf(dir), [
    'docs/latin1.md:3  (file)  expected UTF-8 text, found bytes that are not UTF-8  [files/encoding]',
  ]);
});

test('[files/encoding] a raw escape character in a page is refused', () => {
  const dir = scratchCorpus();
  const intro = path.join(dir, 'docs/intro.md');
  fs.appendFileSync(intro, '\nOutput: \u001b[31mred\u001b[0m\n');
  const line = fs.readFileSync(intro, 'utf8').split('\n').length - 1;
  assert.deepEqual(linesOf(dir), [
    `docs/intro.md:${line}  (file)  expected text without control characters, found U+001B  [files/encoding]`,
  ]);
});

test('[files/size] a page over the size limit is refused', () => {
  const dir = scratchCorpus();
  fs.appendFileSync(path.join(dir, 'docs/intro.md'), `\n${'word '.repeat(MAX_PAGE_BYTES / 5)}\n`);
  assert.deepEqual(linesOf(dir), ['docs/intro.md:1  (file)  expected at most 256 KB, found 257 KB  [files/size]']);
});

test('[files/syntax] MDX that does not parse is one error naming the line', () => {
  const {errors} = parseContentFile('docs/x.mdx', 'docs', '---\ntitle: T\n---\n\n<Tabs>\n');
  assert.deepEqual(
    errorLines(errors).map((l) => l.replace(/found a syntax error: .*  \[/, 'found a syntax error  [')),
    ['docs/x.mdx:5  (body)  expected valid MDX, found a syntax error  [files/syntax]'],
  );
});

test('[codes/lock] a lock of the old shape names each field that is wrong', () => {
  const dir = scratchCorpus();
  fs.writeFileSync(path.join(dir, 'error-codes.lock.json'), '{\n  "version": 1,\n  "codes": ["AIBOX-NET-001"]\n}\n');
  assert.deepEqual(linesOf(dir), [
    'error-codes.lock.json:1  retired  expected array, found nothing (the required field is missing)  [codes/lock]',
    'error-codes.lock.json:2  version  expected one of 2, found 1  [codes/lock]',
  ]);
});

test('an invalid page still homes its codes and stays a link target: one typo, one error', () => {
  const dir = scratchCorpus();
  const entry = path.join(dir, 'docs/troubleshooting/network/proxy-unreachable.md');
  fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('category: network', 'category: netwrk'));
  const lines = linesOf(dir);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(
    lines[0],
    /^docs\/troubleshooting\/network\/proxy-unreachable\.md:6  category  .*found "netwrk"; did you mean "network"\?  \[frontmatter\/schema\]$/,
  );
});
