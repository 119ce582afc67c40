import { defineConfig, devices } from "@playwright/test";
import { testBrowser } from "./e2e/browsers.mjs";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
/** The OpenID Connect provider single sign-on is tested with (e2e/oidc-provider.ts), and Socle's client there. */
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3219);
const oidc = { SOCLE_OIDC_CLIENT_ID: "socle-e2e", SOCLE_OIDC_CLIENT_SECRET: "socle-e2e-secret" };

/** Browser settings for every project: Debian's headless Chromium (e2e/browsers.mjs says why). */
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: testBrowser,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

/**
 * Specs that judge a request by a fingerprint of every table, or fill the PDF queue: nothing else may run beside them.
 * The gaps view's spec writes to the matrix e2e/assessment.spec.ts endorses, so it too runs here, after that journey;
 * so does the costing's, which endorses recommendations of its own in that matrix. The IATI import adds a country the
 * file names (the Dominican Republic), which the specs that count the countries must not meet. The coordinators'
 * second-factor rule, while its spec has it on, holds every coordinator who signs in without one.
 */
const alone = /(authorization|malformed-input|hostile-text|request-cost|pdf-queue|assessment-gaps|costing|iati-import|two-factor-rule)\.spec\.ts$/;
/** The walk with the demonstration dataset loaded: last, since every other spec expects the empty start (decision 2320). */
const loadDemoDataset = /demo-dataset\.setup\.ts$/;
const withDemoDataset = /demo-dataset\.spec\.ts$/;
/**
 * Specs about the pages themselves, which the engine under them cannot change: the shell and its menu, keyboard
 * use, languages, headers and CSRF, addresses and redirects, forms without JavaScript, the build's output. With
 * DATABASE_URL set (the PostgreSQL pass of .ci/run) they are left to the PGlite pass, like the axe walks (@a11y);
 * what the engine does is every other spec's, and the integration suite's on both engines.
 */
const aboutPagesOnly = /(app-shell|keyboard|languages|security|addresses|redirects|no-javascript|build-output)\.spec\.ts$/;
const onPostgres = Boolean(process.env.DATABASE_URL);

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
    // A trace records a screencast of every test it is on: CPU the browser then takes from the server on two cores.
    // Traced on the retry of a failed test only (CI retries once); `--trace on` traces a local run.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    // A click or a page that does not come fails the test in seconds, not at its timeout (three minutes for some).
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
  },
  // Two specs at a time against the one server, then the specs that need the database to themselves.
  projects: [
    // The walks (@a11y) and the specs about pages only run on PGlite. Set here, not on the command line, because a
    // command-line filter does not reach the project "alone" depends on.
    {
      name: "chromium",
      use: chromium,
      testIgnore: onPostgres ? [alone, withDemoDataset, aboutPagesOnly] : [alone, withDemoDataset],
      grepInvert: onPostgres ? /@a11y/ : undefined,
    },
    { name: "alone", use: chromium, testMatch: alone, workers: 1, dependencies: ["chromium"] },
    // Pages, not the engine: on PGlite only, like the axe walk. The dataset is loaded once, then the walks share the
    // workers. `--project=demo-setup --project=demo --no-deps` runs them by themselves.
    { name: "demo-setup", use: chromium, testMatch: loadDemoDataset, dependencies: ["alone"], grep: onPostgres ? /$^/ : undefined },
    { name: "demo", use: chromium, testMatch: withDemoDataset, dependencies: ["demo-setup"], grep: onPostgres ? /$^/ : undefined },
  ],
  webServer: [
    {
      command: "exec npx tsx e2e/oidc-provider.ts",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { ...oidc, E2E_OIDC_PORT: String(oidcPort), E2E_SOCLE_ORIGINS: `${baseURL},http://127.0.0.1:${port}` },
    },
    {
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
        // Reminders go out within seconds of falling due (a journey waits for one), not minutes into a later spec.
        SOCLE_REMINDER_INTERVAL_SECONDS: "10",
        // The webhooks journey registers a receiver the test starts on 127.0.0.1 (decision 2210); never on a real installation.
        SOCLE_WEBHOOK_ALLOW_PRIVATE: "true",
        SOCLE_WEBHOOK_INTERVAL_SECONDS: "2",
        // Single sign-on beside the password (e2e/single-sign-on.spec.ts); a label without "Sign in", so that the
        // specs that click the password form's "Sign in" button find only that one.
        ...oidc,
        SOCLE_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        SOCLE_OIDC_BUTTON_LABEL: "Continue with Test ID",
      },
    },
  ],
});
