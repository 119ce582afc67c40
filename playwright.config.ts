import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

/** Browser settings for every project. Playwright cannot download its browsers on these machines: Debian's Chromium. */
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

/** Specs that judge a request by a fingerprint of every table, or fill the PDF queue: nothing else may run beside them. */
const alone = /(authorization|malformed-input|hostile-text|request-cost|pdf-queue)\.spec\.ts$/;
/** The walk with the demonstration dataset loaded: last, since every other spec expects the empty start (decision 2320). */
const withDemoDataset = /demo-dataset\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // Two specs at a time against the one server, then the specs that need the database to themselves.
  projects: [
    // The axe and keyboard walks (@a11y) check pages, which do not depend on the engine: on PGlite only. Set here,
    // not on the command line, because a command-line filter does not reach the project "alone" depends on.
    { name: "chromium", use: chromium, testIgnore: [alone, withDemoDataset], grepInvert: process.env.DATABASE_URL ? /@a11y/ : undefined },
    { name: "alone", use: chromium, testMatch: alone, workers: 1, dependencies: ["chromium"] },
    // Pages, not the engine: on PGlite only, like the axe walk. `--project=demo --no-deps` runs it by itself.
    { name: "demo", use: chromium, testMatch: withDemoDataset, workers: 1, dependencies: ["alone"], grep: process.env.DATABASE_URL ? /$^/ : undefined },
  ],
  webServer: {
    // A fresh embedded database each run (with DATABASE_URL set, the caller provides a fresh database).
    command: `rm -rf e2e/.data && exec npx next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
    env: {
      SOCLE_DATA_DIR: "e2e/.data",
      NEXTAUTH_URL: baseURL,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      SOCLE_TEST_SUPPORT: "1",
      // The demo accounts sign in, but the suite starts from an empty database; the "demo" project loads the dataset.
      SOCLE_DEMO_DATASET: "false",
    },
  },
});
