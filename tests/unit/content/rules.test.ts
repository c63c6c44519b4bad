import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {checkFixtureAt, errorLines, GOOD, GOOD_LOCK, loadGood} from '../../helpers';
import {checkCorpus} from '../../../src/content/check';
import {formatError} from '../../../src/content/errors';
import {RULES, type RuleId} from '../../../src/content/rules';
import type {SecretAllowlist} from '../../../src/content/schemas';
import {assertsRule, testTitles, trackedSources, valueStrings} from '../../ruleSources';

const DR = 'runbooks/disaster-recovery';
const NET = 'docs/troubleshooting/network';

interface Case {
  rule: RuleId;
  fixture: string;
  as: string;
  /** The exact first lines the check prints, sorted: any extra or missing error fails the case. */
  expect: string[];
  opts?: Parameters<typeof checkFixtureAt>[2];
}

const FAKE_ALLOW: SecretAllowlist = {
  version: 1,
  entries: [
    {
      file: `${NET}/fake.md`,
      match: 'hvs.EXAMPLEEXAMPLEEXAMPLEEXAMPLE',
      reason: 'Shape of a token',
      reviewer: 'security-team',
      reviewed: '2026-11-20',
    },
  ],
};

/** Bad fixtures: one mistake each, and the one error (or the exact few) that it must produce. */
const BAD: Case[] = [
  {
    rule: 'frontmatter/schema',
    fixture: 'rto-soon-ish.md',
    as: `${DR}/rto.md`,
    expect: [
      `${DR}/rto.md:7  rto  expected a duration like "30m", "4h" or "1d", found "soon-ish"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'frontmatter/unknown-key',
    fixture: 'severty-typo.md',
    as: `${DR}/sev.md`,
    expect: [
      `${DR}/sev.md:6  severty  expected a known key, found unknown key "severty"; did you mean "severity"?  [frontmatter/unknown-key]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'faq-unknown-category.md',
    as: `${NET}/cat.md`,
    expect: [
      `${NET}/cat.md:6  category  expected one of setup | startup | network | ide | build | policy | credentials | images-updates | wsl | performance, found "netwrk"; did you mean "network"?  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'faq/category-folder',
    fixture: 'faq-category-folder-mismatch.md',
    as: `${NET}/mismatch.md`,
    expect: [
      `${NET}/mismatch.md:6  category  expected "network" (the entry's folder), found "startup"  [faq/category-folder]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'faq-missing-description.md',
    as: `${NET}/nodesc.md`,
    expect: [
      `${NET}/nodesc.md:2  description  expected description as text, found nothing (the required field is missing)  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'faq-malformed-code.md',
    as: `${NET}/code.md`,
    expect: [
      `${NET}/code.md:7  error_codes[0]  expected an error code matching ^AIBOX-[A-Z]{2,8}-[0-9]{3}$, like "AIBOX-NET-001", found "AIBOX-net-2"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'structure/sections',
    fixture: 'faq-sections-out-of-order.md',
    as: `${NET}/order.md`,
    expect: [`${NET}/order.md:14  (body) section 1  expected "## Symptoms", found "## Cause"  [structure/sections]`],
  },
  {
    rule: 'structure/sections',
    fixture: 'faq-missing-escalate.md',
    as: `${NET}/short.md`,
    expect: [
      `${NET}/short.md:22  (body) section 4  expected "## Escalate", found the end of the page  [structure/sections]`,
    ],
  },
  {
    rule: 'structure/no-h1',
    fixture: 'faq-h1-in-body.md',
    as: `${NET}/h1.md`,
    expect: [
      `${NET}/h1.md:14  (body)  expected no "# " heading (the title comes from frontmatter), found "# Egress proxy unreachable"  [structure/no-h1]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'faq-tier-out-of-range.md',
    as: `${NET}/tier.md`,
    expect: [`${NET}/tier.md:11  resolution_tier  expected a tier number 0, 1, 2 or 3, found 4  [frontmatter/schema]`],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'faq-unknown-os.md',
    as: `${NET}/os.md`,
    expect: [
      `${NET}/os.md:9  applies_to.os[0]  expected one of windows-wsl2 | linux, found "macos"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'faq-impossible-date.md',
    as: `${NET}/date.md`,
    expect: [
      `${NET}/date.md:5  last_reviewed  expected a real calendar date, like "2026-11-20", found "2026-02-30"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'frontmatter/unknown-key',
    fixture: 'faq-security-review-typo.md',
    as: `${NET}/sec.md`,
    expect: [
      `${NET}/sec.md:14  security_review.dat  expected a known key, found unknown key "dat"; did you mean "date"?  [frontmatter/unknown-key]`,
    ],
  },
  {
    rule: 'codes/single-home',
    fixture: 'faq-duplicate-home.md',
    as: `${NET}/dup.md`,
    expect: [
      `${NET}/dup.md:7  error_codes  expected AIBOX-NET-001 to be homed on exactly one entry, found it also on ${NET}/proxy-unreachable.md  [codes/single-home]`,
      `${NET}/proxy-unreachable.md:7  error_codes  expected AIBOX-NET-001 to be homed on exactly one entry, found it also on ${NET}/dup.md  [codes/single-home]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'runbook-unknown-kind.md',
    as: `${DR}/kind.md`,
    expect: [
      `${DR}/kind.md:4  kind  expected one of disaster-recovery | day-2, found "incident"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'runbook/kind-folder',
    fixture: 'runbook-kind-folder-mismatch.md',
    as: `${DR}/gc2.md`,
    expect: [
      `${DR}/gc2.md:4  kind  expected the kind of the folder "disaster-recovery", found "day-2"  [runbook/kind-folder]`,
    ],
  },
  {
    rule: 'runbook/steps-required',
    fixture: 'runbook-without-steps.md',
    as: `${DR}/nosteps.md`,
    expect: [
      `${DR}/nosteps.md:1  (body)  expected at least one :::step[...] block, found none  [runbook/steps-required]`,
    ],
  },
  {
    rule: 'directives/known',
    fixture: 'runbook-unknown-directive.md',
    as: `${DR}/warn.md`,
    expect: [
      `${DR}/warn.md:33  (body) :::warn  expected one of :::note, :::tip, :::info, :::warning, :::danger, :::caution, :::step, found :::warn  [directives/known]`,
    ],
  },
  {
    rule: 'runbook/step-title',
    fixture: 'runbook-step-without-title.md',
    as: `${DR}/notitle.md`,
    expect: [
      `${DR}/notitle.md:27  (body) :::step  expected a step title in brackets, like :::step[Put Harbor in read-only mode], found none  [runbook/step-title]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'runbook-alert-not-pascal.md',
    as: `${DR}/alert.md`,
    expect: [
      `${DR}/alert.md:11  alerts[0]  expected an alert name in PascalCase, like "HarborDown", found "harbor-down"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'alerts/single-runbook',
    fixture: 'runbook-alert-duplicate.md',
    as: `${DR}/alert2.md`,
    expect: [
      `${DR}/harbor-down.md:11  alerts  expected alert HarborDown on one runbook only, found it also on ${DR}/alert2.md  [alerts/single-runbook]`,
    ],
  },
  {
    rule: 'codes/runbook-homed',
    fixture: 'runbook-unhomed-code.md',
    as: `${DR}/unhomed.md`,
    expect: [
      `${DR}/unhomed.md:12  error_codes  expected a code homed by an FAQ entry, found AIBOX-VAULT-404, which no entry homes  [codes/runbook-homed]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'day2-unknown-cadence.md',
    as: 'runbooks/day-2/cadence.md',
    expect: [
      'runbooks/day-2/cadence.md:6  cadence  expected one of daily | weekly | monthly | quarterly | on-demand, found "fortnightly"  [frontmatter/schema]',
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'survey-unknown-question-type.md',
    as: 'docs/rollout/surveys/daily.md',
    expect: [
      'docs/rollout/surveys/daily.md:17  survey.questions[1].type  expected one of scale | text, found "slider"  [frontmatter/schema]',
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'survey-scale-seven-points.md',
    as: 'docs/rollout/surveys/weekly.md',
    expect: [
      'docs/rollout/surveys/weekly.md:15  survey.questions[0].labels  expected five labels, for the scores 1 to 5, found ["Awful","Unacceptable","Poor","Acceptable","Good","Very good","Excellent"]  [frontmatter/schema]',
    ],
  },
  {
    rule: 'exercise/runbook',
    fixture: 'exercise-unknown-runbook.md',
    as: 'runbooks/exercises/2026-10-14-x.md',
    expect: [
      'runbooks/exercises/2026-10-14-x.md:9  runbooks  expected an existing runbook id, found "disaster-recovery/harbour-down"  [exercise/runbook]',
    ],
  },
  {
    rule: 'exercise/filename-date',
    fixture: 'exercise-filename-date-mismatch.md',
    as: 'runbooks/exercises/2026-10-15-x.md',
    expect: [
      'runbooks/exercises/2026-10-15-x.md:7  date  expected the file name to start with the exercise date "2026-10-14-", found "2026-10-15-x"  [exercise/filename-date]',
    ],
  },
  {
    rule: 'exercise/last-exercised',
    fixture: 'exercise-newer-than-runbook.md',
    as: 'runbooks/exercises/2026-11-20-x.md',
    expect: [
      `${DR}/harbor-down.md:13  last_exercised  expected 2026-11-20 (latest exercise, runbooks/exercises/2026-11-20-x.md), found 2026-10-14  [exercise/last-exercised]`,
    ],
  },
  {
    rule: 'blocks/yaml',
    fixture: 'yaml-block-syntax-error.md',
    as: `${NET}/yaml.md`,
    expect: [
      `${NET}/yaml.md:24  (code block yaml)  expected valid YAML, found: Flow sequence in block collection must be sufficiently indented and end with a ]  [blocks/yaml]`,
    ],
  },
  {
    rule: 'blocks/json',
    fixture: 'json-block-syntax-error.md',
    as: `${NET}/json.md`,
    expect: [
      `${NET}/json.md:23  (code block json)  expected valid JSON, found: Unexpected token '}', "{"checks": [}" is not valid JSON  [blocks/json]`,
    ],
  },
  {
    rule: 'blocks/example',
    fixture: 'policy-example-typo.md',
    as: `${NET}/policy.md`,
    expect: [
      `${NET}/policy.md:25  (team policy example).netwerk  expected a known key, found unknown key "netwerk"; did you mean "network"?  [blocks/example]`,
    ],
  },
  {
    rule: 'blocks/example',
    fixture: 'toolpack-example-bad-version.md',
    as: `${NET}/pack.md`,
    expect: [
      `${NET}/pack.md:24  (tool-pack manifest example).version  expected a semantic version like "1.4.0", found "latest"  [blocks/example]`,
    ],
  },
  {
    rule: 'blocks/example',
    fixture: 'wslconfig-typo.md',
    as: `${NET}/wsl.md`,
    expect: [
      `${NET}/wsl.md:24  (.wslconfig example).wsl2.memmory  expected a known key, found unknown key "memmory"; did you mean "memory"?  [blocks/example]`,
    ],
  },
  {
    rule: 'blocks/destructive-placeholder',
    fixture: 'copy-block-placeholder.md',
    as: `${DR}/cleanup.md`,
    expect: [
      `${DR}/cleanup.md:42  (code block bash)  expected a block that runs \`rm -rf "$DATA/db"\` (delete) to take no value from a placeholder, found "<dir>" at line 41  [blocks/destructive-placeholder]`,
    ],
  },
  {
    rule: 'blocks/destructive-unchecked',
    fixture: 'copy-block-unchecked.md',
    as: `${DR}/cleanup.md`,
    expect: [
      `${DR}/cleanup.md:41  (code block bash)  expected \`sudo rm -rf "$DATA/db"\` to use only variables its block sets or checks, found $DATA, which a paste into a new shell leaves empty  [blocks/destructive-unchecked]`,
    ],
  },
  {
    rule: 'blocks/destructive-condition-after',
    fixture: 'copy-block-condition-after.md',
    as: `${DR}/cleanup.md`,
    expect: [
      `${DR}/cleanup.md:46  (body)  expected the condition that makes the block at line 40 (\`kubectl delete namespace harbor --wait=true\`) safe to stand before it, found "Delete the namespace only after (code) lists a (code) backup." after it  [blocks/destructive-condition-after]`,
    ],
  },
  {
    rule: 'links/page',
    fixture: 'link-to-missing-page.md',
    as: `${NET}/link.md`,
    expect: [
      `${NET}/link.md:22  (body) link  expected a link to an existing page of this instance, found "./dns-fails.md"  [links/page]`,
    ],
  },
  {
    rule: 'links/page',
    fixture: 'link-across-instances.md',
    as: `${NET}/cross.md`,
    expect: [
      `${NET}/cross.md:22  (body) link  expected a link to an existing page of this instance, found "../../../runbooks/disaster-recovery/harbor-down.md"  [links/page]`,
    ],
  },
  {
    rule: 'frontmatter/missing',
    fixture: 'no-frontmatter.md',
    as: `${NET}/nofm.md`,
    expect: [
      `${NET}/nofm.md:1  (frontmatter)  expected a YAML frontmatter block between --- lines at the top, found none  [frontmatter/missing]`,
    ],
  },
  {
    rule: 'frontmatter/yaml',
    fixture: 'frontmatter-yaml-syntax.md',
    as: `${NET}/yamlfm.md`,
    expect: [
      `${NET}/yamlfm.md:11  (frontmatter)  expected valid YAML, found: Flow sequence in block collection must be sufficiently indented and end with a ]  [frontmatter/yaml]`,
    ],
  },
  {
    rule: 'frontmatter/yaml',
    fixture: 'yaml-alias-bomb.md',
    as: 'docs/bomb.md',
    expect: [
      'docs/bomb.md:2  (frontmatter)  expected valid YAML, found: Excessive alias count indicates a resource exhaustion attack (anchors and aliases expand past 50)  [frontmatter/yaml]',
    ],
  },
  {
    rule: 'security/plain-text',
    fixture: 'xss-title.md',
    as: `${NET}/xss.md`,
    expect: [`${NET}/xss.md:2  title  expected title as plain text, found markup "<script>"  [security/plain-text]`],
  },
  {
    rule: 'security/plain-text',
    fixture: 'xss-img-description.md',
    as: `${NET}/img.md`,
    expect: [
      `${NET}/img.md:3  description  expected description as plain text, found markup "<img "  [security/plain-text]`,
    ],
  },
  {
    rule: 'security/plain-text',
    fixture: 'ansi-description.md',
    as: `${NET}/ansi.md`,
    expect: [
      `${NET}/ansi.md:3  description  expected description as plain text, found the control character U+001B  [security/plain-text]`,
    ],
  },
  {
    rule: 'security/secret',
    fixture: 'secrets.md',
    as: `${NET}/secrets.md`,
    expect: [
      `${NET}/secrets.md:12  (secret)  expected no secrets on a page, found a GitHub token (ghp_abcd…)  [security/secret]`,
      `${NET}/secrets.md:18  (secret)  expected no secrets on a page, found a Vault token (hvs.CAES…)  [security/secret]`,
      `${NET}/secrets.md:19  (secret)  expected no secrets on a page, found an AWS access key id (AKIAIOSF…)  [security/secret]`,
      `${NET}/secrets.md:22  (secret)  expected no secrets on a page, found a JSON Web Token (eyJhbGci…)  [security/secret]`,
      `${NET}/secrets.md:25  (secret)  expected no secrets on a page, found a private key (-----BEG…)  [security/secret]`,
    ],
  },
  {
    rule: 'security/secret',
    fixture: 'near-miss/allowlisted-fake-token.md',
    as: `${NET}/fake.md`,
    expect: [
      `${NET}/fake.md:17  (secret)  expected no secrets on a page, found a Vault token (hvs.EXAM…)  [security/secret]`,
    ],
  },
  {
    rule: 'runbook/step-structure',
    fixture: 'step-nested.md',
    as: `${DR}/nested.md`,
    expect: [
      `${DR}/nested.md:29  (body) :::step  expected steps side by side, found a :::step inside another :::step  [runbook/step-structure]`,
    ],
  },
  {
    rule: 'runbook/step-structure',
    fixture: 'step-unclosed.md',
    as: `${DR}/unclosed.md`,
    expect: [
      `${DR}/unclosed.md:26  (body) :::step  expected ::: on its own line to close :::step, found none (the block runs on to the end)  [runbook/step-structure]`,
    ],
  },
  {
    rule: 'runbook/step-structure',
    fixture: 'step-in-faq.md',
    as: `${NET}/step.md`,
    expect: [
      `${NET}/step.md:24  (body) :::step  expected :::step only in runbooks, found it on an FAQ entry  [runbook/step-structure]`,
    ],
  },
  {
    rule: 'directives/closed',
    fixture: 'unclosed-note.md',
    as: `${NET}/note.md`,
    expect: [
      `${NET}/note.md:16  (body) :::note  expected ::: on its own line to close :::note, found none (the block runs on to the end)  [directives/closed]`,
    ],
  },
  {
    rule: 'runbook/step-link',
    fixture: 'step-links.md',
    as: `${DR}/links.md`,
    expect: [
      `${DR}/links.md:27  (body) link  expected a step of this page (1 to 2), found "#step-9"  [runbook/step-link]`,
      `${DR}/links.md:33  (body) link  expected a link to the runbook or a section heading, found "../day-2/gc.md#step-2", a step number that changes when steps are added  [runbook/step-link]`,
      // An admonition is not a step: with two steps and a note, #step-3 does not exist.
      `${DR}/links.md:36  (body) link  expected a step of this page (1 to 2), found "#step-3"  [runbook/step-link]`,
    ],
  },
  {
    rule: 'links/anchor',
    fixture: 'link-missing-anchor.md',
    as: `${NET}/anchor.md`,
    expect: [
      `${NET}/anchor.md:16  (body) link  expected an anchor that exists on ${NET}/proxy-unreachable.md, found "#no-such-section" in "./proxy-unreachable.md#no-such-section"  [links/anchor]`,
      `${NET}/anchor.md:24  (body) link  expected an anchor that exists on ${DR}/harbor-down.md, found "#recovery-step" in "/runbooks/disaster-recovery/harbor-down#recovery-step"  [links/anchor]`,
    ],
  },
  {
    rule: 'routes/duplicate',
    fixture: 'duplicate-route-slug.md',
    as: `${NET}/dup-route.md`,
    expect: [
      `${NET}/dup-route.md:12  slug  expected a route of its own, found /${NET}/proxy-unreachable, also the route of ${NET}/proxy-unreachable.md  [routes/duplicate]`,
      `${NET}/proxy-unreachable.md:1  slug  expected a route of its own, found /${NET}/proxy-unreachable, also the route of ${NET}/dup-route.md  [routes/duplicate]`,
    ],
  },
  {
    rule: 'security/external-resource',
    fixture: 'external-resources.md',
    as: `${NET}/ext.md`,
    expect: [
      `${NET}/ext.md:16  (body) link  expected an image served by this site, found "https://cdn.example.com/diagram.png", from https://cdn.example.com (the site runs offline)  [security/external-resource]`,
      `${NET}/ext.md:18  (body) link  expected an image served by this site, found "//tracker.example.com/pixel.gif", from https://tracker.example.com (the site runs offline)  [security/external-resource]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'raw-html.md',
    as: `${NET}/raw.md`,
    expect: [
      `${NET}/raw.md:16  (body) <script>  expected Markdown or plain HTML, found a <script> element  [security/raw-html]`,
      `${NET}/raw.md:18  (body) link  expected a page or web address, found a javascript: URL "javascript:alert(1)"  [security/raw-html]`,
      `${NET}/raw.md:20  (body) <div>  expected only id, title, lang, dir on <div>, found onclick="alert(1)"  [security/raw-html]`,
      `${NET}/raw.md:24  (body) <iframe>  expected Markdown or plain HTML, found a <iframe> element  [security/raw-html]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-script.mdx',
    as: `${NET}/mdx.mdx`,
    expect: [
      `${NET}/mdx.mdx:14  (body) import  expected only imports of registered components, found "import pkg from '@site/package.json';", which is not a registered component under its own name and path  [mdx/esm]`,
      `${NET}/mdx.mdx:16  (body) import  expected only imports of registered components, found "export const leak = () => fetch('/x');", JavaScript that runs at build time and in the browser  [mdx/esm]`,
      `${NET}/mdx.mdx:20  (body) {…}  expected text or a {/* comment */}, found the expression {alert(document.cookie)}, JavaScript that runs at build time and in the browser  [mdx/expression]`,
    ],
  },
  {
    rule: 'links/outside-content',
    fixture: 'link-outside-content.md',
    as: `${NET}/outside.md`,
    expect: [
      `${NET}/outside.md:16  (body) link  expected a link inside docs/, runbooks/ or static/, found "../../../../package.json", which leaves them  [links/outside-content]`,
      `${NET}/outside.md:16  (body) link  expected a page or web address, found "file:///etc/passwd"  [links/outside-content]`,
    ],
  },
  {
    rule: 'codes/retired',
    fixture: 'retired-code-reused.md',
    as: `${NET}/retired.md`,
    opts: {without: `${NET}/old-port.md`},
    expect: [
      `${NET}/retired.md:7  error_codes  expected retired code AIBOX-NET-006 only on an entry with status: retired, found it on an active entry  [codes/retired]`,
    ],
  },
  ...(
    [
      [
        'consistency/harbor-topology',
        'consistency-harbor-topology.md',
        `expected Harbor's topology as the Harbor runbook states it (internal PostgreSQL and the registry on RBD volumes), found "HA PostgreSQL"`,
      ],
      [
        'consistency/image-current',
        'consistency-image-current.md',
        'expected the CLI wording "image is current", found "image is up to date"',
      ],
      [
        'consistency/tool-pack-cycle',
        'consistency-tool-pack-cycle.md',
        'expected the monthly tool-pack cycle to start after the month tag exists (:fact[tool-pack-update-start]), found "first Tuesday"',
      ],
      [
        'consistency/emergency-champion-test',
        'consistency-emergency-test.md',
        'expected emergency updates to keep the one-hour champions smoke test, found "emergency update skips champion testing"',
      ],
      [
        'consistency/sandbox-containers',
        'consistency-sandbox-containers.md',
        'expected no containers inside the sandbox (it has no Docker daemon, edge case EC-002), found "containers inside the sandbox"',
      ],
      [
        'consistency/escalation-channel',
        'consistency-escalation-channel.md',
        'expected escalations in #aibox-help, from champions and developers alike (every escalation to the platform team, from a champion or a developer, is a new thread in #aibox-help, where the Tier 2 response times apply; #aibox-champions carries early warnings, announcements, test rounds and champion feedback, never tickets), found "escalate to #aibox-champions"',
      ],
      [
        'consistency/sandbox-home-persistence',
        'consistency-home-persistence.md',
        'expected settings kept where they survive aibox stop (your project at /workspace and the cache volume of the project; everything else in the sandbox, the rest of the home directory included, is created afresh from the image at every aibox start), found "Add the export line to ~/.bashrc in the sandbox"',
      ],
      [
        'consistency/adoption-denominator',
        'consistency-adoption.md',
        'expected adoption measured against active developers, found "Adoption is the share of the total number of developers"',
      ],
    ] as const
  ).map(([rule, fixture, message]): Case => ({
    rule,
    fixture,
    as: `${NET}/c.md`,
    expect: [`${NET}/c.md:16  (body)  ${message}  [${rule}]`],
  })),
  {
    rule: 'consistency/pol-003-warning',
    fixture: 'consistency-pol-003.md',
    as: `${NET}/c.md`,
    expect: [
      `${NET}/c.md:16  (code)  expected AIBOX-POL-003 on a WARN line (the sandbox starts; the loosening rules are ignored), found "FAIL  AIBOX-POL-003"  [consistency/pol-003-warning]`,
    ],
  },
  {
    rule: 'blocks/where-to-run',
    fixture: 'where-to-run-untitled.md',
    as: 'docs/rollout/migration/rust.md',
    expect: [
      'docs/rollout/migration/rust.md:12  (code block bash)  expected a title saying where the command runs (one of "PowerShell as administrator", "PowerShell", "Ubuntu (WSL)", "Linux terminal", "Ubuntu (WSL) or Linux terminal", "PowerShell or Linux terminal", "Sandbox terminal"), found none  [blocks/where-to-run]',
      'docs/rollout/migration/rust.md:16  (code block bash)  expected a title saying where the command runs (one of "PowerShell as administrator", "PowerShell", "Ubuntu (WSL)", "Linux terminal", "Ubuntu (WSL) or Linux terminal", "PowerShell or Linux terminal", "Sandbox terminal"), found "Sandbox termnal"  [blocks/where-to-run]',
    ],
  },
  {
    rule: 'facts/contradiction',
    fixture: 'fact-figures-contradiction.md',
    as: 'docs/troubleshooting/setup/m.md',
    expect: [
      'docs/troubleshooting/setup/m.md:20  (body)  expected 16 GB (registered fact minimum-ram), found "32 GB" in "The minimum is 32 GB RAM and an SSD."  [facts/contradiction]',
      'docs/troubleshooting/setup/m.md:22  (body)  expected 8 or more CPU cores (registered fact minimum-cores), found "6-core" in "The 6-core minimum of the plan."  [facts/contradiction]',
      'docs/troubleshooting/setup/m.md:24  (body)  expected 12 GB (registered fact wsl-memory), found "8 GB" in "AI-Box needs 8 GB in the WSL2 VM."  [facts/contradiction]',
      'docs/troubleshooting/setup/m.md:28  (body)  expected 4 weeks (registered fact pilot-length), found "6 weeks" in "The pilot runs for 6 weeks and early adopters for 4 weeks."  [facts/contradiction]',
      'docs/troubleshooting/setup/m.md:28  (body)  expected 6 weeks (registered fact early-adopter-length), found "4 weeks" in "The pilot runs for 6 weeks and early adopters for 4 weeks."  [facts/contradiction]',
      'docs/troubleshooting/setup/m.md:32  (body)  expected three times a week (registered fact office-hours-cadence), found "2 times a week" in "Office hours run 2 times a week; ask there."  [facts/contradiction]',
    ],
  },
  {
    rule: 'consistency/dns-tunneling-default',
    fixture: 'consistency-dns-tunneling.md',
    as: `${NET}/c.md`,
    expect: [
      `${NET}/c.md:16  (body)  expected DNS tunneling on by default in current WSL (only a dnsTunneling=false line turns it off), found "turn on DNS tunneling"  [consistency/dns-tunneling-default]`,
      `${NET}/c.md:20  (code)  expected DNS tunneling on by default in current WSL (only a dnsTunneling=false line turns it off), found "dnsTunneling=true"  [consistency/dns-tunneling-default]`,
    ],
  },
  {
    rule: 'consistency/vault-direct',
    fixture: 'consistency-vault-direct.md',
    as: `${NET}/c.md`,
    expect: [
      `${NET}/c.md:16  (body)  expected Vault reached by the CLI on the machine directly, never through the egress proxy and never from the sandbox, found "Vault through the egress proxy"  [consistency/vault-direct]`,
      `${NET}/c.md:19  (code)  expected Vault reached by the CLI on the machine directly, never through the egress proxy and never from the sandbox, found "aibox network test vault.aibox.internal"  [consistency/vault-direct]`,
    ],
  },
  {
    rule: 'consistency/cli-update-path',
    fixture: 'consistency-cli-update.md',
    as: `${NET}/c.md`,
    expect: [
      `${NET}/c.md:16  (body)  expected the CLI updated as the aibox package from the aibox-apt repository on Nexus, upgraded with apt-get, found "replaces /usr/bin/aibox"  [consistency/cli-update-path]`,
      `${NET}/c.md:19  (code)  expected aibox update upgrading the aibox apt package, never replacing /usr/bin/aibox, found "replace /usr/bin/aibox"  [consistency/cli-update-path]`,
    ],
  },
];

/** Near misses: input that looks like a violation of the rule but is fine, and must stay fine. */
const GOOD_CASES: Omit<Case, 'expect'>[] = [
  {rule: 'security/plain-text', fixture: 'near-miss/placeholder-in-description.md', as: `${NET}/ph.md`},
  {
    rule: 'security/secret',
    fixture: 'near-miss/allowlisted-fake-token.md',
    as: `${NET}/fake.md`,
    opts: {allow: FAKE_ALLOW},
  },
  {rule: 'runbook/step-structure', fixture: 'near-miss/steps-with-admonition.md', as: `${DR}/ok.md`},
  {rule: 'runbook/step-link', fixture: 'near-miss/steps-with-admonition.md', as: `${DR}/ok.md`},
  {rule: 'directives/closed', fixture: 'near-miss/steps-with-admonition.md', as: `${DR}/ok.md`},
  {rule: 'links/anchor', fixture: 'near-miss/link-existing-anchor.md', as: `${NET}/anchor-ok.md`},
  {rule: 'blocks/destructive-placeholder', fixture: 'near-miss/copy-block-checked.md', as: `${DR}/cleanup.md`},
  {rule: 'blocks/destructive-unchecked', fixture: 'near-miss/copy-block-checked.md', as: `${DR}/cleanup.md`},
  {rule: 'security/external-resource', fixture: 'near-miss/local-image.md', as: `${NET}/img-ok.md`},
  {rule: 'blocks/where-to-run', fixture: 'near-miss/where-to-run-titled.md', as: 'docs/rollout/migration/rust.md'},
  {rule: 'consistency/escalation-channel', fixture: 'near-miss/consistency-sentences.md', as: `${NET}/c.md`},
  {rule: 'consistency/sandbox-home-persistence', fixture: 'near-miss/consistency-sentences.md', as: `${NET}/c.md`},
  {rule: 'consistency/pol-003-warning', fixture: 'near-miss/consistency-sentences.md', as: `${NET}/c.md`},
  {rule: 'frontmatter/schema', fixture: 'near-miss/survey-five-questions.md', as: 'docs/rollout/surveys/ok.md'},
  {rule: 'consistency/dns-tunneling-default', fixture: 'near-miss/consistency-paths.md', as: `${NET}/c.md`},
  {rule: 'consistency/vault-direct', fixture: 'near-miss/consistency-paths.md', as: `${NET}/c.md`},
  {rule: 'consistency/cli-update-path', fixture: 'near-miss/consistency-paths.md', as: `${NET}/c.md`},
  {rule: 'facts/contradiction', fixture: 'near-miss/fact-figures.md', as: 'docs/troubleshooting/setup/m.md'},
];

for (const c of BAD) {
  test(`[${c.rule}] ${c.fixture} gives exactly the expected errors`, () => {
    assert.deepEqual(errorLines(checkFixtureAt(c.fixture, c.as, c.opts)), [...c.expect].sort());
  });
}

for (const c of GOOD_CASES) {
  test(`[${c.rule}] near miss ${c.fixture} passes`, () => {
    assert.deepEqual(errorLines(checkFixtureAt(c.fixture, c.as, c.opts)), []);
  });
}

test('the good corpus passes every rule', () => {
  assert.deepEqual(errorLines(checkCorpus(loadGood(), {lock: GOOD_LOCK})), []);
});

/** Rules whose bad input needs files on disk, a tool or a script; the named test file exercises them. */
const TESTED_ELSEWHERE: Partial<Record<RuleId, string>> = {
  'files/encoding': 'tests/unit/content/loader.test.ts',
  'files/symlink': 'tests/unit/content/loader.test.ts',
  'files/size': 'tests/unit/content/loader.test.ts',
  'files/syntax': 'tests/unit/content/loader.test.ts',
  'codes/lock': 'tests/unit/content/loader.test.ts',
  'codes/locked-home': 'tests/unit/content/checks/codes.test.ts',
  'codes/new-code': 'tests/unit/content/checks/codes.test.ts',
  'codes/cli': 'tests/unit/content/checks/codes.test.ts',
  'codes/lock-history': 'tests/unit/content/codesHistory.test.ts',
  'blocks/shellcheck': 'tests/unit/adapters/shellcheck.test.ts',
  'alerts/schema': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/defined': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/runbook': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/panel': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/duplicate': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/service-file': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/template': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'dashboards/schema': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'alerts/tested': 'tests/unit/content/checks/metrics.test.ts',
  'alerts/rules-file': 'tests/unit/scripts/alertRules.test.ts',
  'metrics/schema': 'tests/unit/content/checks/metrics.test.ts',
  'metrics/promql': 'tests/unit/content/checks/metrics.test.ts',
  'metrics/undeclared': 'tests/unit/content/checks/metrics.test.ts',
  'metrics/label': 'tests/unit/content/checks/metrics.test.ts',
  'metrics/rate-of-gauge': 'tests/unit/content/checks/metrics.test.ts',
  'metrics/ratio-unit': 'tests/unit/content/checks/metrics.test.ts',
  'metrics/dropped-label': 'tests/unit/content/checks/metrics.test.ts',
  'probes/schema': 'tests/unit/content/checks/probes.test.ts',
  'probes/undeclared': 'tests/unit/content/checks/probes.test.ts',
  'dashboards/panel-id': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'dashboards/kpi': 'tests/unit/content/checks/alertCatalogue.test.ts',
  'search/phrases': 'tests/unit/content/checks/searchPhrases.test.ts',
  'search/synonyms': 'tests/unit/search/text.test.ts',
  'diagrams/mermaid-parse': 'tests/unit/remark/mermaidSvg.test.ts',
  'routes/docusaurus': 'tests/unit/plugins/routeCheck.test.ts',
  'tour/schema': 'tests/unit/content/tour.test.ts',
  'tour/timing': 'tests/unit/content/tour.test.ts',
  'tour/cli-command': 'tests/unit/content/tour.test.ts',
  'tour/cli-flag': 'tests/unit/content/tour.test.ts',
  'tour/cli-version': 'tests/unit/content/tour.test.ts',
  'tour/error-code': 'tests/unit/content/tour.test.ts',
  'tour/chapters': 'tests/unit/content/tour.test.ts',
  'tour/transcript': 'tests/unit/content/tour.test.ts',
  'facts/unknown': 'tests/unit/content/checks/facts.test.ts',
  'facts/contradiction': 'tests/unit/content/checks/facts.test.ts',
  'consistency/setup-001-warning': 'tests/unit/content/checks/consistency.test.ts',
  'consistency/wsl-distro': 'tests/unit/content/checks/consistency.test.ts',
  'consistency/rollout-stage': 'tests/unit/content/checks/consistency.test.ts',
  'consistency/pip-wheelhouse': 'tests/unit/content/checks/consistency.test.ts',
  'consistency/curl-to-shell-baseline': 'tests/unit/content/checks/consistency.test.ts',
  'links/url': 'tests/unit/content/checks/gate.test.ts',
  'links/html-file': 'tests/unit/content/checks/gate.test.ts',
  'links/pagination': 'tests/unit/content/checks/gate.test.ts',
  'mdx/expression': 'tests/unit/content/checks/gate.test.ts',
  'mdx/element': 'tests/unit/content/checks/gate.test.ts',
  'mdx/attribute': 'tests/unit/content/checks/gate.test.ts',
  'files/lint-config': 'tests/unit/content/checks/gate.test.ts',
  'files/active': 'tests/unit/content/checks/gate.test.ts',
  'search/synonym-group-size': 'tests/unit/content/checks/searchLimits.test.ts',
  'search/synonym-groups': 'tests/unit/content/checks/searchLimits.test.ts',
  'search/synonym-overlap': 'tests/unit/content/checks/searchLimits.test.ts',
  'search/phrase-count': 'tests/unit/content/checks/searchLimits.test.ts',
  'search/phrase-length': 'tests/unit/content/checks/searchLimits.test.ts',
  'search/lookalike': 'tests/unit/content/checks/searchLimits.test.ts',
};

test('every registered rule has a bad fixture here or a named test elsewhere, and each near miss names a real rule', () => {
  const covered = new Set(BAD.map((c) => c.rule));
  for (const id of Object.keys(RULES) as RuleId[]) {
    if (covered.has(id)) continue;
    const elsewhere = TESTED_ELSEWHERE[id];
    assert.ok(elsewhere, `rule ${id} has no bad fixture`);
    assert.ok(assertsRule(elsewhere, id), `${elsewhere} asserts no error of ${id}`);
  }
  for (const c of [...BAD, ...GOOD_CASES]) assert.ok(c.rule in RULES, `${c.rule} is not registered`);
});

test('each bad case reports its own rule', () => {
  for (const c of BAD)
    assert.ok(
      c.expect.some((line) => line.endsWith(`[${c.rule}]`)),
      `${c.fixture} does not report ${c.rule}`,
    );
});

test('the fix of a section error names the page type and lists its sections in order', () => {
  const [runbook] = checkFixtureAt('runbook-missing-review.md', `${DR}/review.md`);
  assert.equal(
    runbook.fix,
    'a disaster-recovery runbook has exactly these sections in order: "## Symptoms", "## Impact assessment", ' +
      '"## Immediate actions", "## Recovery steps", "## Verification", "## Post-incident review"',
  );
  const [faq] = checkFixtureAt('faq-missing-escalate.md', `${NET}/short.md`);
  assert.equal(
    faq.fix,
    'an FAQ entry has exactly these sections in order: "## Symptoms", "## Cause", "## Fix", "## Escalate"',
  );
});

test('[directives/known] a text directive is one warning, a leaf directive an error; :fact is ours', () => {
  const page = (body: string) =>
    `---\ntitle: T\ndescription: D\nowner: docs-team\nlast_reviewed: "2026-11-20"\n---\n\n${body}\n`;
  const lines = (body: string) =>
    checkFixtureAt('', 'docs/t.md', {source: page(body)}).map((e) => `${e.severity} ${formatError(e).split('\n')[0]}`);
  assert.deepEqual(lines('Proxy at host:port today.'), [
    'warning warning: docs/t.md:8  (body) :::port  expected plain text, found the text directive ":port" (it renders as text)  [directives/known]',
  ]);
  assert.deepEqual(lines('::warn[Careful]'), [
    'error docs/t.md:8  (body) :::warn  expected one of :::note, :::tip, :::info, :::warning, :::danger, :::caution, :::step, found ::warn  [directives/known]',
  ]);
  assert.deepEqual(lines('The Git token lives :fact[git-token-ttl].'), []);
});

test('[runbook/step-link] a link to the last step of the page passes', () => {
  const source = fs
    .readFileSync(path.join(GOOD, '../near-miss/steps-with-admonition.md'), 'utf8')
    .replace('#step-1', '#step-2');
  assert.deepEqual(errorLines(checkFixtureAt('', `${DR}/ok.md`, {source})), []);
});

/**
 * Files that name a rule id only to pick its errors out of another module's output, never to report it.
 * doctor-map builds the map while the lock is being rewritten, so it drops the lock's own errors; check runs
 * shellcheck under --rule only when blocks/shellcheck is asked for.
 */
const FILTERS_ONLY: Record<string, RuleId[]> = {
  'scripts/doctor-map.ts': ['codes/lock', 'codes/new-code', 'codes/locked-home'],
  'scripts/check.ts': ['blocks/shellcheck'],
};

test("each rule's module is exactly the set of files that report it", () => {
  const files = trackedSources('src', 'scripts').filter((f) => f !== 'src/content/rules.ts');
  const strings = new Map(files.map((f) => [f, valueStrings(f)]));
  const wrong: string[] = [];
  for (const [id, rule] of Object.entries(RULES) as [RuleId, (typeof RULES)[RuleId]][]) {
    const declared = [rule.module].flat().sort();
    const emitters = files.filter((f) => strings.get(f)!.has(id) && !FILTERS_ONLY[f]?.includes(id)).sort();
    if (declared.join() !== emitters.join())
      wrong.push(
        `${id}: module says ${declared.join(', ') || 'nothing'}, the rule is reported in ${emitters.join(', ') || 'no file'}`,
      );
  }
  assert.deepEqual(wrong, []);
  for (const [file, ids] of Object.entries(FILTERS_ONLY))
    for (const id of ids)
      assert.ok(strings.get(file)?.has(id), `${file} no longer names ${id}: remove it from FILTERS_ONLY`);
});

test('"tested elsewhere" counts an assertion of the rule id, not a mention of it', () => {
  const id = 'links/anchor';
  const asserts = (body: string) => assertsRule('x.test.ts', id, body);
  assert.equal(asserts(`// covers links/anchor\ntest('[links/anchor] title', () => {});`), false);
  assert.equal(asserts(`const errors = all.filter((e) => e.rule === 'links/anchor');`), false);
  assert.equal(asserts(`assert.equal(e.rule, 'links/anchor');`), true);
  assert.equal(asserts(`const expected = [['a.md', 3, 'links/anchor']];`), true);
  assert.equal(asserts('const CASES = {x: [`${F}:3  (body) link  expected …  [links/anchor]`]};'), true);
  assert.equal(asserts(String.raw`assert.match(line, /found "#x"  \[links\/anchor\]$/);`), true);
});

/** `[rule-a, rule-b] what it shows`: each name a registered rule, or `family/*` for every rule of a family. */
function titleRulesProblem(title: string): string | undefined {
  // A case table's `rule` is typed RuleId, so the compiler already holds it to a registered rule.
  if (/^\[\$\{\w+\.rule\}\] /.test(title)) return undefined;
  const prefix = /^\[([^\]$]+)\] /.exec(title);
  if (!prefix) return 'does not start with [rule-id]';
  const ids = Object.keys(RULES);
  const unknown = prefix[1]
    .split(', ')
    .filter((name) => (name.endsWith('/*') ? !ids.some((id) => id.startsWith(name.slice(0, -1))) : !(name in RULES)));
  return unknown.length ? `names no registered rule: ${unknown.join(', ')}` : undefined;
}

test('every test of a check starts with the [rule-id] of the rules it tests', () => {
  const problems = trackedSources('tests/unit/content/checks').flatMap((file) =>
    testTitles(file).flatMap((title) => {
      const problem = titleRulesProblem(title);
      return problem ? [`${file}: "${title}" ${problem}`] : [];
    }),
  );
  assert.deepEqual(problems, []);
  assert.equal(titleRulesProblem('[links/anchor, mdx/*] x'), undefined);
  assert.equal(titleRulesProblem('links/anchor: x'), 'does not start with [rule-id]');
  assert.equal(titleRulesProblem('[links/anker, nope/*] x'), 'names no registered rule: links/anker, nope/*');
  assert.equal(titleRulesProblem('[${c.rule}] x'), undefined);
  assert.equal(titleRulesProblem('[${c.name}] x'), 'does not start with [rule-id]');
});
