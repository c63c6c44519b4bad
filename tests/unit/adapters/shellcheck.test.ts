import {test} from 'node:test';
import assert from 'node:assert/strict';
import {toolMissing} from '../../requireTool';
import {parseContentFile} from '../../../src/content/loader';
import {shellcheckCorpus} from '../../../src/adapters/shellcheck';
import type {ContentRecord} from '../../../src/content/records';

const missing = toolMissing('shellcheck', ['--version'], 'apt-get install -y shellcheck (CI installs it)');
const page = (body: string) =>
  parseContentFile(
    'docs/x.md',
    'docs',
    `---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\n${body}`,
  ).record as ContentRecord;

test('a broken shell block fails with the page line of the problem', {skip: missing}, () => {
  const record = page('Run:\n\n```bash\necho ok\nssh <host>\n```\n');
  const errors = shellcheckCorpus({records: [record]});
  assert.ok(errors.length >= 1);
  assert.equal(errors[0].file, 'docs/x.md');
  assert.equal(errors[0].line, 12);
  assert.match(errors[0].message, /SC\d+/);
  assert.equal(errors[0].rule, 'blocks/shellcheck');
});

test('quoted placeholders and variables pass', {skip: missing}, () => {
  const record = page(
    '```bash\nSNAPSHOT=/backups/vault.snap\nvault operator raft snapshot restore "$SNAPSHOT"\nssh "<host>"\n```\n',
  );
  assert.deepEqual(shellcheckCorpus({records: [record]}), []);
});
