// @ts-check
// `npm run lighthouse`: Lighthouse (mobile, simulated slow 4G and a slow CPU) on the built dist/, with
// the same Chromium as the browser tests. Lighthouse is not a dependency of the project: npx fetches
// it from the npm registry on first use (nothing else is downloaded; the browser is ours).
//   npm run lighthouse                 home, flagship, a troubleshooter step, /allowlist/, /practice/directory/
//   npm run lighthouse -- /search/     only the paths given
// Prints each page's four scores and its paint and layout-shift numbers; exits 1 if a score is under 100.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const lighthouse = 'lighthouse@13.5.0';
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const pages = paths.length ? paths : ['/', '/articles/why-cant-i-receive-email/', '/troubleshoot/not-receiving-email/check-setting/', '/allowlist/', '/practice/directory/'];

const { base, close } = await serveDist(join(import.meta.dirname, '..', 'dist'));
const browser = await findChromium();
const run = promisify(execFile);
let below = false;
try {
  for (const path of pages) {
    const { stdout } = await run(
      'npx',
      ['--yes', lighthouse, base + path, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new ${browser.args.join(' ')}`],
      { env: { ...process.env, ...browser.env, CHROME_PATH: browser.executablePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const { categories, audits } = JSON.parse(stdout);
    /** @type {{ title: string, score: number }[]} */
    const all = Object.values(categories);
    const scores = all.map((c) => `${c.title} ${Math.round(c.score * 100)}`);
    if (all.some((c) => c.score < 1)) below = true;
    /** @param {string} id */
    const metric = (id) => `${audits[id].title.replace(/ Paint| Time/g, '')} ${audits[id].displayValue}`;
    console.log(`${path}\n  ${scores.join(' · ')}\n  ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(metric).join(' · ')}`);
  }
} finally {
  close();
}
process.exit(below ? 1 : 0);
