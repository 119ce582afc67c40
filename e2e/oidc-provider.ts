/**
 * The OpenID Connect provider the browser tests sign in with (playwright.config.ts starts it beside Socle): its
 * people are set by each test (`PUT /test/people/<subject>`), so a retried test makes new ones.
 */
import { startTestProvider } from "../lib/testing/oidc-test-provider";

const port = Number(process.env.E2E_OIDC_PORT ?? 3219);
const socle = process.env.E2E_SOCLE_ORIGINS?.split(",") ?? ["http://localhost:3210"];

const provider = await startTestProvider({
  port,
  clientId: process.env.SOCLE_OIDC_CLIENT_ID ?? "socle-e2e",
  clientSecret: process.env.SOCLE_OIDC_CLIENT_SECRET ?? "socle-e2e-secret",
  redirectUris: socle.map((origin) => `${origin}/api/auth/callback/oidc`),
  people: {},
});
console.log(`Test OpenID Connect provider at ${provider.issuer}`);
process.on("SIGTERM", () => void provider.close().then(() => process.exit(0)));
