// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import workspaceImports from './scripts/lint/workspace-imports.js';

export default tseslint.config(
  // .cache holds bundles npm run generate writes (and the release's drift gate runs it).
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/generated/**',
      '.tmp/**',
      '.cache/**',
      // Deliberate violations, linted by test/lint/boundaries.test.ts.
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Package boundaries: a package is reached only through the entries its package.json declares,
  // by a package that declares it as a dependency; no runtime import cycles (type-only imports
  // are erased, so they cannot form one).
  {
    plugins: {
      'import-x': importX,
      platform: { rules: { 'workspace-imports': workspaceImports } },
    },
    settings: {
      'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-relative-packages': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'platform/workspace-imports': 'error',
    },
  },
  // Partner projects the install tests copy out and install the packed SDK into: they depend on
  // the published package, not on the workspace, so the workspace rule does not apply.
  {
    files: ['test/install/fixtures/setups/**'],
    rules: { 'platform/workspace-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
