const { readdirSync } = require('node:fs');

// One project per package (and one for scripts/), so a single `jest` run labels results by package.
const packages = readdirSync('packages', { withFileTypes: true }).filter((entry) => entry.isDirectory());

// Dependencies of msw and openapi-msw published only as ES modules: swc turns them into CommonJS for jest
// (jest on Node < 24.9 cannot require an ES module).
const esmOnly = ['rettime', 'until-async', 'openapi-msw', '@open-draft/deferred-promise'];

const project = (displayName, rootDir) => ({
  displayName,
  rootDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}], '^.+\\.m?js$': ['@swc/jest', {}] },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmOnly.join('|')})/)`],
});

/** @type {import('jest').Config} */
module.exports = {
  // The suites wait on servers and child processes much of the time: on 2 cores, three workers keep both busy
  // (measured: 234 s against 271 s with two; four thrash, 283 s).
  maxWorkers: 3,
  // The long suites first, so that no worker starts one when the rest is nearly done.
  testSequencer: '<rootDir>/jest.sequencer.js',
  // Most suites start real servers, processes or Chromium: on a loaded 2-core machine a hook can take more than jest's 5 s.
  testTimeout: 30_000,
  projects: [project('scripts', '<rootDir>/scripts'), ...packages.map((entry) => project(entry.name, `<rootDir>/packages/${entry.name}`))],
};
