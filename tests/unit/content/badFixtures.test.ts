import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkFixtureAt, findError} from '../../helpers';
import {formatError} from '../../../src/content/errors';

const DR = 'runbooks/disaster-recovery';
const NET = 'docs/troubleshooting/network';

/** Each bad fixture, where it pretends to live, and the error it must produce: file, field, line, message fragment. */
const CASES: {fixture: string; as: string; field: string; fragment: string; line?: number}[] = [
  {fixture: 'rto-soon-ish.md', as: `${DR}/rto.md`, field: 'rto', line: 7, fragment: 'expected a duration like "30m", "4h" or "1d", found "soon-ish"'},
  {fixture: 'severty-typo.md', as: `${DR}/sev.md`, field: 'severty', line: 6, fragment: 'did you mean "severity"?'},
  {fixture: 'faq-unknown-category.md', as: `${NET}/cat.md`, field: 'category', line: 6, fragment: 'expected one of setup | startup | network'},
  {fixture: 'faq-category-folder-mismatch.md', as: `${NET}/mismatch.md`, field: 'category', line: 6, fragment: 'expected "network" (the entry\'s folder), found "startup"'},
  {fixture: 'faq-missing-description.md', as: `${NET}/nodesc.md`, field: 'description', line: 2, fragment: 'the required field is missing'},
  {fixture: 'faq-malformed-code.md', as: `${NET}/code.md`, field: 'error_codes[0]', line: 7, fragment: 'found "AIBOX-net-2"'},
  {fixture: 'faq-sections-out-of-order.md', as: `${NET}/order.md`, field: '(body) section 1', fragment: 'expected "## Symptoms", found "## Cause"'},
  {fixture: 'faq-missing-escalate.md', as: `${NET}/short.md`, field: '(body) section 4', fragment: 'expected "## Escalate", found the end of the page'},
  {fixture: 'faq-h1-in-body.md', as: `${NET}/h1.md`, field: '(body)', line: 14, fragment: 'expected no "# " heading'},
  {fixture: 'faq-tier-out-of-range.md', as: `${NET}/tier.md`, field: 'resolution_tier', line: 11, fragment: 'expected a tier number 0, 1, 2 or 3, found 4'},
  {fixture: 'faq-unknown-os.md', as: `${NET}/os.md`, field: 'applies_to.os[0]', line: 9, fragment: 'expected one of windows-wsl2 | linux, found "macos"'},
  {fixture: 'faq-impossible-date.md', as: `${NET}/date.md`, field: 'last_reviewed', line: 5, fragment: 'expected a real calendar date'},
  {fixture: 'faq-security-review-typo.md', as: `${NET}/sec.md`, field: 'security_review.dat', line: 14, fragment: 'did you mean "date"?'},
  {fixture: 'faq-duplicate-home.md', as: `${NET}/dup.md`, field: 'error_codes', line: 7, fragment: 'expected AIBOX-NET-001 to be homed on exactly one entry, found it also on docs/troubleshooting/network/proxy-unreachable.md'},
  {fixture: 'runbook-unknown-kind.md', as: `${DR}/kind.md`, field: 'kind', line: 4, fragment: 'expected one of disaster-recovery | day-2'},
  {fixture: 'runbook-kind-folder-mismatch.md', as: `${DR}/gc2.md`, field: 'kind', line: 4, fragment: 'expected the kind of the folder "disaster-recovery", found "day-2"'},
  {fixture: 'runbook-without-steps.md', as: `${DR}/nosteps.md`, field: '(body)', fragment: 'expected at least one :::step[...] block'},
  {fixture: 'runbook-unknown-directive.md', as: `${DR}/warn.md`, field: '(body) :::warn', fragment: 'found :::warn'},
  {fixture: 'runbook-step-without-title.md', as: `${DR}/notitle.md`, field: '(body) :::step', fragment: 'expected a step title in brackets'},
  {fixture: 'runbook-alert-not-pascal.md', as: `${DR}/alert.md`, field: 'alerts[0]', line: 11, fragment: 'PascalCase'},
  {fixture: 'runbook-alert-duplicate.md', as: `${DR}/alert2.md`, field: 'alerts', line: 11, fragment: 'expected alert HarborDown on one runbook only'},
  {fixture: 'runbook-unhomed-code.md', as: `${DR}/unhomed.md`, field: 'error_codes', line: 12, fragment: 'found AIBOX-VAULT-404, which no entry homes'},
  {fixture: 'day2-unknown-cadence.md', as: 'runbooks/day-2/cadence.md', field: 'cadence', line: 6, fragment: 'expected one of daily | weekly | monthly | quarterly | on-demand, found "fortnightly"'},
  {fixture: 'exercise-unknown-runbook.md', as: 'runbooks/exercises/2026-10-14-x.md', field: 'runbooks', fragment: 'expected an existing runbook id, found "disaster-recovery/harbour-down"'},
  {fixture: 'exercise-filename-date-mismatch.md', as: 'runbooks/exercises/2026-10-15-x.md', field: 'date', fragment: 'expected the file name to start with the exercise date "2026-10-14-"'},
  {fixture: 'exercise-newer-than-runbook.md', as: 'runbooks/exercises/2026-11-20-x.md', field: 'last_exercised', fragment: 'expected 2026-11-20 (latest exercise, runbooks/exercises/2026-11-20-x.md), found 2026-10-14'},
  {fixture: 'yaml-block-syntax-error.md', as: `${NET}/yaml.md`, field: '(code block yaml)', fragment: 'expected valid YAML'},
  {fixture: 'json-block-syntax-error.md', as: `${NET}/json.md`, field: '(code block json)', line: 23, fragment: 'expected valid JSON'},
  {fixture: 'policy-example-typo.md', as: `${NET}/policy.md`, field: '(team policy example).netwerk', line: 25, fragment: 'did you mean "network"?'},
  {fixture: 'toolpack-example-bad-version.md', as: `${NET}/pack.md`, field: '(tool-pack manifest example).version', line: 24, fragment: 'expected a semantic version like "1.4.0", found "latest"'},
  {fixture: 'link-to-missing-page.md', as: `${NET}/link.md`, field: '(body) link', line: 22, fragment: 'found "./dns-fails.md"'},
  {fixture: 'link-across-instances.md', as: `${NET}/cross.md`, field: '(body) link', line: 22, fragment: 'link across instances by route: /runbooks/disaster-recovery/harbor-down'},
  {fixture: 'wslconfig-typo.md', as: `${NET}/wsl.md`, field: '(.wslconfig example).wsl2.memmory', line: 24, fragment: 'did you mean "memory"?'},
  {fixture: 'no-frontmatter.md', as: `${NET}/nofm.md`, field: '(frontmatter)', line: 1, fragment: 'expected a YAML frontmatter block'},
  {fixture: 'frontmatter-yaml-syntax.md', as: `${NET}/yamlfm.md`, field: '(frontmatter)', fragment: 'expected valid YAML'},
];

for (const c of CASES) {
  test(`bad fixture ${c.fixture} is refused with file, field and reason`, () => {
    const errors = checkFixtureAt(c.fixture, c.as);
    // The exercise fixture faults the runbook it names, so the error points at that runbook's file.
    const file = c.fixture === 'exercise-newer-than-runbook.md' ? `${DR}/harbor-down.md` : c.as;
    const hit = findError(errors, {file, field: c.field, fragment: c.fragment, line: c.line});
    assert.ok(hit, `no matching error; got:\n${errors.map(formatError).join('\n')}`);
    assert.equal(hit.severity, 'error');
  });
}

test('the formatted error reads path:LINE  field  expected …, found …', () => {
  const [e] = checkFixtureAt('rto-soon-ish.md', `${DR}/rto.md`);
  assert.equal(formatError(e), `${DR}/rto.md:7  rto  expected a duration like "30m", "4h" or "1d", found "soon-ish"`);
});
