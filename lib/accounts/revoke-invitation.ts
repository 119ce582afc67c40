/** A coordinator withdraws an invitation that has not been used: its link stops working. */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { invitations } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { invitationIdSchema } from "@/lib/validation/users";

export async function revokeInvitation(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { invitationId } = parseInput(invitationIdSchema, input);
  assertCan(actor, "user.manage");
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ email: invitations.email, countryCode: invitations.countryCode, agencyId: invitations.agencyId });
    if (!revoked) throw notFound();
    await recordAudit(tx, actor, {
      action: "user.revokeInvitation",
      entityType: "invitation",
      entityId: invitationId,
      countryCode: revoked.countryCode,
      agencyId: revoked.agencyId,
      before: { email: revoked.email },
    });
  });
}
