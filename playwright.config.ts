import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

// Debian's Chromium, never a browser that a tool downloads. The flags keep it off the network:
// without them it floods a closed network with background requests.
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

// With E2E_PORTAL=build (what CI does) the backend alone serves the production build of the
// frontend on :7007; otherwise `yarn start` runs the frontend dev server on :3000 beside it.
const servedByBackend = process.env.E2E_PORTAL === 'build';
const baseURL =
  process.env.PLAYWRIGHT_URL ??
  (servedByBackend ? 'http://localhost:7007' : 'http://localhost:3000');

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 30_000 },
  webServer: process.env.PLAYWRIGHT_URL
    ? []
    : [
        {
          command: servedByBackend
            ? 'yarn workspace backend start'
            : 'yarn start',
          url: `${baseURL.replace(
            ':3000',
            ':7007',
          )}/.backstage/health/v1/readiness`,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
        },
        ...(servedByBackend
          ? []
          : [{ url: baseURL, reuseExistingServer: true, timeout: 180_000 }]),
      ],
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  use: {
    baseURL,
    actionTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: generateProjects().map(project => ({ ...project, use: chromium })),
});
