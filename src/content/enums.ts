/**
 * The content model's enumerations and their reader-facing labels, side by side and free of zod, so React
 * components can import them without pulling the schemas into the client bundle. The schemas build on these.
 */
export const FAQ_CATEGORIES = [
  'setup',
  'startup',
  'network',
  'ide',
  'build',
  'policy',
  'credentials',
  'images-updates',
  'wsl',
  'performance',
] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

/**
 * The one name of each category wherever a reader meets it: index headings, sidebar, breadcrumbs, error index.
 * Never show the slug (the folder name) instead.
 */
export const CATEGORY_LABELS: Record<FaqCategory, string> = {
  setup: 'Setup (aibox setup)',
  startup: 'Starting the sandbox (aibox start)',
  network: 'Network and egress proxy',
  ide: 'IDE connection (VS Code, JetBrains)',
  build: 'Builds and dependencies',
  policy: 'Policy violations',
  credentials: 'Credentials (Vault)',
  'images-updates': 'Images and updates',
  wsl: 'Windows 11 + WSL2',
  performance: 'Performance',
};

/** The same names, shortened for search-result badges and lists inside a sentence. */
export const CATEGORY_SHORT_LABELS: Record<FaqCategory, string> = {
  setup: 'Setup',
  startup: 'Startup',
  network: 'Network',
  ide: 'IDE',
  build: 'Build',
  policy: 'Policy',
  credentials: 'Credentials',
  'images-updates': 'Images & updates',
  wsl: 'WSL',
  performance: 'Performance',
};

export const OSES = ['windows-wsl2', 'linux'] as const;
export type Os = (typeof OSES)[number];
/** Also the labels of the OS tabs on the pages (`<TabItem value="linux" label="Linux">`). */
export const OS_LABELS: Record<Os, string> = {'windows-wsl2': 'Windows 11 + WSL2', linux: 'Linux'};
export const IDES = ['vscode', 'jetbrains', 'any'] as const;
export type Ide = (typeof IDES)[number];
export const IDE_LABELS: Record<Ide, string> = {vscode: 'VS Code', jetbrains: 'JetBrains', any: 'any IDE'};
export const CODE_STATUSES = ['active', 'retired'] as const;

export const RESOLUTION_TIERS = {
  0: 'Tier 0: self-service',
  1: 'Tier 1: champion',
  2: 'Tier 2: platform team',
  3: 'Tier 3: escalation',
} as const;

export const RUNBOOK_KINDS = ['disaster-recovery', 'day-2'] as const;
export type RunbookKind = (typeof RUNBOOK_KINDS)[number];
/** Sidebar, runbooks table, search badges and the binder's parts all use these. */
export const RUNBOOK_KIND_LABELS: Record<RunbookKind, string> = {
  'disaster-recovery': 'Disaster recovery',
  'day-2': 'Day-2 operations',
};

export const SEVERITIES = ['sev1', 'sev2', 'sev3'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Infima badge colour of each severity on summary cards and tables. */
export const SEVERITY_BADGES: Record<Severity, 'danger' | 'warning' | 'secondary'> = {
  sev1: 'danger',
  sev2: 'warning',
  sev3: 'secondary',
};

export const ALERT_SEVERITIES = ['page', 'ticket'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
/** Infima badge colour of each alert severity in the alert catalogue: a page wakes someone, a ticket waits. */
export const ALERT_SEVERITY_BADGES: Record<AlertSeverity, 'danger' | 'secondary'> = {
  page: 'danger',
  ticket: 'secondary',
};

export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'on-demand'] as const;

/**
 * Where a command runs, as the visible title of its code block (`title="Ubuntu (WSL)"`). Readers copy commands
 * from a phone or paper without the prose around them, so the title is the only place sure to be read.
 */
export const WHERE_TO_RUN = [
  'PowerShell as administrator',
  'PowerShell',
  'Ubuntu (WSL)',
  'Linux terminal',
  // The same command on both systems: the Linux side of the machine, or where the IDE and its SSH client run.
  'Ubuntu (WSL) or Linux terminal',
  'PowerShell or Linux terminal',
  'Sandbox terminal',
] as const;
export type WhereToRun = (typeof WHERE_TO_RUN)[number];
