// @ts-check
// Finds the Chromium the browser tests drive. Order: $CHROMIUM_PATH, the system's Chromium, a browser
// Playwright installed itself, then the headless Chromium packaged in the npm package @sparticuz/chromium
// (Linux x64 only; unpacked once into node_modules/.cache/). Nothing is downloaded.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for every Chromium: no sandbox (tests may run as root), and no calls home (the network is closed). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Of the packaged browser's own flags, the ones kept: it is a server build without a zygote or
 * hinting. Its flags that weaken what a test can notice (`--disable-web-security`,
 * `--allow-running-insecure-content`, site isolation off, `--single-process`) are left out, and
 * Playwright sets headless mode itself.
 */
export const packagedChromiumArgs = ['--no-zygote', '--font-render-hinting=none', '--disable-domain-reliability', '--no-pings'];

/**
 * @typedef {'CHROMIUM_PATH' | 'system' | 'playwright' | 'packaged'} BrowserSource
 * @typedef {{ executablePath: string, source: BrowserSource, args: string[], env?: Record<string, string> }} Browser
 * @typedef {{ executablePath: string, env: Record<string, string> }} PackagedBrowser
 * @typedef {{
 *   env?: Record<string, string | undefined>,
 *   exists?: (path: string) => boolean,
 *   systemPaths?: string[],
 *   playwrightBrowser?: () => string | undefined | Promise<string | undefined>,
 *   packagedBrowser?: () => Promise<PackagedBrowser | undefined>,
 * }} Candidates
 */

/**
 * The browser to launch, first match wins. Every candidate can be injected, so the order is testable.
 * @param {Candidates} [candidates]
 * @returns {Promise<Browser>}
 */
export async function findChromium(candidates = {}) {
  const {
    env = process.env,
    exists = existsSync,
    systemPaths = systemChromiumPaths,
    playwrightBrowser = playwrightsOwnBrowser,
    packagedBrowser = unpackPackagedChromium,
  } = candidates;

  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH', args: chromiumArgs };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = systemPaths.find((p) => exists(p));
  if (system) return { executablePath: system, source: 'system', args: chromiumArgs };
  const own = await playwrightBrowser();
  if (own && exists(own)) return { executablePath: own, source: 'playwright', args: chromiumArgs };
  const packaged = await packagedBrowser();
  if (packaged) return { ...packaged, source: 'packaged', args: [...chromiumArgs, ...packagedChromiumArgs] };
  throw new Error(
    'No Chromium found for the browser tests. `npm ci` installs one on Linux x64 (@sparticuz/chromium); ' +
      'elsewhere install Chromium or Chrome, or set CHROMIUM_PATH to its executable.',
  );
}

/** @returns {Promise<string | undefined>} where Playwright keeps its own Chromium (it may not be there). */
async function playwrightsOwnBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Unpacks @sparticuz/chromium's brotli archives (about 20 s, once per installed version) into
 * node_modules/.cache/ rather than the temp folder the package defaults to, so users, checkouts and
 * a tmpfs /tmp never share or race over it. Unpacks into a folder of its own and renames it into
 * place, so a half-unpacked browser is never used.
 * @returns {Promise<PackagedBrowser | undefined>} undefined when the package is not installed or this is not Linux x64.
 */
export async function unpackPackagedChromium(cacheRoot = join(projectRoot, 'node_modules', '.cache', 'chromium')) {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  const dir = join(cacheRoot, `sparticuz-${version}`);
  const browser = {
    executablePath: join(dir, 'chromium'),
    // Its bundled Open Sans first, then the system's fonts where there is a fontconfig.
    env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') },
  };
  if (existsSync(browser.executablePath)) return browser;

  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const tmpdir = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging; // the package unpacks into os.tmpdir()
    const { default: Chromium } = await import('@sparticuz/chromium');
    await Chromium.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  writeFileSync(
    join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another test process unpacked the same version first: use its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(browser.executablePath)) throw error;
  }
  return browser;
}
