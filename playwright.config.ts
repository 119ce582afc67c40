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
 * Specs that judge a request by a fingerprint of every table, or fill the PDF queue: nothing else may run beside them,
 * so they have a server and a database of their own (below), one spec at a time. The gaps view's spec writes to
 * Mozambique's matrix, which e2e/assessment.spec.ts endorses, so it too runs there; so does the costing's, which
 * endorses recommendations of its own in a matrix. The IATI import adds a country the file names (the Dominican
 * Republic), which the specs that count the countries must not meet. The coordinators' second-factor rule, while its
 * spec has it on, holds every coordinator who signs in without one.
 */
const alone = /(authorization|malformed-input|hostile-text|request-cost|pdf-queue|assessment-gaps|costing|iati-import|two-factor-rule)\.spec\.ts$/;
/** The walk with the demonstration dataset loaded, on a server of its own: every other spec expects the empty start (decision 2320). */
const withDemoDataset = /demo-dataset\.spec\.ts$/;
/**
 * Specs about the pages themselves, which the engine under them cannot change: the shell and its menu, keyboard
 * use, languages, headers and CSRF, addresses and redirects, forms without JavaScript, the build's output, the PDF
 * queue's bounds (a queue in the server's memory; the reports it prints are the reports specs', on both engines), the
 * server's output once nothing reads it. With DATABASE_URL set (the PostgreSQL pass of .ci/run) they are left to the
 * PGlite pass, like the axe walks (@a11y) and the other specs' axe checks (decision 2700); what the engine does is
 * every other spec's, and the integration suite's on both engines.
 */
const aboutPagesOnly = /(app-shell|keyboard|languages|security|addresses|redirects|no-javascript|build-output|pdf-queue|test-isolation|server-output)\.spec\.ts$/;
const onPostgres = Boolean(process.env.DATABASE_URL);

/**
 * Three servers of the one build, each on a database of its own (decision 2420): the specs that run two at a time,
 * the specs that need a database to themselves, and the demonstration walk. None waits for another, so the one-at-a-
 * time specs and the walk fill the second worker while the others run, instead of running after them on one.
 */
const servers = {
  shared: { port, dataDir: "e2e/.data" },
  alone: { port: port + 1, dataDir: "e2e/.data-alone" },
  demo: { port: port + 2, dataDir: "e2e/.data-demo" },
};
const urlOf = (server: keyof typeof servers) => `http://localhost:${servers[server].port}`;
/** On a PostgreSQL run: the database the caller gave, and beside it one per other server, made afresh here. */
function databaseOf(server: keyof typeof servers): string | undefined {
  if (!process.env.DATABASE_URL) return undefined;
  if (server === "shared") return process.env.DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `${url.pathname}_${server}`;
  return url.toString();
}

/** The app servers this run starts: the "demo" one on PGlite only. */
const appServers = onPostgres ? (["shared", "alone"] as const) : (["shared", "alone", "demo"] as const);

export default defineConfig({
  testDir: "./e2e",
  // Waits for every app server's database (e2e/servers-ready.ts): the web servers below are waited for until they listen.
  globalSetup: "./e2e/servers-ready.ts",
  metadata: { serverUrls: appServers.map(urlOf) },
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
    // Socle's service worker (decision 0701) sees every request of a page it controls; the specs of offline reading and
    // of the worker itself allow it (`test.use({ serviceWorkers: "allow" })`), the others do without its work.
    serviceWorkers: "block",
    // Each worker keeps one tab from test to test, emptied between them by Playwright (decision 2690): a fresh context
    // cost 0.7 s of Chromium's CPU before its first page, on a machine with two cores. Specs that open more people
    // (`browser.newContext()`) still get fresh contexts; e2e/test-isolation.spec.ts checks what the emptying covers.
    reuseContext: true,
  },
  // The projects share two workers, none waiting for another. Playwright hands a free worker the first spec in this
  // order whose project has a worker to spare: the one-at-a-time specs first, so that their chain (the longest, one
  // worker all along) starts at once, then the demonstration walk, then the many short specs, which fill the end.
  projects: [
    { name: "alone", use: { ...chromium, baseURL: urlOf("alone") }, testMatch: alone, testIgnore: onPostgres ? aboutPagesOnly : [], workers: 1 },
    // Pages, not the engine: on PGlite only, like the axe walk. `--project=demo` runs it by itself.
    ...(onPostgres ? [] : [{ name: "demo", use: { ...chromium, baseURL: urlOf("demo") }, testMatch: withDemoDataset }]),
    // The walks (@a11y) and the specs about pages only run on PGlite. Set here, not on the command line, so that every
    // way of running the suite leaves them out alike.
    {
      name: "chromium",
      use: { ...chromium, baseURL: urlOf("shared") },
      testIgnore: onPostgres ? [alone, withDemoDataset, aboutPagesOnly] : [alone, withDemoDataset],
      grepInvert: onPostgres ? /@a11y/ : undefined,
    },
  ],
  // The app servers first: their databases are made while the rest starts.
  webServer: [
    ...appServers.map(appServer),
    {
      command: "exec npx tsx e2e/oidc-provider.ts",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { ...oidc, E2E_OIDC_PORT: String(oidcPort), E2E_SOCLE_ORIGINS: `${baseURL},http://127.0.0.1:${port}` },
    },
  ],
});

/** One of the suite's app servers: the built app on its port, from an empty database made fresh for the run. */
function appServer(server: keyof typeof servers) {
  const { port, dataDir } = servers[server];
  const databaseUrl = databaseOf(server);
  const fresh = databaseUrl ? (server === "shared" ? "" : `npx tsx e2e/fresh-database.ts '${databaseUrl}' && `) : `rm -rf ${dataDir} && `;
  return {
    // With DATABASE_URL set, the caller provides the shared server's fresh database; the others are made here.
    command: `${fresh}exec node server.mjs -p ${port}`,
    // Listening is enough to start the next one: Playwright starts its web servers in turn, and each then makes its
    // database (migrations, seed) beside the others'. The global set-up waits until each answers its health check.
    port,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5000 },
    env: {
      SOCLE_DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      NEXTAUTH_URL: urlOf(server),
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
  };
}
