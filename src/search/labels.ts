/** Short names of the FAQ categories for result badges and the no-results links. Client-safe (no zod). */
export const CATEGORY_LABELS: Record<string, string> = {
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
