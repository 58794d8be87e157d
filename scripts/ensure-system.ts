import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Usage: tsx scripts/ensure-system.ts

Makes sure the system programs the tests drive are installed:
  - Chromium, for the browser tests: CHROMIUM_PATH, or /usr/bin/chromium by default;
  - redis-server, for the shared-store tests: REDIS_SERVER_PATH, or redis-server on the PATH;
  - curl, which the README's control API commands use (its test runs them): CURL_PATH, or curl on the PATH.
When one is missing and this is a Debian machine on which we are root, installs Debian's package
(chromium, redis-server, curl) with apt-get; otherwise says how to install it. Never downloads a build
of its own.

Options:
  -h, --help   show this help`;

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}

/** The program on the PATH, like `which`. */
const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((candidate) => existsSync(candidate));

const programs = [
  { label: 'browser', variable: 'CHROMIUM_PATH', path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', debian: 'chromium' },
  {
    label: 'redis',
    variable: 'REDIS_SERVER_PATH',
    path: process.env.REDIS_SERVER_PATH || onPath('redis-server') || '/usr/bin/redis-server',
    debian: 'redis-server',
  },
  { label: 'curl', variable: 'CURL_PATH', path: process.env.CURL_PATH || onPath('curl') || '/usr/bin/curl', debian: 'curl' },
];

const missing = programs.filter((program) => !existsSync(program.path));
for (const program of programs.filter((candidate) => !missing.includes(candidate))) console.log(`✓ ${program.label.padEnd(8)} ${program.path}`);
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && missing.every((program) => !process.env[program.variable]);
if (!canApt) {
  for (const program of missing) {
    console.error(
      `No ${program.debian} at ${program.path}. Install Debian's package (\`sudo apt-get install -y ${program.debian}\`) or set ${program.variable}.`,
    );
  }
  process.exit(1);
}

const packages = missing.map((program) => program.debian);
console.log(`Missing ${packages.join(', ')}: installing Debian's packages (apt-get update, then install)…`);
for (const args of [['update'], ['install', '-y', ...packages]]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install ${packages.join(' and ')} by hand and run again.`);
    process.exit(1);
  }
}
for (const program of missing) console.log(`✓ ${program.label.padEnd(8)} ${program.path}`);
