// Lint for the TypeScript in src/, scripts/, tests/ and the root config files (docusaurus.config.ts and the
// rest): typescript-eslint's recommended rules, plus the project's own line limit. Formatting itself is Prettier's job (npm run lint runs both).
import js from '@eslint/js';
import {builtinModules} from 'node:module';
import tseslint from 'typescript-eslint';

// Modules of src/content that the browser bundle may import: pure data and functions, no file system. Everything
// else in src/content reads files or runs checks at build time, so pulling it into a component breaks the client
// bundle or drags the whole checker into it. A type import is erased and always allowed.
const CLIENT_SAFE_CONTENT = [
  'codePattern',
  'destructiveCommands',
  'doctorOutput',
  'enums',
  'feedback',
  'freshness',
  'generate/pageMetaKey',
  'opsRoutes',
  'painPoints',
  'rules',
];

export default tseslint.config(
  {
    ignores: [
      'build/**',
      '.build-tmp/**',
      '.docusaurus/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: {
      globals: {console: 'readonly', process: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly'},
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
    },
  },
  {
    // Long lines in src/ are split; tests keep exact expected messages on one line so they read as printed.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-len': ['error', {code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true}],
    },
  },
  {files: ['tests/**/*.ts'], rules: {'no-regex-spaces': 'off'}},
  {
    // Components, theme overrides and pages run in the browser: they may import only client-safe modules.
    files: ['src/components/**/*.{ts,tsx}', 'src/theme/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({name, message: 'Node builtins do not exist in the browser bundle.'})),
          patterns: [
            {group: ['node:*'], message: 'Node builtins do not exist in the browser bundle.'},
            {
              regex: `(^|/)src/content/(?!(${CLIENT_SAFE_CONTENT.join('|')})$)|^(\\.\\./)+content/(?!(${CLIENT_SAFE_CONTENT.join('|')})$)`,
              allowTypeImports: true,
              message: `Only client-safe content modules (${CLIENT_SAFE_CONTENT.join(', ')}) may reach the browser; add a module to CLIENT_SAFE_CONTENT in eslint.config.mjs only if it reads no files.`,
            },
            {
              regex: '(^|/)(src/)?(adapters|plugins)(/|$)|(^|/)(scripts|tests)(/|$)',
              message:
                'Build-time code (src/adapters, src/plugins, scripts/, tests/) must not reach the browser bundle.',
            },
          ],
        },
      ],
    },
  },
);
