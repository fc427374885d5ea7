// Finds the Chromium the browser tests drive. Order: $CHROMIUM_PATH, the system's Chromium
// (Debian: /usr/bin/chromium), then a browser Playwright installed itself. No download is tried.
import { existsSync } from 'node:fs';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = systemPaths.find((p) => existsSync(p));
  if (system) return system;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the message below.
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu, as root: ' +
      '`apt-get update && apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
