/**
 * A coordinator unlinks an identity from the OpenID Connect provider from an account (decision 2220): its next
 * sign-in there is matched by verified e-mail again. The person's sessions end, in case the link was someone else's.
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { externalIdentities } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { endSessions } from "@/lib/auth/sessions";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { unlinkIdentitySchema } from "@/lib/validation/users";
import { bumpUserVersion, lockUserAtVersion } from "./account-records";

export async function unlinkIdentity(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { userId, version, issuer, subject } = parseInput(unlinkIdentitySchema, input);
  assertCan(actor, "user.manage");
  await db.transaction(async (tx) => {
    await lockUserAtVersion(tx, userId, version);
    const [unlinked] = await tx
      .delete(externalIdentities)
      .where(and(eq(externalIdentities.userId, userId), eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)))
      .returning({ email: externalIdentities.email, linkedAt: externalIdentities.linkedAt });
    if (!unlinked) throw notFound();
    await bumpUserVersion(tx, userId);
    await endSessions(tx, userId);
    await recordAudit(tx, actor, {
      action: "user.unlinkIdentity",
      entityType: "user",
      entityId: userId,
      before: { issuer, subject, email: unlinked.email, linkedAt: unlinked.linkedAt.toISOString() },
    });
  });
}
