import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt, errorLines} from '../../../helpers';
import {inspectBlock} from '../../../../src/content/checks/copyBlocks';
import {DESTRUCTIVE_COMMANDS} from '../../../../src/content/destructiveCommands';

const AS = 'runbooks/disaster-recovery/cleanup.md';
const FAQ = 'docs/troubleshooting/network/c.md';

test('[blocks/destructive-placeholder] DATA="<dir>" then rm -rf "$DATA/db" in one block is one error at the rm line', () => {
  assert.deepEqual(errorLines(checkFixtureAt('copy-block-placeholder.md', AS)), [
    `${AS}:42  (code block bash)  expected a block that runs \`rm -rf "$DATA/db"\` (delete) to take no value from a placeholder, found "<dir>" at line 41  [blocks/destructive-placeholder]`,
  ]);
});

test('[blocks/destructive-placeholder] the same step passes once DATA comes from an earlier block and is checked', () => {
  assert.deepEqual(errorLines(checkFixtureAt('near-miss/copy-block-checked.md', AS)), []);
});

test('[blocks/destructive-unchecked] a variable from an earlier block without ${VAR:?} is one error', () => {
  assert.deepEqual(errorLines(checkFixtureAt('copy-block-unchecked.md', AS)), [
    `${AS}:41  (code block bash)  expected \`sudo rm -rf "$DATA/db"\` to use only variables its block sets or checks, found $DATA, which a paste into a new shell leaves empty  [blocks/destructive-unchecked]`,
  ]);
});

test('[blocks/destructive-condition-after] "only after" written below a destructive block is one error at the sentence', () => {
  assert.deepEqual(errorLines(checkFixtureAt('copy-block-condition-after.md', AS)), [
    `${AS}:46  (body)  expected the condition that makes the block at line 40 (\`kubectl delete namespace harbor --wait=true\`) safe to stand before it, found "Delete the namespace only after (code) lists a (code) backup." after it  [blocks/destructive-condition-after]`,
  ]);
});

/** Shell text to the finding's short form: command kind, placeholder, unchecked variables. */
function inspect(value: string, lang = 'bash') {
  const f = inspectBlock({lang, meta: null, value, line: 1});
  return f && {kind: f.command.kind, placeholder: f.placeholder?.text, unchecked: f.unchecked?.variables};
}
/** The same for a block that does run a destructive command. */
function found(value: string, lang = 'bash') {
  const f = inspect(value, lang);
  assert.ok(f, `no destructive command found in ${value}`);
  return f;
}

test('[blocks/destructive-placeholder, blocks/destructive-unchecked] each kind of destructive command the issue names is found where a command starts', () => {
  const cases: [string, string][] = [
    ['sudo rm -rf /opt/x', 'delete'],
    ['kubectl -n harbor delete pvc data-harbor-redis-0', 'delete'],
    ['psql -c "DROP TABLE artifact"', 'delete'],
    ['vault kv destroy -versions=1 kv/aibox/x', 'delete'],
    ['velero restore create r1 --from-backup b1', 'restore over live data'],
    ['vault operator raft snapshot restore /tmp/s.snap', 'restore over live data'],
    ['pg_restore -d registry dump.sql', 'restore over live data'],
    ['sudo mv /opt/sonatype-work/nexus3/db /tmp/db.old', 'move data'],
    ['vault token revoke -accessor abc', 'revoke credentials'],
    ['vault lease revoke -prefix aws/creds', 'revoke credentials'],
    ['curl -sS -X DELETE https://git.aibox.internal/api/v4/personal_access_tokens/7', 'delete'],
    ['crane tag harbor.aibox.internal/aibox/base@sha256:1 stable', 'retag a release'],
    ['skopeo copy docker://a/b@sha256:1 docker://a/b:stable', 'retag a release'],
    ['docker push harbor.aibox.internal/aibox/base:2026.11', 'retag a release'],
    ['git push --force-with-lease origin main', 'force push'],
    ['git push -f origin main', 'force push'],
    ['ids | while read -r id; do curl -X DELETE "https://x/$id"; done', 'delete'],
    ['docker image ls -q | xargs -r docker image rm -f', 'delete'],
  ];
  for (const [line, kind] of cases) assert.equal(inspect(line)?.kind, kind, line);
  assert.equal(inspect('Remove-Item -Recurse -Force "$env:TEMP\\x"', 'powershell')?.kind, 'delete');
  assert.equal(inspect('wsl --unregister Ubuntu-24.04', 'powershell')?.kind, 'delete');
});

test('[blocks/destructive-placeholder, blocks/destructive-unchecked] near misses: no destructive command in flags, comments, quoted text, output or heredocs', () => {
  for (const value of [
    'docker run --rm harbor.aibox.internal/aibox/base:stable true',
    '# rm -rf "$DATA" is what we avoid',
    'echo "then rm -rf the old copy"',
    'jq -r \'.[] | "rm \\(.name)"\' list.json',
    "cat <<'EOF' > /tmp/x\nrm -rf /\nEOF",
    'git push -u origin "enforce-$CVE"',
    'docker push harbor.aibox.internal/aibox/base:candidate',
    'crane digest harbor.aibox.internal/aibox/base:stable',
    'curl -sS -X PUT https://harbor.aibox.internal/api/v2.0/configurations',
  ])
    assert.equal(inspect(value), undefined, value);
  assert.equal(inspect('$ aibox status\nrm: cannot remove x', 'console'), undefined);
});

test('[blocks/destructive-placeholder] placeholders: a value, a heredoc line or a direct argument count; redirects and comments do not', () => {
  assert.equal(found('X="<name>"\nrm -rf "$X"').placeholder, '<name>');
  assert.equal(found('docker volume rm "aibox-cache-<project>"').placeholder, '<project>');
  assert.equal(
    found('tee p.json <<\'P\'\n["<survivor>"]\nP\nmv p.json /opt/vault/data/raft/').placeholder,
    '<survivor>',
  );
  assert.equal(found('sort <in.txt >out.txt\nrm -f in.txt').placeholder, undefined);
  assert.equal(found('rm -f /tmp/x # see <issue>').placeholder, undefined);
  assert.equal(found('$ rm -f /tmp/x\n<output line>', 'console').placeholder, undefined);
});

test('[blocks/destructive-unchecked] variables: set in the block, looped over, read, defaulted or checked are fine; the rest are unchecked', () => {
  assert.equal(found('D="$(cat d)"\ncrane tag "x@$D" stable').unchecked, undefined);
  assert.equal(found('for T in a b; do\n  curl -X DELETE "$API/$T"\ndone').unchecked?.join(), 'API');
  assert.equal(found(': "${API:?set API}"\nfor T in a b; do curl -X DELETE "$API/$T"; done').unchecked, undefined);
  assert.equal(found('rm -rf "${DATA:?}/db"').unchecked, undefined);
  assert.equal(found('rm -rf "$HOME/salvage"').unchecked, undefined);
  assert.equal(found("rm -f '$NOT_EXPANDED'").unchecked, undefined);
  assert.deepEqual(found('rm -rf "$A/$B"').unchecked, ['A', 'B']);
});

test('[blocks/destructive-placeholder, blocks/destructive-unchecked] the rule applies to runbooks and FAQ entries, not to other pages', () => {
  const faq = (body: string) =>
    [
      '---',
      'title: Disk full',
      'description: D',
      'owner: platform-team',
      'last_reviewed: "2026-11-20"',
      'category: network',
      'error_codes: [AIBOX-NET-001]',
      'applies_to:',
      '  os: [linux]',
      '  ide: any',
      'resolution_tier: 0',
      '---',
      '',
      '## Symptoms',
      '',
      'S.',
      '',
      '## Cause',
      '',
      'C.',
      '',
      '## Fix',
      '',
      body,
      '',
      '## Escalate',
      '',
      'E.',
      '',
    ].join('\n');
  const block = '```bash\ndocker volume rm "aibox-cache-<project>"\n```';
  const rules = (as: string, source: string) =>
    checkFixtureAt('', as, {source})
      .filter((e) => e.rule.startsWith('blocks/destructive'))
      .map((e) => `${e.line} ${e.rule}`);
  assert.deepEqual(rules(FAQ, faq(block)), ['25 blocks/destructive-placeholder']);
  const page = `---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\n${block}\n`;
  assert.deepEqual(rules('docs/t.md', page), []);
});

test('[blocks/destructive-placeholder, blocks/destructive-unchecked] the list names every kind of destructive command once per entry', () => {
  const names = DESTRUCTIVE_COMMANDS.map((d) => d.name);
  assert.equal(new Set(names).size, names.length);
  const kinds = new Set(DESTRUCTIVE_COMMANDS.map((d) => d.kind));
  for (const k of [
    'delete',
    'restore over live data',
    'move data',
    'revoke credentials',
    'retag a release',
    'force push',
  ])
    assert.ok(kinds.has(k as never), k);
});
