/**
 * What a starting server does before its first request: make sure there is a session secret, open the
 * database (taking the data folder's lock), apply migrations, load the framework and demo accounts if they
 * are missing (and, on a new database with the demo accounts, the demonstration dataset), start the report reminders,
 * the recovery of IATI dry runs left reading and the webhooks' sender, and, if a mail server is configured, mailing notices, and say where and how to sign in.
 */
import { getEngine } from "@/db";
import { recordPeerAddresses } from "@/lib/auth/peer-address";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";
import { demoAccounts, demoPassword, seedDatabase } from "@/lib/seed/seed-database";
import { describeDemoSummary } from "@/lib/seed/demo/demo-dataset";
import { loadDemoDatasetIfWanted } from "@/lib/seed/demo/load-on-start";
import { ensureSessionSecret } from "./auth/session-secret";
import { dataDir, demoAccountsEnabled, readEnv, testSupportEnabled } from "./env";
import { configuredMailer } from "./mail/mailer";
import { ensureMaintenanceKey, recordServerAddress } from "./maintenance-key";
import { startNotificationMails } from "./notifications/mail-notifications";
import { reachableAddresses, takePublicUrl } from "./public-url";
import { startReportReminders } from "./rounds/reminders/start-report-reminders";
import { startIatiImportRecovery } from "./iati/import/start-iati-recovery";
import { startWebhookSender } from "./webhooks/start-webhook-sender";

export async function startServer(): Promise<void> {
  const env = readEnv();
  // Before the first request: Next.js gives route handlers no socket address, so the server records it.
  recordPeerAddresses(parseTrustedProxies(env.SOCLE_TRUSTED_PROXIES));
  ensureSessionSecret(env);
  ensureMaintenanceKey(env);
  const linksTo = takePublicUrl(env);

  const engine = await getEngine();
  // Only once the data folder is ours: a second server refused its lock must not redirect db:backup to itself.
  // Next.js has set PORT to the port it listens on by now, whether from -p or the environment.
  recordServerAddress(env, `http://127.0.0.1:${env.PORT}`);
  await engine.migrate();
  const withDemo = demoAccountsEnabled(env);
  await seedDatabase(engine.db, { demoAccounts: withDemo });
  const demoStarted = performance.now();
  const demoDataset = await loadDemoDatasetIfWanted(engine.db, env);
  const demoSeconds = ((performance.now() - demoStarted) / 1000).toFixed(1);
  const mailer = configuredMailer(env);
  if (mailer) startNotificationMails(engine.db, mailer, linksTo, { intervalSeconds: env.SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS });
  // After the seed and the demo dataset: the demo's past rounds record their reminders, so none goes out for them.
  startReportReminders(engine.db, { intervalSeconds: env.SOCLE_REMINDER_INTERVAL_SECONDS });
  // IATI dry runs a stopped process left reading are read again (decision 2130).
  startIatiImportRecovery(engine.db);
  // Webhook deliveries due, and those left by a stopped process (decision 2210).
  startWebhookSender(engine.db, { intervalSeconds: env.SOCLE_WEBHOOK_INTERVAL_SECONDS });

  if (engine.kind === "postgres" && !env.NEXTAUTH_SECRET) {
    // The generated secret lives in this instance's data folder: another machine would make its own, and sessions,
    // sealed second factors and pending sign-ins made by one instance would not open on the other (docs/scaling.md).
    console.warn(`Socle: NEXTAUTH_SECRET is not set, so the session secret was generated in ${dataDir(env)}: every instance on this database must share it. Set the same NEXTAUTH_SECRET on each (docs/scaling.md).`);
  }
  if (testSupportEnabled(env)) console.warn("Socle: SOCLE_TEST_SUPPORT=1 — test-only routes are open. Never on a real installation.");
  const where = engine.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.SOCLE_DATA_DIR}`;
  console.log(`Socle: database ready on ${where}; migrations applied.`);
  console.log(`Socle: open ${reachableAddresses(env.PORT).join(" or ")}; mails link to ${linksTo}.`);
  if (withDemo) {
    console.log(`Socle: demo accounts (password "${demoPassword}"):`);
    for (const account of demoAccounts) console.log(`  ${account.email.padEnd(26)} ${account.role}${account.countryCode ? ` ${account.countryCode}` : ""}${account.agencyAcronym ? ` ${account.agencyAcronym}` : ""}`);
  }
  if (demoDataset) {
    console.log(`Socle: demonstration dataset loaded in ${demoSeconds} s (${describeDemoSummary(demoDataset)}); every page says so.`);
    console.log("Socle: set SOCLE_DEMO_ACCOUNTS=false on a real installation; npm run db:seed -- --demo makes the dataset again.");
  }
}

/** A server that cannot open its database would answer every request with a 500: stop instead, and say why. */
export async function startServerOrExit(): Promise<void> {
  try {
    await startServer();
  } catch (error) {
    const firstLine = (value: unknown) => (value instanceof Error ? value.message : String(value)).split("\n")[0];
    console.error(`Socle could not start: ${firstLine(error)}`);
    if (error instanceof Error && error.cause) console.error(`  because: ${firstLine(error.cause)}`);
    process.exit(1);
  }
}
