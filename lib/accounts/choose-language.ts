/** A user chooses the language of their interface; it is kept in their profile. Anyone may change their own. */
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { parseInput } from "@/lib/validation/parse";
import { chooseLanguageSchema } from "@/lib/validation/accounts";

export async function chooseLanguage(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { locale } = parseInput(chooseLanguageSchema, input);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      action: "user.chooseLanguage",
      entityType: "user",
      entityId: actor.userId,
      before: { locale: actor.locale },
      after: { locale },
    });
  });
}
