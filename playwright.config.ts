import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/chromium.mjs';
import { fixtureSite } from './scripts/fixture-site.mjs';
import { adminToken } from './tests/e2e/feedback-helpers.ts';

// HELP_TEST_PORT lets several checkouts run their browser tests side by side; the fixture site is
// served 100 ports above it.
const port = Number(process.env.HELP_TEST_PORT ?? 4329);
const fixturePort = port + 100;
const browser = await findChromium();
// One fresh feedback database per run and site (set once here; the workers inherit it).
process.env.HELP_E2E_FEEDBACK_DIR ??= mkdtempSync(join(tmpdir(), 'help-e2e-feedback-'));

/**
 * Serves an already-built site exactly as `npm start` does (the test script builds first): the site
 * and the feedback service, with a fresh database for every run.
 */
const server = (at: number, dist: string) => ({
  command: 'node src/server/main.ts',
  env: {
    PORT: String(at),
    FEEDBACK_DIST: dist,
    FEEDBACK_DATA_DIR: join(process.env.HELP_E2E_FEEDBACK_DIR!, String(at)),
    FEEDBACK_ADMIN_TOKEN: adminToken,
    FEEDBACK_RATE_LIMIT: '100000',
  },
  url: `http://localhost:${at}/`,
  // Never reuse a server already on the port: it may be serving another checkout's site.
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Generous limits: these are correctness tests, never timing checks, and shared 2-core machines
  // (CI included) can run an axe scan of a long page many times slower than a desktop does.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    // A click on something that is not there fails in 30 s rather than at the end of the test's time.
    actionTimeout: 30_000,
    launchOptions: {
      executablePath: browser.executablePath,
      args: browser.args,
      ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
    },
  },
  projects: [
    // Behaviour, against the fixture content in tests/fixtures/site/: editing a real article cannot break these.
    { name: 'journeys', testDir: './tests/e2e/journeys', use: { baseURL: `http://localhost:${fixturePort}` } },
    // The real site: every page type, links, axe, search and feedback over the real articles.
    { name: 'smoke', testDir: './tests/e2e', testIgnore: 'journeys/**', use: { baseURL: `http://localhost:${port}` } },
  ],
  webServer: [server(port, 'dist'), server(fixturePort, fixtureSite.outDir)],
});
