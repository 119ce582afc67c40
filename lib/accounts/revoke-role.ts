/** A coordinator takes a role away from a user. Nobody removes their own coordinator role, so one always remains. */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { memberships } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { revokeRoleSchema } from "@/lib/validation/users";
import { bumpUserVersion, lockUserAtVersion } from "./account-records";

export async function revokeRole(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, version, membershipId } = parseInput(revokeRoleSchema, input);
  assertCan(actor, "user.manage");
  await db.transaction(async (tx) => {
    await lockUserAtVersion(tx, userId, version);
    const [membership] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.userId, userId)));
    if (!membership) throw notFound();
    if (userId === actor.userId && membership.role === "coordinator") throw new AppError("INVALID", "adminUsers.cannotDemoteSelf");
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await bumpUserVersion(tx, userId);
    await recordAudit(tx, actor, {
      action: "user.revokeRole",
      entityType: "user",
      entityId: userId,
      countryCode: membership.countryCode,
      agencyId: membership.agencyId,
      before: { role: membership.role, countryCode: membership.countryCode, agencyId: membership.agencyId },
    });
  });
}
