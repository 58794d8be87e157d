import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = `Usage: tsx scripts/ensure-browser.ts

Makes sure the Chromium that the browser tests drive is installed: CHROMIUM_PATH, or
/usr/bin/chromium by default. When it is missing and this is a Debian machine on which we
are root, installs Debian's chromium package with apt-get; otherwise says how to install it.
Never downloads a browser build of its own.

Options:
  -h, --help   show this help`;

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const browser = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(browser)) {
  console.log(`✓ browser  ${browser}`);
  process.exit(0);
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
if (!canApt) {
  console.error(
    `No Chromium at ${browser}. Install Debian's package (\`sudo apt-get install -y chromium\`) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}

console.log(`No Chromium at ${browser}: installing Debian's chromium package (apt-get update, then install)…`);
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install chromium by hand and run again.`);
    process.exit(1);
  }
}
console.log(`✓ browser  ${browser}`);
