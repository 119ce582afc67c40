/** The environment, validated once: every setting Socle reads, with its default. */
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  /** Where the embedded database, its lock and the generated session secret live. */
  SOCLE_DATA_DIR: z.string().min(1).default("./data"),
  /** When set, Socle runs on this PostgreSQL server instead of the embedded database. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Demo accounts are seeded and offered on the sign-in page unless this is "false". */
  SOCLE_DEMO_ACCOUNTS: z.enum(["true", "false"]).default("true"),
  /** With the demo accounts, a new database also gets the demonstration dataset unless this is "false" (decision 2320). */
  SOCLE_DEMO_DATASET: z.enum(["true", "false"]).default("true"),
  /** An SMTP server for invitation and password-reset mails (smtp://user:pass@host:587, smtps://…). Unset: links are shown to the coordinator. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** How often each instance mails the immediate notices not yet mailed (only with SMTP_URL); a claim in the database sends each once. */
  SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** How often each instance looks for report reminders due (decision 2020); each also looks once at start. */
  SOCLE_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  /** Webhooks (decision 2210): how often each instance looks for deliveries due (it is also woken after a change), and how long one attempt may take. */
  SOCLE_WEBHOOK_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SOCLE_WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(30).default(15),
  /** Only for tests: lets webhook endpoints be on private, loopback or link-local addresses, over plain http. */
  SOCLE_WEBHOOK_ALLOW_PRIVATE: z.enum(["true", "false"]).default("false"),
  /** The sender of Socle's mails. */
  MAIL_FROM: z.string().min(3).default("Socle <no-reply@localhost>"),
  /** PDF reports: renders at once (each Chromium takes a few hundred MB), requests waiting, seconds one render may take. */
  SOCLE_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  SOCLE_PDF_QUEUE: z.coerce.number().int().min(0).max(100).default(3),
  SOCLE_PDF_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(300).default(30),
  /**
   * Proxies in front of Socle whose X-Forwarded-For is believed, as addresses or networks separated by commas
   * ("10.0.0.5, 192.168.0.0/16"). Unset: none, and the socket's address is the client's.
   */
  SOCLE_TRUSTED_PROXIES: z.string().optional(),
  /**
   * Single sign-on through an OpenID Connect provider (decision 2220): its issuer address, this Socle's client id
   * and secret there, and the sign-in button's label. All four or none.
   */
  SOCLE_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  SOCLE_OIDC_CLIENT_ID: z.string().max(500).optional(),
  SOCLE_OIDC_CLIENT_SECRET: z.string().max(2000).optional(),
  SOCLE_OIDC_BUTTON_LABEL: z.string().max(80).optional(),
  /** Only for the browser tests: enables /api/test-support/*. Never set it on a real installation. */
  SOCLE_TEST_SUPPORT: z.enum(["0", "1"]).default("0"),
}).superRefine((env, context) => {
  const oidc = [env.SOCLE_OIDC_ISSUER, env.SOCLE_OIDC_CLIENT_ID, env.SOCLE_OIDC_CLIENT_SECRET, env.SOCLE_OIDC_BUTTON_LABEL];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    context.addIssue({ code: "custom", path: ["SOCLE_OIDC_ISSUER"], message: "set all four SOCLE_OIDC_* settings, or none" });
  }
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function dataDir(env: Env): string {
  return path.resolve(env.SOCLE_DATA_DIR);
}

export function pgliteFolder(env: Env): string {
  return path.join(dataDir(env), "pglite");
}

export function demoAccountsEnabled(env: Env = readEnv()): boolean {
  return env.SOCLE_DEMO_ACCOUNTS === "true";
}

/** The demonstration dataset comes only with the demo accounts: never on an installation that left them out. */
export function demoDatasetEnabled(env: Env = readEnv()): boolean {
  return demoAccountsEnabled(env) && env.SOCLE_DEMO_DATASET === "true";
}

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; buttonLabel: string };

/** The OpenID Connect provider people may sign in with, or null when single sign-on is not set up. */
export function oidcSettings(env: Env = readEnv()): OidcSettings | null {
  const { SOCLE_OIDC_ISSUER: issuer, SOCLE_OIDC_CLIENT_ID: clientId, SOCLE_OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret || !env.SOCLE_OIDC_BUTTON_LABEL) return null;
  return { issuer, clientId, clientSecret, buttonLabel: env.SOCLE_OIDC_BUTTON_LABEL };
}

export function testSupportEnabled(env: Env = readEnv()): boolean {
  return env.SOCLE_TEST_SUPPORT === "1";
}
