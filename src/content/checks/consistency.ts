import {contentError, type ContentError} from '../errors';
import {expandFacts} from '../facts';
import {sentences} from '../prose';
import type {RuleId} from '../rules';
import type {AnyRecord} from '../records';

/**
 * Statements a content review found contradicting the CLI reference or the runbooks. Each rule keeps one of
 * them from coming back; the message says what the authority states.
 */
interface LineRule {
  rule: RuleId;
  /** Where to look: lines of code blocks and inline code (`code`), or sentences of prose (`prose`). */
  in: ('code' | 'prose')[];
  pattern: RegExp;
  expected: string;
  fix: string;
}

export const LINE_RULES: LineRule[] = [
  {
    rule: 'consistency/setup-001-warning',
    in: ['code', 'prose'],
    pattern: /\bFAIL\s+AIBOX-SETUP-001\b/,
    expected: 'AIBOX-SETUP-001 on a WARN line (a warning: setup and doctor still exit 0)',
    fix: 'show it as "WARN  AIBOX-SETUP-001 ..." with no "check failed" line; see docs/reference/cli.md#aibox-setup',
  },
  {
    rule: 'consistency/pol-003-warning',
    in: ['code', 'prose'],
    pattern: /\bFAIL\s+AIBOX-POL-003\b/,
    expected: 'AIBOX-POL-003 on a WARN line (the sandbox starts; the loosening rules are ignored)',
    fix: 'show it as "WARN  AIBOX-POL-003 ..."; see docs/reference/cli.md#aibox-start',
  },
  {
    rule: 'consistency/sandbox-containers',
    in: ['prose'],
    pattern: /\bcontainers?\b(?:\s+[\w-]+){0,4}\s+(?:inside|in) the sandbox\b/i,
    expected: 'no containers inside the sandbox (it has no Docker daemon, edge case EC-002)',
    fix: 'name the shared development environment or CI; see docs/rollout/migration/index.md#what-every-project-shares',
  },
  {
    rule: 'consistency/wsl-distro',
    in: ['code', 'prose'],
    pattern: new RegExp(
      [
        String.raw`\bwsl(?:\.exe)?\b[^\n]*\s`,
        String.raw`(?:-d|--distribution|--export|--import|--set-version|-t|--terminate|--unregister)`,
        String.raw`\s+"?Ubuntu(?![-\w])|\\wsl(?:\.localhost|\$)\\Ubuntu(?![-\w])`,
      ].join(''),
      'i',
    ),
    expected: 'the WSL distribution name Ubuntu-24.04',
    fix: 'write Ubuntu-24.04, the name wsl --install -d Ubuntu-24.04 creates and wsl -l -v lists',
  },
  {
    rule: 'consistency/harbor-topology',
    in: ['prose'],
    pattern: /\b(?:HA|highly available)\s+PostgreSQL\b|\bRedis Sentinel\b|\bHarbor\b[^.]*\bobject storage\b/i,
    expected: "Harbor's topology as the Harbor runbook states it (internal PostgreSQL and the registry on RBD volumes)",
    fix: 'describe Harbor as runbooks/disaster-recovery/harbor-registry-failure.md does, under Impact assessment',
  },
  {
    rule: 'consistency/image-current',
    in: ['code', 'prose'],
    pattern: /\bimage(?:\s+is)?\s+up to date\b|aibox\/base:\S+\s+up to date\b/,
    expected: 'the CLI wording "image is current"',
    fix: 'write "image is current (sha256:...)", as aibox update prints it',
  },
  {
    rule: 'consistency/tool-pack-cycle',
    in: ['prose'],
    pattern: /\bfirst Tuesday\b/i,
    expected: 'the monthly tool-pack cycle to start after the month tag exists (:fact[tool-pack-update-start])',
    fix: 'write :fact[tool-pack-update-start]',
  },
  {
    rule: 'consistency/emergency-champion-test',
    in: ['prose'],
    pattern: /\bemergency\b[^.]*\bskips?\b[^.]*\b(?:champion testing|test round|testing)\b/i,
    expected: 'emergency updates to keep the one-hour champions smoke test',
    fix: 'say that emergency updates replace the five-day round with a one-hour smoke test by two champions',
  },
  {
    rule: 'consistency/rollout-stage',
    in: ['prose'],
    pattern: /\b(?:pilot|early[\s-]adopters?|general rollout|mandatory)\s+phases?\b|\brollout phases?\b/i,
    expected: 'the rollout "stage" (Pilot, Early adopters, General rollout, Mandatory); "phase" is the project plan',
    fix: 'write "stage", for example "the early adopter stage"',
  },
  {
    rule: 'consistency/dns-tunneling-default',
    in: ['code', 'prose'],
    pattern:
      /\bdnsTunneling\s*=\s*true\b|\b(?:turn|switch)(?:s|ed|ing)?\s+on\s+DNS tunneling\b|\benabl(?:e|es|ed|ing)\s+DNS tunneling\b|\bDNS tunneling\b[^.;]*\boff by default\b/i,
    expected: 'DNS tunneling on by default in current WSL (only a dnsTunneling=false line turns it off)',
    fix: 'tell the reader to run wsl --update and delete a dnsTunneling=false line; see docs/troubleshooting/wsl/vpn-breaks-dns.md',
  },
  {
    rule: 'consistency/vault-direct',
    in: ['code', 'prose'],
    pattern:
      /\baibox network test\s+"?vault\.aibox\.internal\b|\bVault\b[^.;]*?(?<!\b(?:not|never) )\b(?:through|via) the (?:egress )?proxy\b|\b(?:through|via) the (?:egress )?proxy\b[^.;]*\bto Vault\b/i,
    expected:
      'Vault reached by the CLI on the machine directly, never through the egress proxy and never from the sandbox',
    fix: 'check Vault from the machine (getent hosts, curl /v1/sys/health); see runbooks/disaster-recovery/vault-connectivity-loss.md',
  },
  {
    // The CLI's own messages, in output blocks; prose is read with its inline code by SENTENCE_RULES.
    rule: 'consistency/cli-update-path',
    in: ['code'],
    pattern: /\b(?:replace|overwrite)\b[^\n]*\/usr\/bin\/aibox\b/i,
    expected: 'aibox update upgrading the aibox apt package, never replacing /usr/bin/aibox',
    fix: 'show the apt step, as docs/troubleshooting/images-updates/aibox-update-fails.md does',
  },
  {
    rule: 'consistency/adoption-denominator',
    in: ['prose'],
    pattern:
      /\badoption\b[^.]*\btotal (?:number of )?developers\b|\btotal (?:number of )?developers\b[^.]*\badoption\b/i,
    expected: 'adoption measured against active developers',
    fix: 'divide by active developers, as docs/rollout/kpis.md defines them',
  },
];

interface Place {
  text: string;
  line: number;
}

function codePlaces(record: AnyRecord): Place[] {
  const blocks = record.codeBlocks.flatMap((b) => b.value.split('\n').map((text, i) => ({text, line: b.line + 1 + i})));
  const inline = record.prose.flatMap((p) =>
    p.segments.filter((s) => s.code).map((s) => ({text: s.text, line: s.line})),
  );
  return [...blocks, ...inline];
}

const prosePlaces = (record: AnyRecord): Place[] => [
  ...(['title', 'description'] as const).flatMap((f) =>
    typeof record.data[f] === 'string' ? [{text: record.data[f] as string, line: record.fieldLines[f] ?? 1}] : [],
  ),
  ...record.prose.flatMap(sentences),
];

/** One error per place a rule's pattern matches, in place order. */
function matchErrors(
  record: AnyRecord,
  places: Place[],
  field: string,
  r: {rule: RuleId; pattern: RegExp; fix: string},
  expected: string,
): ContentError[] {
  return places.flatMap((p) => {
    const m = r.pattern.exec(p.text);
    if (!m) return [];
    const message = `expected ${expected}, found "${m[0]}"`;
    return [contentError({file: record.file, line: p.line, field, rule: r.rule, message, fix: r.fix})];
  });
}

function lineRuleErrors(record: AnyRecord): ContentError[] {
  const places = {code: codePlaces(record), prose: prosePlaces(record)};
  return LINE_RULES.flatMap((r) =>
    r.in.flatMap((where) => matchErrors(record, places[where], where === 'code' ? '(code)' : '(body)', r, r.expected)),
  );
}

/** Team policy examples: the org baseline already denies curl-to-shell for everyone, so a team cannot switch it off. */
function teamPolicyErrors(record: AnyRecord): ContentError[] {
  return record.codeBlocks
    .filter((b) => (b.lang === 'yaml' || b.lang === 'yml') && /^team:/m.test(b.value) && /^tools:/m.test(b.value))
    .flatMap((b) => {
      const i = b.value.split('\n').findIndex((l) => /curl-to-shell/.test(l));
      if (i < 0) return [];
      return [
        contentError({
          file: record.file,
          line: b.line + 1 + i,
          field: '(team policy example) tools.deny',
          rule: 'consistency/curl-to-shell-baseline',
          message:
            'expected a tool rule the org baseline permits, found curl-to-shell (the baseline denies it for everyone)',
          fix: 'use a rule such as package-publish; see docs/tool-packs/team-policy.mdx#tools',
        }),
      ];
    });
}

/** pip installs offline only from a wheelhouse built in advance; its HTTP cache is not one. */
function wheelhouseErrors(record: AnyRecord): ContentError[] {
  const lines = record.codeBlocks.flatMap((b) => b.value.split('\n').map((text, i) => ({text, line: b.line + 1 + i})));
  const built = lines.some((l) => /\bpip3?\s+(?:download|wheel)\b/.test(l.text));
  return lines
    .filter((l) => /\bpip3?\b.*--find-links/.test(l.text))
    .filter((l) => !built || /--find-links[=\s]+\S*(?:\.cache\/pip|pip cache dir)/.test(l.text))
    .map((l) =>
      contentError({
        file: record.file,
        line: l.line,
        field: '(code)',
        rule: 'consistency/pip-wheelhouse',
        message:
          'expected --find-links to name a wheelhouse built with pip download or pip wheel on this page, ' +
          `found "${l.text.trim()}"`,
        fix: 'build the wheelhouse first (pip download -d DIR -r requirements.txt) and point --find-links at DIR',
      }),
    );
}

/**
 * Rules that read a sentence together with its inline code, because the fact they guard lives in a command or a
 * path: `#aibox-champions`, `~/.bashrc`. Each names the contradiction it refuses.
 */
interface SentenceRule {
  rule: RuleId;
  pattern: RegExp;
  expected: string;
  fix: string;
}

/** Home-directory files of the sandbox outside the cache volume: the image writes them afresh at each start. */
const SANDBOX_DOTFILE = String.raw`(?:~\/|\bhome\S*\s+)?\.(?:bashrc|bash_profile|profile|bazelrc|gitconfig|inputrc|zshrc)\b`;
const KEEP_VERB = String.raw`\b(?:add|append|put|write|set|keep|store|save)\b`;

export const SENTENCE_RULES: SentenceRule[] = [
  {
    rule: 'consistency/cli-update-path',
    pattern:
      /(?<!\b(?:never|not|rather than) )\b(?:replac|overwrit)\w*\b[^.;]*\/usr\/bin\/aibox\b|\/usr\/bin\/aibox\b[^.;]*\b(?:replac|overwrit)\w*/i,
    expected: 'the CLI updated as :fact[cli-update-path]',
    fix: 'say that aibox update upgrades the aibox package with apt-get; see docs/reference/cli.md#aibox-update',
  },
  {
    rule: 'consistency/escalation-channel',
    pattern:
      /\b(?:escalat\w*|reach(?:es)? the platform team|Tier 2)\b[^.;]*?\b(?:in|to|through|via)\s+#aibox-champions\b|#aibox-champions\b[^.;]*\bfor escalations?\b/i,
    expected: 'escalations in #aibox-help, from champions and developers alike (:fact[escalation-route])',
    fix: 'send the escalation to #aibox-help; see docs/support/support-tiers.md#tier-2-platform-team',
  },
  {
    rule: 'consistency/sandbox-home-persistence',
    pattern: new RegExp(
      [
        String.raw`${KEEP_VERB}[^.;]*${SANDBOX_DOTFILE}[^.;]*\b(?:in the sandbox|sandbox home|sandbox's home)\b`,
        String.raw`${KEEP_VERB}[^.;]*\b(?:in the sandbox|sandbox home|sandbox's home)\b[^.;]*${SANDBOX_DOTFILE}`,
        String.raw`\b(?:sandbox's\s+)?home directory\b[^.;]*\b(?:persists|survives|is kept)\b`,
      ].join('|'),
      'i',
    ),
    expected: 'settings kept where they survive aibox stop (:fact[sandbox-persistence])',
    fix: 'put the setting in the project (/workspace), under a path of the cache volume, or in the env of a tool pack; see docs/reference/cli.md#aibox-stop',
  },
];

/** Sentences with their inline code as written, so a rule can read `~/.bashrc` where it stands. */
function sentencesWithCode(record: AnyRecord) {
  return record.prose.flatMap((p) => sentences({segments: p.segments.map((s) => ({text: s.text, line: s.line}))}));
}

function sentenceRuleErrors(record: AnyRecord): ContentError[] {
  const all = sentencesWithCode(record);
  return SENTENCE_RULES.flatMap((r) => matchErrors(record, all, '(body)', r, expandFacts(r.expected)));
}

export function checkConsistency(record: AnyRecord): ContentError[] {
  return [
    ...lineRuleErrors(record),
    ...sentenceRuleErrors(record),
    ...teamPolicyErrors(record),
    ...wheelhouseErrors(record),
  ];
}
