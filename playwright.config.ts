import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// HELP_TEST_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.HELP_TEST_PORT ?? 4329);
const browser = await findChromium();

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
    // Serves the already-built dist/ exactly as `npm start` does (the test script builds first).
    command: `astro preview --port ${port} --host localhost --ignore-lock`,
    url: `http://localhost:${port}/`,
    // Never reuse a server already on the port: it may be serving another checkout's dist/.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
