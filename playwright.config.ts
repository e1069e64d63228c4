import { defineConfig, devices } from '@playwright/test';

// End-to-end tests against the release build, served from a parent folder so that the app really
// lives under its sub-path (scripts/test builds it into target/e2e-site/mdg-explorer/).
// E2E_PORT / E2E_SITE / E2E_OUT let several builds be tested side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SITE = process.env.E2E_SITE ?? 'target/e2e-site';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: process.env.E2E_OUT ?? 'target/test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/mdg-explorer/`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 768 },
    // The service worker precaches the whole app in the background; tests measure and count the
    // requests a view makes, so it is off except in the offline tests (offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium: Playwright must never download a browser of its own.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  // Timing tests run last and alone: they measure script time, which the other worker's browser
  // would share the two cores with.
  projects: [
    { name: 'chromium', testIgnore: /timing\.spec\.ts/ },
    { name: 'timing', testMatch: /timing\.spec\.ts/, dependencies: ['chromium'], fullyParallel: false },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs ${SITE} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/mdg-explorer/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
