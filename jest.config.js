const { readdirSync } = require('node:fs');

// One project per package (and one for scripts/), so a single `jest` run labels results by package.
const packages = readdirSync('packages', { withFileTypes: true }).filter((entry) => entry.isDirectory());

const project = (displayName, rootDir) => ({
  displayName,
  rootDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
});

/** @type {import('jest').Config} */
module.exports = {
  projects: [project('scripts', '<rootDir>/scripts'), ...packages.map((entry) => project(entry.name, `<rootDir>/packages/${entry.name}`))],
};
