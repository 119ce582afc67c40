/**
 * A person's own changes to a second factor that is on: new recovery codes (proved with a current code), or
 * turning it off (proved with a current code or the password). Both prove within the sign-in limits; a
 * coordinator whom the installation requires to have one cannot turn theirs off.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { recoveryCodes, secondFactors, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { verifyPassword } from "@/lib/auth/passwords";
import { rateLimitedMessage, recordSignInAttempt, signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { AppError, invalid } from "@/lib/errors";
import { regenerateRecoveryCodesSchema, turnOffSecondFactorSchema } from "@/lib/validation/second-factor";
import { parseInput } from "@/lib/validation/parse";
import { checkSecondFactorCode } from "./check-second-factor-code";
import { replaceRecoveryCodes } from "./recovery-codes";
import { getSecondFactorRequirement, getSecondFactorStatus, isBoundBySecondFactorRule } from "./second-factor-status";

type Context = { address: string };

async function assertOn(db: Database, actor: Actor): Promise<void> {
  if ((await getSecondFactorStatus(db, actor.userId)).state !== "on") throw new AppError("INVALID", "secondFactor.notOn");
}

export async function regenerateRecoveryCodes(db: Database, actor: Actor, input: unknown, { address }: Context): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(regenerateRecoveryCodesSchema, input);
  await assertOn(db, actor);
  if (!(await checkSecondFactorCode(db, actor.userId, code, address))) throw invalid({ code: "secondFactor.codeWrong" });
  return db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, { action: "secondFactor.regenerateRecoveryCodes", entityType: "user", entityId: actor.userId });
    return { recoveryCodes: codes };
  });
}

async function passwordMatches(db: Database, actor: Actor, password: string, address: string): Promise<boolean> {
  const wait = await signInWaitSeconds(db, actor.email, address);
  if (wait > 0) throw new AppError("RATE_LIMITED", rateLimitedMessage(wait));
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  await recordSignInAttempt(db, actor.email, address, valid);
  return valid;
}

export async function turnOffSecondFactor(db: Database, actor: Actor, input: unknown, { address }: Context): Promise<void> {
  const { code, password } = parseInput(turnOffSecondFactorSchema, input);
  await assertOn(db, actor);
  if (isBoundBySecondFactorRule(actor) && (await getSecondFactorRequirement(db)).required) throw new AppError("INVALID", "secondFactor.requiredForYou");
  const proved = code ? Boolean(await checkSecondFactorCode(db, actor.userId, code, address)) : await passwordMatches(db, actor, password ?? "", address);
  if (!proved) throw invalid(code ? { code: "secondFactor.codeWrong" } : { password: "account.currentPasswordWrong" });
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await tx.delete(secondFactors).where(eq(secondFactors.userId, actor.userId));
    await recordAudit(tx, actor, { action: "secondFactor.turnOff", entityType: "user", entityId: actor.userId, before: { secondFactor: "on" }, after: { secondFactor: "off" } });
  });
}
