import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests against the started platform (`node ../scripts/start.ts`): a fresh embedded store
 * in a temp folder per run, seeded on start, with a known administrator. Debian's Chromium
 * (`apt-get install -y chromium`); Playwright's own browsers cannot be downloaded here.
 * The config is read by the runner and by every worker: the runner picks the folder and port and
 * hands them to the workers through the environment.
 */
process.env.KOBLING_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'kobling-e2e-'));
// A random high port: a second run on the same machine (CI beside a local run) does not collide.
process.env.KOBLING_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));

// The harness's SMTP server (global-setup.ts) listens here and writes what it accepts to the
// mail folder, where the tests read it (tests/support/mailbox.ts).
process.env.KOBLING_E2E_SMTP_PORT ??= String(40_000 + Math.floor(Math.random() * 20_000));
process.env.KOBLING_E2E_MAIL_DIR ??= mkdtempSync(join(tmpdir(), 'kobling-e2e-mail-'));

export const BASE_URL = `http://localhost:${process.env.KOBLING_E2E_PORT}`;
export const MAIL_DIR = process.env.KOBLING_E2E_MAIL_DIR;
export const SMTP_PORT = Number(process.env.KOBLING_E2E_SMTP_PORT);

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node ../scripts/start.ts',
    url: `${BASE_URL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: process.env.KOBLING_E2E_PORT,
      KOBLING_DATA_DIR: process.env.KOBLING_E2E_DATA_DIR,
      KOBLING_ADMIN_EMAIL: 'admin@kobling.test',
      KOBLING_ADMIN_PASSWORD: 'e2e-admin-password',
      KOBLING_ADMIN_NAME: 'E2E Administrator',
      SMTP_URL: `smtp://127.0.0.1:${process.env.KOBLING_E2E_SMTP_PORT}`,
      PUBLIC_URL: BASE_URL,
    },
  },
});
