/**
 * A coordinator turns the installation's rule on or off: coordinators must sign in with a second factor. One
 * setting of the installation's settings row, with its version and audit entry. Turning it on asks the coordinator
 * to have theirs first, so that nobody shuts themselves out of the page they are on.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { installationSettings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { secondFactorRequirementSchema } from "@/lib/validation/second-factor";
import { parseInput } from "@/lib/validation/parse";
import { hasConfirmedSecondFactor } from "./second-factor-status";

export async function setSecondFactorRequirement(db: Database, actor: Actor, input: unknown): Promise<{ required: boolean; version: number }> {
  assertCan(actor, "settings.manage");
  const { required, version } = parseInput(secondFactorRequirementSchema, input);
  if (required && !(await hasConfirmedSecondFactor(db, actor.userId))) throw new AppError("INVALID", "secondFactor.yoursFirst");
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ required: installationSettings.requireSecondFactorForCoordinators, version: installationSettings.version })
      .from(installationSettings)
      .where(eq(installationSettings.id, true))
      .for("update");
    if (!current) throw new Error("installation_settings has no row: run the migrations");
    if (current.version !== version) throw conflict(current);
    if (current.required === required) return current;
    await tx
      .update(installationSettings)
      .set({ requireSecondFactorForCoordinators: required, version: version + 1, updatedById: actor.userId, updatedAt: new Date() })
      .where(eq(installationSettings.id, true));
    await recordAudit(tx, actor, {
      action: "settings.requireSecondFactor",
      entityType: "installation_settings",
      entityId: "second-factor",
      before: { requireSecondFactorForCoordinators: current.required },
      after: { requireSecondFactorForCoordinators: required },
    });
    return { required, version: version + 1 };
  });
}
