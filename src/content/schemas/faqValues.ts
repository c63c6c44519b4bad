/** FAQ value lists, free of zod so the theme can import them: the schema in faq.ts is built from these. */
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
export const OSES = ['windows-wsl2', 'linux'] as const;
export const IDES = ['vscode', 'jetbrains', 'any'] as const;
export const CODE_STATUSES = ['active', 'retired'] as const;

export const RESOLUTION_TIERS = {
  0: 'Tier 0: self-service',
  1: 'Tier 1: champion',
  2: 'Tier 2: platform team',
  3: 'Tier 3: escalation',
} as const;
