/**
 * Checks a code typed as a second factor, within the same guessing limits as the password (lib/auth/sign-in-limits.ts,
 * counted in login_attempts under the person's own key, so a correct password never clears failed codes). A TOTP
 * code is accepted once: the step it matched must come after the last one used. A recovery code is spent.
 */
import { and, count, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { recoveryCodes, secondFactors } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { open } from "@/lib/auth/installation-key";
import { rateLimitedMessage, recordSignInAttempt, signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { AppError } from "@/lib/errors";
import { hashRecoveryCode, isRecoveryCodeShape, normalizeCode } from "./recovery-codes";
import { matchingStep } from "./totp";

export type SecondFactorProof = "totp" | "recovery";

/** The key this person's failed codes are counted under in login_attempts. */
export const secondFactorLimitKey = (userId: string) => `second-factor:${userId}`;

/** The sealed secret of a person's factor, confirmed or still being set up. */
export async function factorSecret(db: Queryable, userId: string, confirmed: boolean): Promise<string | null> {
  const [factor] = await db
    .select({ secretEncrypted: secondFactors.secretEncrypted })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), confirmed ? isNotNull(secondFactors.confirmedAt) : isNull(secondFactors.confirmedAt)));
  return factor ? open("second-factor-secret", factor.secretEncrypted) : null;
}

/** Accepts a TOTP code of a confirmed factor once: the matched step is stored in the same statement that checks it is new. */
async function acceptTotp(db: Queryable, userId: string, code: string, now: Date): Promise<boolean> {
  const secret = await factorSecret(db, userId, true);
  const step = secret ? matchingStep(secret, code, now.getTime()) : null;
  if (step === null) return false;
  const accepted = await db
    .update(secondFactors)
    .set({ lastUsedStep: step, updatedAt: now })
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt), or(isNull(secondFactors.lastUsedStep), lt(secondFactors.lastUsedStep, step))))
    .returning({ userId: secondFactors.userId });
  return accepted.length > 0;
}

/** Spends a recovery code, with its audit entry: a spent one stays, marked, and never works again. */
async function spendRecoveryCode(db: Database, userId: string, code: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const spent = await tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(userId, code)), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (spent.length === 0) return false;
    const [left] = await tx.select({ count: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
    await recordAudit(tx, { userId }, { action: "secondFactor.useRecoveryCode", entityType: "user", entityId: userId, after: { recoveryCodesLeft: left?.count ?? 0 } });
    return true;
  });
}

/** How the person proved it, or null for a wrong, reused or spent code; RATE_LIMITED while they must wait. */
export async function checkSecondFactorCode(db: Database, userId: string, code: string, address: string, now = new Date()): Promise<SecondFactorProof | null> {
  const key = secondFactorLimitKey(userId);
  const wait = await signInWaitSeconds(db, key, address, now);
  if (wait > 0) throw new AppError("RATE_LIMITED", rateLimitedMessage(wait));
  const typed = normalizeCode(code);
  let proof: SecondFactorProof | null = null;
  if (/^\d{6}$/.test(typed) && (await acceptTotp(db, userId, typed, now))) proof = "totp";
  else if (isRecoveryCodeShape(typed) && (await spendRecoveryCode(db, userId, typed, now))) proof = "recovery";
  await recordSignInAttempt(db, key, address, proof !== null);
  return proof;
}
