/** A coordinator lets a deactivated user sign in again, with the roles they still hold. */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { userChangeSchema } from "@/lib/validation/users";
import { bumpUserVersion, lockUserAtVersion } from "./account-records";

export async function reactivateUser(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, version } = parseInput(userChangeSchema, input);
  assertCan(actor, "user.manage");
  await db.transaction(async (tx) => {
    const user = await lockUserAtVersion(tx, userId, version);
    if (user.active) return;
    await bumpUserVersion(tx, userId, { active: true, deactivatedAt: null });
    await recordAudit(tx, actor, { action: "user.reactivate", entityType: "user", entityId: userId, before: { active: false }, after: { active: true } });
  });
}
