/** A coordinator gives a user a role in a scope: a country, an agency, or everywhere. */
import type { Database } from "@/db/engine";
import { memberships } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { grantRoleSchema } from "@/lib/validation/users";
import { bumpUserVersion, lockUserAtVersion, scopeName } from "./account-records";

export async function grantRole(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, version, role, countryCode, agencyId } = parseInput(grantRoleSchema, input);
  assertCan(actor, "user.manage", { countryCode, agencyId });
  try {
    await db.transaction(async (tx) => {
      await lockUserAtVersion(tx, userId, version);
      await scopeName(tx, { role, countryCode, agencyId }, "en"); // the country or agency must exist
      await tx.insert(memberships).values({ userId, role, countryCode, agencyId });
      await bumpUserVersion(tx, userId);
      await recordAudit(tx, actor, {
        action: "user.grantRole",
        entityType: "user",
        entityId: userId,
        countryCode,
        agencyId,
        after: { role, countryCode, agencyId },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ role: "adminUsers.roleAlreadyHeld" });
    throw error;
  }
}
