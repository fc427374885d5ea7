// `npm run screenshots`: PNGs of every page type from the already-built dist/ (run `npm run build`
// first; this script builds nothing). Each page at 390 px (phone) and 1280 px (desktop), light and
// dark, full length, into screenshots/ (git-ignored), so a reviewer can look at the whole site at once.
//   npm run screenshots                  every page type
//   npm run screenshots -- home flagship only the pages whose name contains one of the words
//   npm run screenshots -- --readme      the README's two pictures of the flagship (first screen only) into docs/
// Uses the same Chromium as the browser tests (scripts/chromium.mjs) and serves dist/ itself on a
// free port (scripts/serve-dist.mjs), so it never clashes with another server.
/* global document, window -- used only inside page.evaluate(), which runs in the browser */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const out = join(import.meta.dirname, '..', 'screenshots');

/** One URL per page type; the name becomes the file name. */
const pages = [
  ['home', '/'],
  ['category', '/categories/email-and-notifications/'],
  ['flagship', '/articles/why-cant-i-receive-email/'],
  ['article', '/articles/send-this-user-messages-setting/'],
  ['troubleshooters', '/troubleshoot/'],
  ['troubleshooter', '/troubleshoot/not-receiving-email/'],
  ['troubleshooter-outcome', '/troubleshoot/not-receiving-email/allowlist-senders/'],
  ['troubleshooter-escalation', '/troubleshoot/not-receiving-email/contact-support/'],
  // A step reached by answering (a link support would paste): it shows the answers so far.
  ['troubleshooter-answered', '/troubleshoot/not-receiving-email/check-spam/?path=only-me,admin,via-email,right'],
  ['troubleshooter-map', '/troubleshoot/not-receiving-email/map/'],
  ['allowlist', '/allowlist/'],
  ['allowlist-system', '/allowlist/exchange-online/'],
  ['practice', '/practice/directory/'],
  ['practice-exercise', '/practice/directory/?scenario=setting-off'],
  ['search', '/search/?q=spam'],
  ['not-found', '/no-such-page/'],
];
const widths = { phone: 390, desktop: 1280 };
const schemes = ['light', 'dark'];

const { base, close } = await serveDist(dist);

const readme = process.argv.includes('--readme');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = wanted.length ? pages.filter(([name]) => wanted.some((w) => name.includes(w))) : pages;
mkdirSync(out, { recursive: true });
if (readme) mkdirSync(join(import.meta.dirname, '..', 'docs'), { recursive: true });
const browserToUse = await findChromium();
const browser = await chromium.launch({ executablePath: browserToUse.executablePath, args: browserToUse.args });
try {
  if (readme) {
    for (const [device, width] of Object.entries(widths)) {
      const page = await browser.newPage({ viewport: { width, height: device === 'phone' ? 844 : 800 }, isMobile: device === 'phone', hasTouch: device === 'phone' });
      await page.goto(`${base}/articles/why-cant-i-receive-email/`, { waitUntil: 'networkidle' });
      const target = join(import.meta.dirname, '..', 'docs', `flagship-${device}.png`);
      await page.screenshot({ path: target });
      console.log(target);
      await page.close();
    }
  }
  for (const [device, width] of readme ? [] : Object.entries(widths)) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({
        viewport: { width, height: device === 'phone' ? 844 : 800 },
        deviceScaleFactor: 1,
        colorScheme,
        isMobile: device === 'phone',
        hasTouch: device === 'phone',
      });
      for (const [name, url] of chosen) {
        const page = await context.newPage();
        await page.goto(base + url, { waitUntil: 'networkidle' });
        // Islands hydrate when visible: scroll through the page so each one renders as a reader sees it.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 40));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        const target = join(out, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: target, fullPage: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${target.slice(out.length + 1)}  ${width}×${height}`);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  close();
}
