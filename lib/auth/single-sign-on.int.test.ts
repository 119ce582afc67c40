/**
 * Single sign-on end to end: a real OpenID Connect provider (oidc-provider) on a free port, its login and consent
 * pages submitted over HTTP, and next-auth's own handler, configured as the server's, for Socle's side. The session
 * cookie it sets is decoded to see whose session it is.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, externalIdentities, invitations, users } from "@/db/schema";
import { inviteUser } from "@/lib/accounts/invite-user";
import { unlinkIdentity } from "@/lib/accounts/unlink-identity";
import { loadActor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { startTestProvider, type TestProvider } from "@/lib/testing/oidc-test-provider";
import { authOptionsFor } from "./options";

// The handler every next-auth route calls, without the Next request context around it (its package does not export it).
type AuthHandler = (params: {
  req: { action: string; providerId?: string; method: string; headers: Record<string, string>; cookies: Record<string, string>; query?: Record<string, string>; body?: Record<string, string> };
  options: NextAuthOptions;
}) => Promise<{ redirect?: string; body?: unknown; cookies?: { name: string; value: string; options?: { maxAge?: number; expires?: Date | string } }[] }>;
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as { AuthHandler: AuthHandler };

const database = useTestDatabase();
const socleOrigin = "http://socle.test";
const secret = "single-sign-on-test-secret-of-enough-length";
const client = { clientId: "socle", clientSecret: "socle-test-secret" };
let provider: TestProvider;

beforeAll(async () => {
  vi.stubEnv("AUTH_TRUST_HOST", "1");
  vi.stubEnv("NEXTAUTH_URL", "");
  provider = await startTestProvider({ ...client, redirectUris: [`${socleOrigin}/api/auth/callback/oidc`], people: {} });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await provider?.close();
});

/** Cookies as a browser keeps them for one site. */
class CookieJar {
  readonly values = new Map<string, string>();
  take(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair = ""] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.values.delete(name);
      else this.values.set(name, value);
    }
  }
  header() {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

type SignInResult = { location: string; sessionUserId: string | null };

/** One person's whole sign-in, as their browser would make it: Socle's button, the provider's pages, the way back. */
async function signInAs(login: string): Promise<SignInResult> {
  const options = { ...authOptionsFor(async () => database.db, { issuer: provider.issuer, ...client, buttonLabel: "Test ID" }), secret };
  const socleCookies: Record<string, string> = {};
  const socle = async (action: "csrf" | "signin" | "callback", request: { method: string; query?: Record<string, string>; body?: Record<string, string> }) => {
    const response = await AuthHandler({
      req: { action, providerId: action === "csrf" ? undefined : "oidc", headers: { host: "socle.test", "x-forwarded-proto": "http" }, cookies: { ...socleCookies }, ...request },
      options,
    });
    for (const cookie of response.cookies ?? []) {
      if (cookie.options?.maxAge === 0 || (cookie.options?.expires && new Date(cookie.options.expires) < new Date())) delete socleCookies[cookie.name];
      else socleCookies[cookie.name] = cookie.value;
    }
    return response;
  };

  const { body } = await socle("csrf", { method: "GET" });
  const started = await socle("signin", { method: "POST", body: { csrfToken: (body as { csrfToken: string }).csrfToken, callbackUrl: `${socleOrigin}/` } });
  let next = new URL(started.redirect!);
  expect(next.origin).toBe(provider.issuer);

  const providerCookies = new CookieJar();
  let request: RequestInit = { method: "GET" };
  for (let step = 0; next.origin === provider.issuer; step++) {
    expect(step, "the provider's pages end in a redirect back to Socle").toBeLessThan(10);
    const response = await fetch(next, { ...request, redirect: "manual", headers: { ...request.headers, cookie: providerCookies.header() } });
    providerCookies.take(response.headers.getSetCookie());
    const location = response.headers.get("location");
    if (location) {
      next = new URL(location, next);
      request = { method: "GET" };
      continue;
    }
    // A page of the provider: its one form (login or consent), submitted as a person would fill it in.
    const html = await response.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    expect(form, html).not.toBeNull();
    const fields = new URLSearchParams();
    for (const input of form![2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? "";
      fields.set(input[1]!, input[1] === "login" ? login : input[1] === "password" ? "any password" : value);
    }
    next = new URL(form![1]!, next);
    request = { method: "POST", body: fields.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } };
  }

  expect(next.pathname).toBe("/api/auth/callback/oidc");
  const finished = await socle("callback", { method: "GET", query: Object.fromEntries(next.searchParams) });
  const sessionCookie = socleCookies["next-auth.session-token"];
  const token = sessionCookie ? await decode({ token: sessionCookie, secret }) : null;
  return { location: finished.redirect!, sessionUserId: token?.sub ?? null };
}

async function identitiesOf(userId: string) {
  return database.db.select().from(externalIdentities).where(eq(externalIdentities.userId, userId));
}

async function accountWithEmail(role: "reviewer" | "coordinator" = "reviewer") {
  const actor = await createPerson(database, { role });
  return actor;
}

describe("single sign-on through a real OpenID Connect provider", () => {
  it("signs a known account in by its verified e-mail, with its own role, and records the link", async () => {
    const person = await accountWithEmail();
    provider.people.set("known-1", { email: person.email.toUpperCase(), email_verified: true, name: "Known at the provider" });

    const result = await signInAs("known-1");
    expect(result).toEqual({ location: `${socleOrigin}/`, sessionUserId: person.userId });
    expect((await loadActor(database.db, result.sessionUserId!))?.memberships.map((membership) => membership.role)).toEqual(["reviewer"]);
    expect(await identitiesOf(person.userId)).toMatchObject([{ issuer: provider.issuer, subject: "known-1", email: person.email }]);
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "user.linkIdentity"), eq(auditLog.entityId, person.userId)));
    expect(audit).toHaveLength(1);
  });

  it("makes the account of a pending invitation, with the invited role and scope, and spends the invitation", async () => {
    const coordinator = await accountWithEmail("coordinator");
    const email = `invited-${Date.now()}@example.org`;
    await inviteUser(database.db, coordinator, { email, role: "working_group_member", countryCode: "BJ", locale: "fr" }, { origin: socleOrigin, mailer: null });
    provider.people.set("invited-1", { email, email_verified: true, name: "Invited Person" });

    const result = await signInAs("invited-1");
    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: "Invited Person", passwordHash: null, locale: "fr", active: true });
    expect(result.sessionUserId).toBe(user!.id);
    expect((await loadActor(database.db, user!.id))?.memberships).toMatchObject([{ role: "working_group_member", countryCode: "BJ" }]);
    const [invitation] = await database.db.select().from(invitations).where(eq(invitations.email, email));
    expect(invitation?.acceptedUserId).toBe(user!.id);
  });

  it("refuses an e-mail the provider has not verified, and links nothing", async () => {
    const person = await accountWithEmail();
    provider.people.set("unverified-1", { email: person.email, email_verified: false });
    expect(await signInAs("unverified-1")).toEqual({ location: "/sign-in?from=auth&error=SsoUnverifiedEmail", sessionUserId: null });
    provider.people.set("no-flag-1", { email: person.email });
    expect(await signInAs("no-flag-1")).toEqual({ location: "/sign-in?from=auth&error=SsoUnverifiedEmail", sessionUserId: null });
    expect(await identitiesOf(person.userId)).toEqual([]);
  });

  it("refuses an unknown e-mail without making an account", async () => {
    const email = `stranger-${Date.now()}@example.org`;
    provider.people.set("stranger-1", { email, email_verified: true });
    expect(await signInAs("stranger-1")).toEqual({ location: "/sign-in?from=auth&error=SsoUnknownEmail", sessionUserId: null });
    expect(await database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("refuses a deactivated account, whether found by e-mail or by its linked identity", async () => {
    const person = await accountWithEmail();
    provider.people.set("deactivated-1", { email: person.email, email_verified: true });
    expect((await signInAs("deactivated-1")).sessionUserId).toBe(person.userId);
    await database.db.update(users).set({ active: false }).where(eq(users.id, person.userId));
    expect(await signInAs("deactivated-1")).toEqual({ location: "/sign-in?from=auth&error=SsoInactive", sessionUserId: null });
    provider.people.set("deactivated-2", { email: person.email, email_verified: true });
    expect(await signInAs("deactivated-2")).toEqual({ location: "/sign-in?from=auth&error=SsoInactive", sessionUserId: null });
  });

  it("signs in by subject once linked, after the e-mail changed at the provider, keeping the account's own", async () => {
    const person = await accountWithEmail();
    provider.people.set("moved-1", { email: person.email, email_verified: true });
    await signInAs("moved-1");
    provider.people.set("moved-1", { email: "someone-new@example.net", email_verified: false });

    expect((await signInAs("moved-1")).sessionUserId).toBe(person.userId);
    expect(await identitiesOf(person.userId)).toMatchObject([{ subject: "moved-1", email: "someone-new@example.net" }]);
    const [user] = await database.db.select({ email: users.email }).from(users).where(eq(users.id, person.userId));
    expect(user?.email).toBe(person.email);
  });

  it("lets a coordinator unlink an identity (audited, sessions ended); the next sign-in is matched by e-mail again", async () => {
    const coordinator = await accountWithEmail("coordinator");
    const person = await accountWithEmail();
    provider.people.set("unlinked-1", { email: person.email, email_verified: true });
    await signInAs("unlinked-1");
    provider.people.set("unlinked-1", { email: "elsewhere@example.net", email_verified: true });
    const [before] = await database.db.select({ version: users.version, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, person.userId));
    const unlink = { userId: person.userId, version: before!.version, issuer: provider.issuer, subject: "unlinked-1" };

    await expect(unlinkIdentity(database.db, person, unlink)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlinkIdentity(database.db, coordinator, { ...unlink, version: before!.version + 5 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(unlinkIdentity(database.db, coordinator, { ...unlink, subject: "x".repeat(256) })).rejects.toMatchObject({ code: "INVALID" });
    await unlinkIdentity(database.db, coordinator, unlink);
    await expect(unlinkIdentity(database.db, coordinator, { ...unlink, version: before!.version + 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await identitiesOf(person.userId)).toEqual([]);
    const [after] = await database.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, person.userId));
    expect(after!.sessionVersion).toBeGreaterThan(before!.sessionVersion);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "user.unlinkIdentity"), eq(auditLog.entityId, person.userId)));
    expect(audit).toMatchObject({ actorId: coordinator.userId, before: { subject: "unlinked-1", email: person.email } });
    // Matched by subject no more: the provider's new address is nobody's here.
    expect(await signInAs("unlinked-1")).toEqual({ location: "/sign-in?from=auth&error=SsoUnknownEmail", sessionUserId: null });
  });
});
