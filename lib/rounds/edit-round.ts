/**
 * A coordinator corrects a round: its name, period, due date, reminder or countries. A save based on an older
 * version is refused with the round as it stands; a country that has started its report stays in the round.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countryReports, reportingRoundCountries, reportingRounds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { editRoundSchema } from "@/lib/validation/rounds";
import { assertKnownCountries, roundConflictView, roundCountryCodes, roundEntity, roundForChange, roundSnapshot } from "./round-records";

export async function editRound(db: Database, actor: Actor, input: unknown): Promise<{ id: string; version: number }> {
  const { id, version, countryCodes, ...fields } = parseInput(editRoundSchema, input);
  assertCan(actor, "round.manage");
  const asked = [...new Set(countryCodes)];
  return db.transaction(async (tx) => {
    const round = await roundForChange(tx, id);
    if (round.version !== version) throw conflict(await roundConflictView(tx, round));
    await assertKnownCountries(tx, asked);
    const before = await roundCountryCodes(tx, id);
    const removed = before.filter((code) => !asked.includes(code));
    if (removed.length > 0) {
      const started = await tx
        .select({ countryCode: countryReports.countryCode })
        .from(countryReports)
        .where(and(eq(countryReports.roundId, id), inArray(countryReports.countryCode, removed)));
      if (started.length > 0) throw invalid({ countryCodes: "rounds.rules.countryHasReport" });
    }
    const changes = changedFields(roundSnapshot(round, before), roundSnapshot(fields, asked));
    if (Object.keys(changes.after).length === 0) return { id, version };
    await tx
      .update(reportingRounds)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(reportingRounds.id, id));
    if (removed.length > 0) {
      await tx.delete(reportingRoundCountries).where(and(eq(reportingRoundCountries.roundId, id), inArray(reportingRoundCountries.countryCode, removed)));
    }
    const added = asked.filter((code) => !before.includes(code));
    if (added.length > 0) await tx.insert(reportingRoundCountries).values(added.map((countryCode) => ({ roundId: id, countryCode })));
    await recordAudit(tx, actor, { action: "round.edit", entityType: roundEntity, entityId: id, ...changes });
    return { id, version: version + 1 };
  });
}
