/** A coordinator ends every session of a person at once (a lost laptop, a shared computer); audited. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { endSessions } from "@/lib/auth/sessions";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { signOutEverywhereSchema } from "@/lib/validation/users";

export async function signOutEverywhere(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId } = parseInput(signOutEverywhereSchema, input);
  assertCan(actor, "user.signOutEverywhere");
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw notFound();
    const sessionVersion = await endSessions(tx, userId);
    await recordAudit(tx, actor, { action: "user.signOutEverywhere", entityType: "user", entityId: userId, after: { sessionVersion } });
  });
}
