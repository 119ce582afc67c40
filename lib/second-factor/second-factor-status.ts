/** Where a person's second factor stands, and whether an installation's rule asks a coordinator to set one up. */
import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { installationSettings, recoveryCodes, secondFactors } from "@/db/schema";
import { type Actor, hasRole } from "@/lib/actor";

/** off: none; pending: set up but not yet confirmed by a first code; on: asked at every password sign-in. */
export type SecondFactorStatus = { state: "off" | "pending" | "on"; confirmedAt: Date | null; recoveryCodesLeft: number };

export async function getSecondFactorStatus(db: Queryable, userId: string): Promise<SecondFactorStatus> {
  const [factor] = await db.select({ confirmedAt: secondFactors.confirmedAt }).from(secondFactors).where(eq(secondFactors.userId, userId));
  if (!factor) return { state: "off", confirmedAt: null, recoveryCodesLeft: 0 };
  if (!factor.confirmedAt) return { state: "pending", confirmedAt: null, recoveryCodesLeft: 0 };
  const [left] = await db
    .select({ count: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { state: "on", confirmedAt: factor.confirmedAt, recoveryCodesLeft: left?.count ?? 0 };
}

export async function hasConfirmedSecondFactor(db: Queryable, userId: string): Promise<boolean> {
  const [factor] = await db
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  return Boolean(factor);
}

/** The installation's rule, with the settings' version for the switch that changes it. */
export async function getSecondFactorRequirement(db: Queryable): Promise<{ required: boolean; version: number }> {
  const [settings] = await db
    .select({ required: installationSettings.requireSecondFactorForCoordinators, version: installationSettings.version })
    .from(installationSettings)
    .where(eq(installationSettings.id, true));
  if (!settings) throw new Error("installation_settings has no row: run the migrations");
  return settings;
}

/** Whether the rule applies to this person: a coordinator. */
export const isBoundBySecondFactorRule = (actor: Pick<Actor, "memberships">) => hasRole(actor as Actor, "coordinator");

/**
 * True while the installation requires a second factor and the person has none confirmed; whether the rule applies
 * to them is `isBoundBySecondFactorRule`. A column of a query on users: the session's one statement
 * (lib/auth/sessions.ts).
 */
export const secondFactorSetUpDue = sql<boolean>`coalesce((select s.require_second_factor_for_coordinators from installation_settings s where s.id), false)
    and not exists (select 1 from second_factors f where f.user_id = "users"."id" and f.confirmed_at is not null)`.mapWith(Boolean);
