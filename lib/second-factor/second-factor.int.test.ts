import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, installationSettings, recoveryCodes, secondFactors, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import { hashPassword } from "@/lib/auth/passwords";
import { readPendingSignIn, signPendingSignIn } from "@/lib/auth/pending-sign-in";
import { loadSessionActor } from "@/lib/auth/sessions";
import { signInLimits } from "@/lib/auth/sign-in-limits";
import type { Mail } from "@/lib/mail/mailer";
import { can } from "@/lib/permissions";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { completeSecondFactorSignIn } from "./complete-second-factor-sign-in";
import { regenerateRecoveryCodes, turnOffSecondFactor } from "./manage-second-factor";
import { resetSecondFactor } from "./reset-second-factor";
import { getSecondFactorStatus } from "./second-factor-status";
import { setSecondFactorRequirement } from "./set-second-factor-requirement";
import { confirmSecondFactor, pendingSecondFactorSetUp, startSecondFactorSetUp } from "./set-up-second-factor";
import { totpCodeAt } from "./totp";

const database = useTestDatabase();
const step = 30_000;
const address = "10.20.30.40";
let coordinator: Actor;

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", "test-installation-secret-of-at-least-32-characters");
  coordinator = await createPerson(database, { role: "coordinator", name: "Camille Coordinator" });
});
afterAll(() => {
  vi.unstubAllEnvs();
});

/** A person with a password whose second factor is on, confirmed at `at`; their secret and recovery codes. */
async function personWithFactor(at: number, role: "working_group_member" | "coordinator" = "working_group_member") {
  const person = await createPerson(database, { role, countryCode: role === "coordinator" ? undefined : "BJ", passwordHash: await hashPassword("correct horse battery") });
  await startSecondFactorSetUp(database.db, person);
  const { secret } = (await pendingSecondFactorSetUp(database.db, person))!;
  const { recoveryCodes: codes } = await confirmSecondFactor(database.db, person, { code: totpCodeAt(secret, at) }, new Date(at));
  return { person, secret, codes };
}

async function sessionVersionOf(userId: string) {
  const [user] = await database.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return user!.sessionVersion;
}

async function pendingOf(userId: string) {
  return readPendingSignIn(signPendingSignIn({ userId, sessionVersion: await sessionVersionOf(userId), callbackUrl: "/" }));
}

describe("setting up a second factor", () => {
  it("keeps the secret sealed, confirms with a first code, gives ten recovery codes stored hashed and ends other sessions", async () => {
    const person = await createPerson(database, { role: "reviewer" });
    expect(await getSecondFactorStatus(database.db, person.userId)).toMatchObject({ state: "off" });
    await startSecondFactorSetUp(database.db, person);
    const setUp = (await pendingSecondFactorSetUp(database.db, person))!;
    expect(setUp.address).toMatch(/^otpauth:\/\/totp\/Socle:.+secret=/);
    const [row] = await database.db.select().from(secondFactors).where(eq(secondFactors.userId, person.userId));
    expect(row!.secretEncrypted).not.toContain(setUp.secret);
    expect(await getSecondFactorStatus(database.db, person.userId)).toMatchObject({ state: "pending" });

    const now = Date.now();
    const versionBefore = await sessionVersionOf(person.userId);
    await expect(confirmSecondFactor(database.db, person, { code: "000000" }, new Date(now))).rejects.toMatchObject({ fieldErrors: { code: "secondFactor.codeWrong" } });
    const confirmed = await confirmSecondFactor(database.db, person, { code: totpCodeAt(setUp.secret, now) }, new Date(now));
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const stored = await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, person.userId));
    expect(stored.map((code) => code.codeHash)).not.toContain(confirmed.recoveryCodes[0]);
    expect(await loadSessionActor(database.db, { sub: person.userId, sessionVersion: versionBefore, signedInAt: now / 1000 })).toBeNull();
    expect(await getSecondFactorStatus(database.db, person.userId)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });
    await expect(startSecondFactorSetUp(database.db, person)).rejects.toMatchObject({ message: "secondFactor.alreadyOn" });
    const audited = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, person.userId));
    expect(audited.map((entry) => entry.action)).toEqual(expect.arrayContaining(["secondFactor.start", "secondFactor.turnOn"]));
  });
});

describe("signing in with a second factor", () => {
  it("accepts a code of the current step or one either side, each step once", async () => {
    const at = Date.now() - 10 * step;
    const { person, secret } = await personWithFactor(at);
    const pending = await pendingOf(person.userId);
    const now = new Date(at + 4 * step);
    // Two steps away is refused; one step behind is accepted once; the same code again is a replay.
    expect(await completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret, now.getTime() - 2 * step), address, now)).toBeNull();
    expect(await completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret, now.getTime() - step), address, now)).toMatchObject({ id: person.userId });
    expect(await completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret, now.getTime() - step), address, now)).toBeNull();
    // An older step than the last one used is refused too, even within the window.
    const later = new Date(now.getTime() + step);
    expect(await completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret, later.getTime() - 2 * step), address, later)).toBeNull();
    expect(await completeSecondFactorSignIn(database.db, pending, ` ${totpCodeAt(secret, later.getTime())} `, address, later)).toMatchObject({ id: person.userId });
  });

  it("accepts each recovery code once, typed in any case and with or without its hyphen", async () => {
    const { person, codes } = await personWithFactor(Date.now());
    const pending = await pendingOf(person.userId);
    const first = codes[0]!;
    expect(await completeSecondFactorSignIn(database.db, pending, first.toUpperCase().replace("-", " "), address)).toMatchObject({ id: person.userId });
    expect(await completeSecondFactorSignIn(database.db, pending, first, address)).toBeNull();
    expect(await getSecondFactorStatus(database.db, person.userId)).toMatchObject({ recoveryCodesLeft: 9 });
    const [used] = await database.db.select({ after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityId, person.userId), eq(auditLog.action, "secondFactor.useRecoveryCode")));
    expect(used?.after).toEqual({ recoveryCodesLeft: 9 });
  });

  it("refuses a pending sign-in that was tampered with, has expired or whose sessions were ended", async () => {
    const person = await createPerson(database, { role: "reviewer" });
    const token = signPendingSignIn({ userId: person.userId, sessionVersion: await sessionVersionOf(person.userId), callbackUrl: "/" });
    await startSecondFactorSetUp(database.db, person);
    const { secret } = (await pendingSecondFactorSetUp(database.db, person))!;
    await confirmSecondFactor(database.db, person, { code: totpCodeAt(secret, Date.now() - step) });
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ userId: coordinator.userId, sessionVersion: 1, callbackUrl: "/", expiresAt: 9e9 })).toString("base64url");
    expect(readPendingSignIn(`${forged}.${signature}`)).toBeNull();
    expect(readPendingSignIn(`${payload}.${signature}`, Date.now() + 6 * 60_000)).toBeNull();
    // Confirming ended the sessions of the version it names: a pending sign-in made before then no longer holds.
    await expect(completeSecondFactorSignIn(database.db, readPendingSignIn(token), totpCodeAt(secret), address)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(completeSecondFactorSignIn(database.db, null, totpCodeAt(secret), address)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("limits guessing like the password, on the person's own count: a right password does not clear it", async () => {
    const { person, secret } = await personWithFactor(Date.now() - 5 * step);
    const pending = await pendingOf(person.userId);
    const from = "10.99.0.1";
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      expect(await completeSecondFactorSignIn(database.db, pending, "123456", from)).toBeNull();
    }
    await expect(completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret), from)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret), "10.99.0.2")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const later = new Date(Date.now() + (signInLimits.windowMinutes + 1) * 60_000);
    expect(await completeSecondFactorSignIn(database.db, pending, totpCodeAt(secret, later.getTime()), from, later)).toMatchObject({ id: person.userId });
  });
});

describe("managing one's own second factor", () => {
  it("makes new recovery codes with a current code, and turns off with the password", async () => {
    const at = Date.now() - 3 * step;
    const { person, secret, codes } = await personWithFactor(at);
    const context = { address: "10.50.0.1" };
    await expect(regenerateRecoveryCodes(database.db, person, { code: "111111" }, context)).rejects.toMatchObject({ fieldErrors: { code: "secondFactor.codeWrong" } });
    const renewed = await regenerateRecoveryCodes(database.db, person, { code: totpCodeAt(secret) }, context);
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await completeSecondFactorSignIn(database.db, await pendingOf(person.userId), codes[1], "10.50.0.2")).toBeNull();

    await expect(turnOffSecondFactor(database.db, person, {}, context)).rejects.toMatchObject({ fieldErrors: { code: "secondFactor.codeOrPassword" } });
    await expect(turnOffSecondFactor(database.db, person, { password: "wrong" }, context)).rejects.toMatchObject({ fieldErrors: { password: "account.currentPasswordWrong" } });
    await turnOffSecondFactor(database.db, person, { password: "correct horse battery" }, context);
    expect(await getSecondFactorStatus(database.db, person.userId)).toMatchObject({ state: "off", recoveryCodesLeft: 0 });
    expect(await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, person.userId))).toHaveLength(0);
  });
});

describe("a coordinator resets someone's second factor", () => {
  it("is for coordinators only, ends the person's sessions, is audited and tells them by mail", async () => {
    const { person, secret } = await personWithFactor(Date.now() - 3 * step);
    const sent: Mail[] = [];
    const mailer = async (mail: Mail) => void sent.push(mail);
    await expect(resetSecondFactor(database.db, person, { userId: person.userId, confirm: "on" }, { mailer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resetSecondFactor(database.db, coordinator, { userId: "not-an-id", confirm: "on" }, { mailer })).rejects.toMatchObject({ code: "INVALID" });
    const [before] = await database.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, person.userId));
    const session = { sub: person.userId, sessionVersion: before!.sessionVersion, signedInAt: Date.now() / 1000 };
    expect(await loadSessionActor(database.db, session)).not.toBeNull();

    expect(await resetSecondFactor(database.db, coordinator, { userId: person.userId, confirm: "on" }, { mailer })).toMatchObject({ mailed: true });
    expect(await getSecondFactorStatus(database.db, person.userId)).toMatchObject({ state: "off" });
    expect(await loadSessionActor(database.db, session)).toBeNull();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain("Camille Coordinator");
    expect(sent[0]!.text).not.toContain(secret);
    const [entry] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, person.userId), eq(auditLog.action, "secondFactor.reset")));
    expect(entry).toMatchObject({ actorId: coordinator.userId, entityType: "user", before: { secondFactor: "on" } });
    await expect(resetSecondFactor(database.db, coordinator, { userId: person.userId, confirm: "on" }, { mailer: null })).rejects.toMatchObject({ message: "secondFactor.nothingToReset" });
  });
});

describe("the installation requires coordinators to have a second factor", () => {
  it("holds a coordinator without one to setting it up, in sessions only, until they have", async () => {
    const versionNow = async () => (await database.db.select({ version: installationSettings.version }).from(installationSettings))[0]!.version;
    const withoutFactor = await createPerson(database, { role: "coordinator" });
    const member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    const session = (actor: Actor) => ({ sub: actor.userId, sessionVersion: 0, signedInAt: Date.now() / 1000 });
    // Nobody turns the rule on before having a factor of their own.
    await expect(setSecondFactorRequirement(database.db, withoutFactor, { required: "on", version: await versionNow() })).rejects.toMatchObject({ message: "secondFactor.yoursFirst" });
    await expect(setSecondFactorRequirement(database.db, member, { required: "on", version: await versionNow() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { person: ruler, secret } = await personWithFactor(Date.now() - 3 * step, "coordinator");
    const version = await versionNow();
    expect(await setSecondFactorRequirement(database.db, ruler, { required: "on", version })).toEqual({ required: true, version: version + 1 });
    await expect(setSecondFactorRequirement(database.db, ruler, { version })).rejects.toMatchObject({ code: "CONFLICT" });
    try {
      const held = (await loadSessionActor(database.db, session(withoutFactor)))!;
      expect(held.mustSetUpSecondFactor).toBe(true);
      expect(can(held, "country.read")).toBe(false);
      expect(can(held, "secondFactor.reset")).toBe(false);
      // Nor a session the single sign-on provider opened: its own factors apply (decision 2220).
      expect((await loadSessionActor(database.db, { ...session(withoutFactor), signedInWith: "provider" }))?.mustSetUpSecondFactor).toBeUndefined();
      // Other roles are not held, nor an API token of the same coordinator.
      expect((await loadSessionActor(database.db, session(member)))?.mustSetUpSecondFactor).toBeUndefined();
      const token = await createApiToken(database.db, withoutFactor, { name: "script" });
      const byToken = (await authenticateApiToken(database.db, `Bearer ${token.token}`))!;
      expect(can(byToken, "country.read")).toBe(true);
      // The coordinator with a factor may not turn theirs off while the rule holds.
      await expect(turnOffSecondFactor(database.db, ruler, { code: totpCodeAt(secret) }, { address })).rejects.toMatchObject({ message: "secondFactor.requiredForYou" });

      await startSecondFactorSetUp(database.db, withoutFactor);
      const { secret: theirs } = (await pendingSecondFactorSetUp(database.db, withoutFactor))!;
      const { sessionVersion } = await confirmSecondFactor(database.db, withoutFactor, { code: totpCodeAt(theirs) });
      const freed = (await loadSessionActor(database.db, { ...session(withoutFactor), sessionVersion }))!;
      expect(freed.mustSetUpSecondFactor).toBeUndefined();
      expect(can(freed, "country.read")).toBe(true);
    } finally {
      await setSecondFactorRequirement(database.db, ruler, { version: await versionNow() });
    }
    const entries = await database.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.action, "settings.requireSecondFactor"));
    expect(entries.map((entry) => entry.after)).toEqual([{ requireSecondFactorForCoordinators: true }, { requireSecondFactorForCoordinators: false }]);
  });
});
