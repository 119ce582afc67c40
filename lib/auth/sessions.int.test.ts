import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, memberships, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changePassword } from "@/lib/accounts/change-password";
import { deactivateUser } from "@/lib/accounts/deactivate-user";
import { issuePasswordReset } from "@/lib/accounts/issue-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { authenticate } from "./authenticate";
import { hashPassword } from "./passwords";
import { endSessions, isSessionCurrent, loadSessionActor, type SessionClaims, sessionLifetimeSeconds } from "./sessions";

const database = useTestDatabase();
let coordinator: Actor;
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});

const password = "correct horse battery";
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A person signed in through authenticate, and the claims their session token would carry. */
async function signedIn(address = "10.20.0.1"): Promise<{ actor: Actor; claims: Required<SessionClaims> }> {
  const actor = await createPerson(database, { role: "reviewer", passwordHash: await hashPassword(password) });
  const user = await authenticate(database.db, { email: actor.email, password }, address);
  if (!user) throw new Error("sign-in refused");
  return { actor, claims: { sub: user.id, sessionVersion: user.sessionVersion, signedInAt: nowSeconds(), signedInWith: "password" } };
}

async function stillWorks(claims: SessionClaims): Promise<boolean> {
  const actor = await loadSessionActor(database.db, claims);
  expect(await isSessionCurrent(database.db, claims)).toBe(actor !== null); // the session route and the pages agree
  return actor !== null;
}

describe("a session", () => {
  it("works from sign-in until its person signs out, and a copy of it stops with it", async () => {
    const { actor, claims } = await signedIn();
    const copied = { ...claims };
    expect(await stillWorks(claims)).toBe(true);
    await endSessions(database.db, actor.userId);
    expect(await stillWorks(claims)).toBe(false);
    expect(await stillWorks(copied)).toBe(false);
  });

  it("ends everywhere when its person changes their password, except the one that changed it", async () => {
    const { actor, claims } = await signedIn();
    const { sessionVersion } = await changePassword(database.db, actor, {
      currentPassword: password,
      newPassword: "another long passphrase",
      confirmPassword: "another long passphrase",
    }, { address: "10.20.0.9" });
    expect(await stillWorks(claims)).toBe(false);
    expect(await stillWorks({ ...claims, sessionVersion })).toBe(true);
  });

  it("ends when a password is reset through a link", async () => {
    const { actor, claims } = await signedIn();
    const issued = await issuePasswordReset(database.db, coordinator, { userId: actor.userId }, { origin: "http://socle.test", mailer: null });
    const token = new URL((issued as { link: string }).link).pathname.split("/").at(-1);
    await resetPassword(database.db, { token, newPassword: "another long passphrase", confirmPassword: "another long passphrase" });
    expect(await stillWorks(claims)).toBe(false);
  });

  it("ends when a coordinator signs the person out everywhere, which the audit log records", async () => {
    const { actor, claims } = await signedIn();
    await signOutEverywhere(database.db, coordinator, { userId: actor.userId, confirm: "on" });
    expect(await stillWorks(claims)).toBe(false);
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, actor.userId));
    expect(entries.map((entry) => [entry.action, entry.actorId])).toContainEqual(["user.signOutEverywhere", coordinator.userId]);
  });

  it("is not ended by someone who is not a coordinator, nor without the confirmation", async () => {
    const { actor, claims } = await signedIn();
    await expect(signOutEverywhere(database.db, actor, { userId: coordinator.userId, confirm: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signOutEverywhere(database.db, coordinator, { userId: actor.userId })).rejects.toMatchObject({ code: "INVALID" });
    expect(await stillWorks(claims)).toBe(true);
  });

  it("ends when the account is deactivated, and stays ended when it is reactivated", async () => {
    const { actor, claims } = await signedIn();
    const [row] = await database.db.select({ version: users.version }).from(users).where(eq(users.id, actor.userId));
    await deactivateUser(database.db, coordinator, { userId: actor.userId, version: row!.version });
    expect(await stillWorks(claims)).toBe(false);
    await database.db.update(users).set({ active: true }).where(eq(users.id, actor.userId));
    expect(await stillWorks(claims)).toBe(false);
  });

  it(`lasts ${sessionLifetimeSeconds / 3600} hours from sign-in however often it is refreshed`, async () => {
    const { claims } = await signedIn();
    const almost = new Date((claims.signedInAt + sessionLifetimeSeconds - 60) * 1000);
    const past = new Date((claims.signedInAt + sessionLifetimeSeconds + 1) * 1000);
    expect(await loadSessionActor(database.db, claims, almost)).not.toBeNull();
    expect(await loadSessionActor(database.db, claims, past)).toBeNull();
    expect(await isSessionCurrent(database.db, claims, past)).toBe(false);
  });

  it("is refused when its token carries no session version or sign-in time (tokens from before this rule)", async () => {
    const { claims } = await signedIn();
    expect(await stillWorks({ sub: claims.sub } as SessionClaims)).toBe(false);
    expect(await stillWorks({ ...claims, signedInAt: undefined } as unknown as SessionClaims)).toBe(false);
    expect(await stillWorks({ ...claims, signedInAt: nowSeconds() + 3600 })).toBe(false); // signed in "in the future"
  });

  it("reads every role its person holds, with each role's country and agency", async () => {
    const { actor, claims } = await signedIn();
    const unicef = await agencyIdOf(database.db, "UNICEF");
    await database.db.insert(memberships).values([
      { userId: actor.userId, role: "working_group_member", countryCode: "BJ" },
      { userId: actor.userId, role: "agency_adviser", agencyId: unicef },
    ]);
    const loaded = await loadSessionActor(database.db, claims);
    const held = await database.db.select({ role: memberships.role, countryCode: memberships.countryCode, agencyId: memberships.agencyId }).from(memberships).where(eq(memberships.userId, actor.userId));
    expect(loaded!.memberships).toHaveLength(3);
    expect(new Set(loaded!.memberships.map((membership) => JSON.stringify(membership)))).toEqual(new Set(held.map((membership) => JSON.stringify(membership))));
    expect(loaded).toMatchObject({ userId: actor.userId, email: actor.email, name: actor.name });
    expect(loaded!.mustSetUpSecondFactor).toBeUndefined();
  });
});

