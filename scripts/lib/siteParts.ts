/**
 * What a throwaway copy of the site links (code and configuration) and what it copies (content, which a test may
 * break). No import.meta here, so Playwright's loader can read it as well as tsx.
 */
export const SITE_CODE = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'sidebarsRunbooks.ts',
  'package.json',
  'tsconfig.json',
  'node_modules',
  'src',
  'static',
  'scripts',
] as const;
export const SITE_CONTENT = ['docs', 'runbooks', 'monitoring', 'error-codes.lock.json'] as const;
