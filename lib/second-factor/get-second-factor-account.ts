/**
 * A person's second factor as a coordinator sees it on their account page: where it stands, and its history from
 * the audit log (set-up, on, off, new recovery codes, a recovery code used, a coordinator's reset), newest first.
 */
import { and, desc, eq, like } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { getSecondFactorStatus, type SecondFactorStatus } from "./second-factor-status";

export const secondFactorHistoryActions = ["start", "turnOn", "turnOff", "regenerateRecoveryCodes", "useRecoveryCode", "reset"] as const;
export type SecondFactorHistoryAction = (typeof secondFactorHistoryActions)[number];

export type SecondFactorAccount = SecondFactorStatus & { history: { at: Date; action: string; by: string | null }[] };

/** The latest entries shown; the audit log keeps them all. */
const historyLength = 10;

export async function getSecondFactorAccount(db: Queryable, actor: Actor, userId: string): Promise<SecondFactorAccount> {
  assertCan(actor, "user.manage");
  const [status, history] = await Promise.all([
    getSecondFactorStatus(db, userId),
    db
      .select({ at: auditLog.at, action: auditLog.action, by: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, userId), like(auditLog.action, "secondFactor.%")))
      .orderBy(desc(auditLog.id))
      .limit(historyLength),
  ]);
  return { ...status, history: history.map((entry) => ({ ...entry, action: entry.action.slice("secondFactor.".length) })) };
}
