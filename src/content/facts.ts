import * as z from 'zod';

/**
 * The figures that recur across pages, each written once with where it comes from. Pages insert one with
 * `:fact[name]`; the remark plugin and `expandFacts` turn that into the value as plain text.
 */
export const factSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case name like "git-token-ttl"'),
  /** Plain text, as it reads in a sentence: no Markdown, no directives. */
  value: z
    .string()
    .min(1)
    .refine((v) => !/[`*_[\]<>]|:fact/.test(v), 'expected plain text without Markdown'),
  /** The plan section or the owning team that decides the figure. */
  source: z.string().min(3),
});
export type Fact = z.infer<typeof factSchema>;

const PLAN = 'Phase 6 plan';
const f = (name: string, value: string, source: string): Fact => ({name, value, source});

const FACT_LIST: Fact[] = [
  // Credential TTLs
  f('git-token-ttl', '4 hours', `${PLAN}, Work Stream 8 (Vault failure: TTL grace period)`),
  f('llm-api-key-ttl', '8 hours', `${PLAN}, Work Stream 8 (Vault failure: TTL grace period)`),
  f('mirror-token-ttl', '8 hours', `${PLAN}, Work Stream 8 (Vault failure: TTL grace period)`),
  // Start SLAs
  f('cold-start-sla', '90 seconds', `${PLAN}, Work Stream 2 and Early Adopter exit criteria (p95)`),
  f('warm-start-sla', '15 seconds', `${PLAN}, Risks R1`),
  // Support tiers
  f('tier-0-share', '70%', `${PLAN}, Work Stream 6 (Tier 0 target)`),
  f('tier-1-share', '20%', `${PLAN}, Work Stream 6 (Tier 1 target)`),
  f('tier-2-share', '9%', `${PLAN}, Work Stream 6 (Tier 2 target)`),
  f('tier-3-share', '1%', `${PLAN}, Work Stream 6 (Tier 3 target)`),
  f('tier-2-acknowledge', '4 hours', `${PLAN}, Work Stream 6 (Tier 2 SLA, business hours)`),
  f('tier-2-resolve', '1 business day', `${PLAN}, Work Stream 6 (Tier 2 SLA)`),
  f('critical-update-deadline', '24 hours', `${PLAN}, Work Stream 7 (critical CVE response)`),
  f('champion-time', '1 to 2 hours a week', `${PLAN}, Work Stream 3 and Risks R4`),
  f('champions-sync', 'monthly', `${PLAN}, Work Stream 3 (champions sync meeting)`),
  // What survives aibox stop: the sandbox container is created afresh from the image at every start
  f(
    'sandbox-persistence',
    'your project at /workspace and the cache volume of the project; everything else in the sandbox, the rest of the home directory included, is created afresh from the image at every aibox start',
    'platform-team (aibox CLI 2.4, aibox start and aibox stop)',
  ),
  f(
    'cache-volume-paths',
    '~/.cache, ~/.m2/repository, ~/.gradle, ~/.npm, ~/.vscode-server and ~/.config/JetBrains',
    'platform-team (aibox CLI 2.4: the mounts of the cache volume)',
  ),
  // Support channels: Work Stream 3 (champions channel) and Work Stream 6 (Tier 2 channel)
  f('support-channel', '#aibox-help', `${PLAN}, Work Stream 6 (Tier 2: dedicated Slack channel)`),
  f(
    'champions-channel',
    '#aibox-champions',
    `${PLAN}, Work Stream 3 (champions channel with direct platform team access)`,
  ),
  f(
    'escalation-route',
    'every escalation to the platform team, from a champion or a developer, is a new thread in #aibox-help, where the Tier 2 response times apply; #aibox-champions carries early warnings, announcements, test rounds and champion feedback, never tickets',
    `${PLAN}, Work Stream 3 and Work Stream 6; platform-team (support tiers)`,
  ),
  f(
    'office-hours',
    'three times a week: Monday 08:00-09:00, Wednesday 12:00-13:00 and Thursday 15:30-16:30 UTC',
    `${PLAN}, Work Stream 5 (migration office hours, 3x/week during general rollout); platform-team schedule`,
  ),
  f('office-hours-cadence', 'three times a week', `${PLAN}, Work Stream 5 (migration office hours, 3x/week)`),
  // Machines
  f(
    'minimum-machine',
    '16 GB RAM, an SSD and 8 or more CPU cores, counted as logical processors the way the operating system reports them',
    `${PLAN}, Open questions 8 (minimum spec: 16GB RAM, SSD, 8+ cores); aibox doctor reads the logical processor count`,
  ),
  f('minimum-ram', '16 GB', `${PLAN}, Open questions 8 (minimum spec)`),
  f(
    'minimum-cores',
    '8 or more CPU cores',
    `${PLAN}, Open questions 8 (minimum spec); counted as logical processors, as aibox doctor and the OS report them`,
  ),
  f('wsl-memory', '12 GB', 'platform-team (aibox setup and aibox doctor check memory=12GB in .wslconfig)'),
  f(
    'wsl-dns-tunneling',
    'on by default in current WSL versions; an older WSL lacks it, and a dnsTunneling=false line in .wslconfig turns it off',
    'Microsoft WSL settings (.wslconfig, wsl2 section: dnsTunneling defaults to true)',
  ),
  // Paths of the CLI: how it updates itself and how it reaches Vault
  f(
    'cli-update-path',
    'the aibox package from the aibox-apt repository on Nexus, upgraded with apt-get',
    'platform-team (aibox CLI 2.4: aibox update upgrades the package, never overwrites the binary)',
  ),
  f(
    'release-track',
    'champions for the members of the SSO group aibox-champions, stable for everyone else; the CLI reads the group from your Harbor sign-in',
    'platform-team (aibox CLI 2.4: the release track of aibox update and aibox start)',
  ),
  f(
    'vault-path',
    'the aibox CLI on your machine reaches Vault directly, not through the egress proxy; the sandbox never talks to Vault, the CLI injects the credentials into it',
    'platform-team (architecture overview: the CLI fetches credentials at start)',
  ),
  // Stage lengths
  f('pilot-length', '4 weeks', `${PLAN}, Work Stream 1 (run pilot for 4 weeks)`),
  f('early-adopter-length', '6 weeks', `${PLAN}, Work Stream 2 (run early adopter stage for 6 weeks)`),
  f(
    'pilot-adoption',
    'about 5% (the 10 pilot developers of about 200 active developers)',
    `${PLAN}, Pilot (10 devs) of ~200 developers`,
  ),
  f(
    'early-adopter-adoption',
    'about 20 to 25% (the 10 pilot developers and the 30 to 40 early adopters, of about 200)',
    `${PLAN}, Pilot (10 devs) and Early Adopters (30-40 devs) of ~200 developers`,
  ),
  // Rollout exit criteria
  f('pilot-size', '10 developers', `${PLAN}, Pilot exit criteria`),
  f(
    'pilot-acceptance',
    '8 of 10 pilot developers rate the experience acceptable or better',
    `${PLAN}, Pilot exit criteria`,
  ),
  f('early-adopter-size', '30 to 40 developers', `${PLAN}, Early Adopter exit criteria`),
  f('early-adopter-tickets', 'fewer than 3 tickets a week', `${PLAN}, Early Adopter exit criteria`),
  f('adoption-target', 'more than 90% of active developers', `${PLAN}, General Rollout exit criteria`),
  f('fallback-limit', 'under 5% of sessions', `${PLAN}, General Rollout exit criteria`),
  f('champion-count', '15 to 20 champions, at least one per team', `${PLAN}, Work Stream 3`),
  // Ports and host names
  f('sandbox-ssh-port', '2222', 'platform-team (aibox CLI 2.4)'),
  f('egress-proxy', 'proxy.aibox.internal:3128', 'network-team'),
  f('harbor-host', 'harbor.aibox.internal', 'platform-team'),
  f('nexus-host', 'nexus.aibox.internal', 'platform-team'),
  f('vault-host', 'vault.aibox.internal', 'platform-team'),
  f('git-host', 'git.aibox.internal', 'platform-team'),
  f('harbor-dr-host', 'harbor-dr.aibox.internal', 'platform-team (DR site)'),
  // The company root CA, published on this site for machines that do not trust it yet
  f('root-ca-name', 'Example Corp Root CA', 'infra-team (company PKI)'),
  f(
    'root-ca-fingerprint',
    'FE:07:68:16:AB:50:DA:91:56:68:E0:E5:F9:71:E3:12:D4:D8:A6:ED:88:5E:C6:61:1F:15:C9:04:91:5F:78:7B',
    'infra-team (company PKI): SHA-256 of static/pki/example-corp-root-ca.crt',
  ),
  // Image tags and cadences
  f('base-image', 'harbor.aibox.internal/aibox/base', 'platform-team'),
  f('image-rebuild', 'every Sunday at 02:00 UTC', `${PLAN}, Work Stream 7 (weekly rebuild); platform-team schedule`),
  f('stable-promotion', 'Wednesday', 'platform-team (weekly image rebuild runbook)'),
  f(
    'month-tag',
    'YYYY.MM, created by the first Wednesday promotion of the month and moved by each later one',
    'platform-team',
  ),
  f(
    'tool-pack-update-start',
    'the Thursday after the first Wednesday promotion of the month',
    `${PLAN}, Work Stream 7 (monthly tool-pack updates); platform-team schedule`,
  ),
  f('harbor-gc', 'every Saturday at 03:00 UTC', `${PLAN}, Work Stream 7 (weekly GC); platform-team schedule`),
  f('compat-matrix', 'monthly', `${PLAN}, Work Stream 7 (compatibility testing)`),
  f('tabletop-cadence', 'every quarter (90 days)', `${PLAN}, Work Stream 8 (tabletop exercises)`),
];

/** Parsed at import, so a malformed registry fails every reader at once instead of rendering a bad figure. */
export const FACTS: ReadonlyMap<string, Fact> = (() => {
  const list = z.array(factSchema).parse(FACT_LIST);
  const map = new Map<string, Fact>();
  for (const fact of list) {
    if (map.has(fact.name)) throw new Error(`facts: "${fact.name}" is registered twice`);
    map.set(fact.name, fact);
  }
  return map;
})();

export const FACT_NAMES: readonly string[] = [...FACTS.keys()];

export const FACT_DIRECTIVE = 'fact';
const FACT_PATTERN = /:fact\[([^\]\n]*)\]/g;

export function factValue(name: string): string | undefined {
  return FACTS.get(name.trim())?.value;
}

/**
 * Replaces every `:fact[name]` in a Markdown or plain-text string by its value, for readers that work on
 * source text (search index, summaries). Unknown names stay as written; the content check reports them.
 */
export function expandFacts(text: string): string {
  return text.replace(FACT_PATTERN, (whole, name: string) => factValue(name) ?? whole);
}
