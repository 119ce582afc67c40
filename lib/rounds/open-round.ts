/** A coordinator opens a reporting round: the period reported on, the due date, the reminder and the countries asked. */
import type { Database } from "@/db/engine";
import { reportingRoundCountries, reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { openRoundSchema } from "@/lib/validation/rounds";
import { assertKnownCountries, roundEntity, roundSnapshot } from "./round-records";

export async function openRound(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { countryCodes, ...fields } = parseInput(openRoundSchema, input);
  assertCan(actor, "round.manage");
  const asked = [...new Set(countryCodes)];
  return db.transaction(async (tx) => {
    await assertKnownCountries(tx, asked);
    const [round] = await tx
      .insert(reportingRounds)
      .values({ ...fields, openedById: actor.userId })
      .returning({ id: reportingRounds.id, version: reportingRounds.version });
    await tx.insert(reportingRoundCountries).values(asked.map((countryCode) => ({ roundId: round!.id, countryCode })));
    await recordAudit(tx, actor, { action: "round.open", entityType: roundEntity, entityId: round!.id, after: roundSnapshot(fields, asked) });
    return round!;
  });
}
