import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './eslint/module-boundaries.mjs';

/** Visible text comes from the message catalogs (web/src/i18n), never from a component. */
const NO_LITERAL_TEXT = [
  'error',
  {
    selector: 'JSXText[value=/\\p{L}/u]',
    message: 'Visible text belongs in the message catalogs (web/src/i18n); use t().',
  },
  {
    selector:
      'JSXAttribute[name.name=/^(title|placeholder|aria-label|alt|label|tip|description|okText|cancelText|message)$/] > Literal[value=/\\p{L}/u]',
    message: 'Visible text belongs in the message catalogs (web/src/i18n); use t().',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.data/',
      'bench/results/',
      'openapi/client/schema.d.ts',
      'jest.config.js',
      'eslint.config.mjs',
      'eslint/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { local },
    rules: {
      'local/module-boundaries': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'local/module-boundaries': 'off',
      'no-restricted-syntax': NO_LITERAL_TEXT,
    },
  },
  {
    files: ['web/**/*.test.{ts,tsx}', 'web/src/test/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
