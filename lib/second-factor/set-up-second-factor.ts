/**
 * A person sets up their own second factor: a new TOTP secret, sealed at rest, shown as a QR code and as text until
 * a first code from their app confirms it; confirming turns it on, gives ten recovery codes to keep (shown once)
 * and ends their other sessions. Nobody's permission is needed but their own session.
 */
import { eq, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { secondFactors } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { seal } from "@/lib/auth/installation-key";
import { endSessions } from "@/lib/auth/sessions";
import { AppError, invalid } from "@/lib/errors";
import { confirmSecondFactorSchema } from "@/lib/validation/second-factor";
import { parseInput } from "@/lib/validation/parse";
import { factorSecret } from "./check-second-factor-code";
import { normalizeCode, replaceRecoveryCodes } from "./recovery-codes";
import { getSecondFactorStatus } from "./second-factor-status";
import { matchingStep, newTotpSecret, totpAddress } from "./totp";

const alreadyOn = () => new AppError("INVALID", "secondFactor.alreadyOn");

/** Starts (or starts again) a set-up: a new secret replaces any unconfirmed one. */
export async function startSecondFactorSetUp(db: Database, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    if ((await getSecondFactorStatus(tx, actor.userId)).state === "on") throw alreadyOn();
    const secretEncrypted = seal("second-factor-secret", newTotpSecret());
    await tx
      .insert(secondFactors)
      .values({ userId: actor.userId, secretEncrypted })
      .onConflictDoUpdate({ target: secondFactors.userId, set: { secretEncrypted, confirmedAt: null, lastUsedStep: null, updatedAt: sql`now()` } });
    await recordAudit(tx, actor, { action: "secondFactor.start", entityType: "user", entityId: actor.userId });
  });
}

/** The secret of a set-up in progress, as text and as the otpauth:// address its QR code holds; null when none. */
export async function pendingSecondFactorSetUp(db: Queryable, actor: Actor): Promise<{ secret: string; address: string } | null> {
  const secret = await factorSecret(db, actor.userId, false);
  return secret ? { secret, address: totpAddress(secret, actor.email) } : null;
}

/** Confirms the set-up with a first code; returns the recovery codes to show once and the session version to keep. */
export async function confirmSecondFactor(db: Database, actor: Actor, input: unknown, now = new Date()): Promise<{ recoveryCodes: string[]; sessionVersion: number }> {
  const { code } = parseInput(confirmSecondFactorSchema, input);
  return db.transaction(async (tx) => {
    const [factor] = await tx.select({ confirmedAt: secondFactors.confirmedAt }).from(secondFactors).where(eq(secondFactors.userId, actor.userId)).for("update");
    if (factor?.confirmedAt) throw alreadyOn();
    const secret = factor ? await factorSecret(tx, actor.userId, false) : null;
    if (!secret) throw new AppError("INVALID", "secondFactor.setUpFirst");
    const step = matchingStep(secret, normalizeCode(code), now.getTime());
    if (step === null) throw invalid({ code: "secondFactor.codeWrong" });
    await tx.update(secondFactors).set({ confirmedAt: now, lastUsedStep: step, updatedAt: now }).where(eq(secondFactors.userId, actor.userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    const sessionVersion = await endSessions(tx, actor.userId);
    await recordAudit(tx, actor, { action: "secondFactor.turnOn", entityType: "user", entityId: actor.userId, before: { secondFactor: "off" }, after: { secondFactor: "on" } });
    return { recoveryCodes, sessionVersion };
  });
}
