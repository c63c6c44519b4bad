import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  checkCodeHomes,
  checkedCodes,
  checkLock,
  cliCodesErrors,
  compareCliCodes,
  nextLock,
} from '../../../../src/content/checks/codes';
import {codeHomes} from '../../../../src/content/queries';
import type {Corpus, FaqRecord} from '../../../../src/content/records';
import {errorLines, GOOD_LOCK, loadGood} from '../../../helpers';

test('[codes/single-home] every code has exactly one home', () => {
  const homes = codeHomes(loadGood());
  assert.deepEqual([...homes.keys()].sort(), GOOD_LOCK.codes);
  assert.equal(homes.get('AIBOX-NET-001')![0].file, 'docs/troubleshooting/network/proxy-unreachable.md');
});

test('[codes/locked-home] a locked code without a home fails, naming the lock file and the code, and how to retire it', () => {
  const errors = checkLock(loadGood(), {
    ...GOOD_LOCK,
    codes: [...GOOD_LOCK.codes, 'AIBOX-GONE-001'],
  });
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'error-codes.lock.json');
  assert.equal(errors[0].field, 'AIBOX-GONE-001');
  assert.match(errors[0].message, /published code AIBOX-GONE-001 to have a home/);
  assert.match(errors[0].fix!, /status: retired/);
  assert.equal(errors[0].rule, 'codes/locked-home');
});

test('[codes/new-code] a homed code missing from the lock fails until the lock is updated', () => {
  const errors = checkLock(loadGood(), {
    version: 2,
    codes: ['AIBOX-NET-001'],
    retired: [],
  });
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, 'docs/troubleshooting/network/old-port.md');
  assert.match(errors[0].message, /new code AIBOX-NET-006/);
  assert.equal(errors[0].rule, 'codes/new-code');
});

test('[codes/locked-home, codes/retired] retired codes stay homed, so the lock still passes', () => {
  assert.deepEqual(checkLock(loadGood(), GOOD_LOCK), []);
});

test('[codes/cli] --cli-codes: codes the CLI emits without a page are errors; active pages the CLI no longer emits are warnings', () => {
  const corpus = loadGood();
  assert.deepEqual(compareCliCodes(corpus, ['AIBOX-NEW-001']), {
    missingPages: ['AIBOX-NEW-001'],
    notEmitted: ['AIBOX-NET-001'],
  });
  const errors = cliCodesErrors(corpus, ['AIBOX-NEW-001'], 'cli-codes.json');
  const missing = errors.find((e) => e.field === 'AIBOX-NEW-001')!;
  assert.equal(missing.file, 'cli-codes.json');
  assert.equal(missing.severity, 'error');
  assert.equal(missing.rule, 'codes/cli');
  const stale = errors.find((e) => e.message.includes('AIBOX-NET-001'))!;
  assert.equal(stale.file, 'docs/troubleshooting/network/proxy-unreachable.md');
  assert.equal(stale.severity, 'warning');
  // A retired code is expected to be missing from the CLI.
  assert.ok(!errors.some((e) => e.message.includes('AIBOX-NET-006')));
});

/** The good site with a copy of the proxy-unreachable entry at `file`, changed by `edit`. */
function withCopy(file: string, edit: (r: FaqRecord) => void = () => {}): Corpus {
  const corpus = loadGood();
  const original = corpus.records.find((r): r is FaqRecord => r.file === `${NET}/proxy-unreachable.md`)!;
  const copy: FaqRecord = {...original, file, data: {...original.data}};
  edit(copy);
  corpus.records.push(copy);
  return corpus;
}
const NET = 'docs/troubleshooting/network';

test('[codes/single-home] codeHomes lists every entry homing a code, in file order', () => {
  const homes = codeHomes(withCopy(`${NET}/zz-copy.md`));
  assert.deepEqual(
    homes.get('AIBOX-NET-001')?.map((r) => r.file),
    [`${NET}/proxy-unreachable.md`, `${NET}/zz-copy.md`],
  );
  assert.deepEqual(errorLines(checkCodeHomes(withCopy(`${NET}/zz-copy.md`))), [
    `${NET}/proxy-unreachable.md:7  error_codes  expected AIBOX-NET-001 to be homed on exactly one entry, found it also on ${NET}/zz-copy.md  [codes/single-home]`,
    `${NET}/zz-copy.md:7  error_codes  expected AIBOX-NET-001 to be homed on exactly one entry, found it also on ${NET}/proxy-unreachable.md  [codes/single-home]`,
  ]);
});

test('[codes/runbook-homed] only disaster-recovery runbooks must list homed codes', () => {
  const corpus = loadGood();
  for (const r of corpus.records)
    if (r.type === 'runbook') (r.data as {error_codes?: string[]}).error_codes = ['AIBOX-VAULT-404'];
  assert.deepEqual(errorLines(checkCodeHomes(corpus)), [
    'runbooks/disaster-recovery/harbor-down.md:12  error_codes  expected a code homed by an FAQ entry, found AIBOX-VAULT-404, which no entry homes  [codes/runbook-homed]',
  ]);
});

test('[codes/new-code] a new code on two entries is one new-code error, at the first entry', () => {
  const corpus = withCopy(`${NET}/zz-copy.md`, (r) => (r.data.error_codes = ['AIBOX-NET-007']));
  corpus.records.push({
    ...corpus.records.at(-1)!,
    file: `${NET}/zzz-copy.md`,
  } as FaqRecord);
  assert.deepEqual(errorLines(checkLock(corpus, GOOD_LOCK)), [
    `${NET}/zz-copy.md:7  error_codes  expected every published code in error-codes.lock.json, found new code AIBOX-NET-007  [codes/new-code]`,
  ]);
});

test('[codes/retired] a retired code is refused on the active entry only, not on the retired one beside it', () => {
  const corpus = withCopy(`${NET}/zz-active.md`, (r) => {
    r.data.error_codes = ['AIBOX-NET-006'];
    r.data.status = 'active';
  });
  const errors = checkLock(corpus, GOOD_LOCK);
  assert.deepEqual(errorLines(errors), [
    `${NET}/zz-active.md:7  error_codes  expected retired code AIBOX-NET-006 only on an entry with status: retired, found it on an active entry  [codes/retired]`,
  ]);
  assert.equal(errors[0].fix, 'give this problem a new code; AIBOX-NET-006 was retired and never returns');
});

test("[codes/locked-home] the error sits on the code's own line of the lock file", () => {
  const lock = {
    ...GOOD_LOCK,
    codes: ['AIBOX-A-001', ...GOOD_LOCK.codes, 'AIBOX-Z-001'],
  };
  assert.deepEqual(
    checkLock(loadGood(), lock).map((e) => [e.line, e.field]),
    [
      [4, 'AIBOX-A-001'],
      [7, 'AIBOX-Z-001'],
    ],
  );
});

test('[codes/lock] nextLock: from nothing, every homed code and the retired ones; after that, codes and retirements only grow', () => {
  assert.deepEqual(nextLock(loadGood(), undefined), {
    version: 2,
    codes: ['AIBOX-NET-001', 'AIBOX-NET-006'],
    retired: ['AIBOX-NET-006'],
  });
  assert.deepEqual(
    nextLock(loadGood(), {
      version: 2,
      codes: ['AIBOX-ZZ-001', 'AIBOX-AA-001'],
      retired: ['AIBOX-ZZ-001'],
    }),
    {
      version: 2,
      codes: ['AIBOX-AA-001', 'AIBOX-NET-001', 'AIBOX-NET-006', 'AIBOX-ZZ-001'],
      retired: ['AIBOX-NET-006', 'AIBOX-ZZ-001'],
    },
  );
});

test('[codes/cli] the exact errors and warnings, sorted by code, the warning on the error_codes line', () => {
  const corpus = withCopy(`${NET}/zz-copy.md`, (r) => (r.data.error_codes = ['AIBOX-NET-000']));
  assert.deepEqual(compareCliCodes(corpus, ['AIBOX-NEW-002', 'AIBOX-NEW-001']), {
    missingPages: ['AIBOX-NEW-001', 'AIBOX-NEW-002'],
    notEmitted: ['AIBOX-NET-000', 'AIBOX-NET-001'],
  });
  const errors = cliCodesErrors(corpus, ['AIBOX-NEW-001'], 'cli-codes.json');
  assert.deepEqual(
    errors.map((e) => `${e.file}:${e.line} ${e.field} ${e.severity} ${e.rule}`),
    [
      'cli-codes.json:1 AIBOX-NEW-001 error codes/cli',
      `${NET}/zz-copy.md:7 status warning codes/cli`,
      `${NET}/proxy-unreachable.md:7 status warning codes/cli`,
    ],
  );
});

test('[codes/runbook-homed] a disaster-recovery runbook listing a homed code passes', () => {
  const corpus = loadGood();
  for (const r of corpus.records)
    if (r.type === 'runbook') (r.data as {error_codes?: string[]}).error_codes = ['AIBOX-NET-001'];
  assert.deepEqual(errorLines(checkCodeHomes(corpus)), []);
});

test('[codes/single-home] checkedCodes counts the codes of an FAQ entry that failed validation', () => {
  const corpus = loadGood();
  const faq = corpus.records.find((r): r is FaqRecord => r.file === `${NET}/proxy-unreachable.md`)!;
  corpus.invalid = [
    {...faq, file: `${NET}/zz-invalid.md`, invalid: true, data: {error_codes: ['AIBOX-NET-009']}},
    {...faq, file: `${NET}/zz-no-codes.md`, invalid: true, data: {error_codes: 'AIBOX-NET-010'}},
  ];
  assert.deepEqual([...checkedCodes(corpus)].sort(), ['AIBOX-NET-001', 'AIBOX-NET-006', 'AIBOX-NET-009']);
});
