import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, which `scripts/ensure-system.ts` installs, or CHROMIUM_PATH. */
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Fails, saying how to install it, when there is no Chromium: a browser test never skips. */
export function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: \`pnpm test:all\` installs Debian's package when run as root ` +
        '(elsewhere `sudo apt-get update && sudo apt-get install -y chromium`), or set CHROMIUM_PATH.',
    );
  }
}

/** The browser tests' Chromium: headless, with none of its own network traffic (updates, sync, first-run pages). */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
