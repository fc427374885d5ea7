import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/chromium.mjs';
import { adminToken } from './tests/e2e/feedback-helpers.ts';

// HELP_TEST_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.HELP_TEST_PORT ?? 4329);
const browser = await findChromium();
// One fresh feedback database per run (set once here; the workers inherit it).
process.env.HELP_E2E_FEEDBACK_DIR ??= mkdtempSync(join(tmpdir(), 'help-e2e-feedback-'));

export default defineConfig({
  testDir: './tests/e2e',
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
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser.executablePath,
      args: browser.args,
      ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Serves the already-built dist/ exactly as `npm start` does (the test script builds first):
    // the site and the feedback service, with a fresh database for every run.
    command: 'node src/server/main.ts',
    env: {
      PORT: String(port),
      FEEDBACK_DATA_DIR: process.env.HELP_E2E_FEEDBACK_DIR,
      FEEDBACK_ADMIN_TOKEN: adminToken,
      FEEDBACK_RATE_LIMIT: '100000',
    },
    url: `http://localhost:${port}/`,
    // Never reuse a server already on the port: it may be serving another checkout's dist/.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
