import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadAndCheck} from '../../../src/content/check';
import {parseContentFile} from '../../../src/content/loader';
import {GOOD} from '../../helpers';

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
    [[2, 'Symptoms'], [2, 'Impact assessment'], [2, 'Immediate actions'], [2, 'Recovery steps'], [2, 'Verification'], [2, 'Post-incident review']],
  );
  assert.deepEqual(runbook.directives.map((d) => [d.name, d.label]), [['step', 'Confirm the outage'], ['step', 'Restore']]);
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
  const ok = parseContentFile('docs/x.mdx', 'docs', '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\nimport X from "y";\n\n<X />\n');
  assert.deepEqual(ok.errors, []);
  const bad = parseContentFile('docs/x.mdx', 'docs', '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\nText with <broken\n');
  assert.equal(bad.errors[0].file, 'docs/x.mdx');
  assert.equal(bad.errors[0].line, 8);
  assert.match(bad.errors[0].message, /expected valid MDX/);
});

test('index pages and slugs get the routes Docusaurus gives them', () => {
  const fm = '---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n';
  assert.equal(parseContentFile('docs/troubleshooting/index.mdx', 'docs', fm).record?.route, '/docs/troubleshooting');
  assert.equal(parseContentFile('runbooks/index.mdx', 'runbooks', fm).record?.route, '/runbooks');
  assert.equal(parseContentFile('docs/a/b.md', 'docs', fm.replace('---\n\n', '---\n').replace('title: T', 'title: T\nslug: /c')).record?.route, '/docs/c');
});
