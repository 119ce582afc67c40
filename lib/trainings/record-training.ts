/** Records a training that members of a country's working group attended: course, institution, dates, who came, who paid. */
import type { Database } from "@/db/engine";
import { trainings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { countryCodeSchema } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import { recordTrainingSchema } from "@/lib/validation/trainings";
import { checkAgency, checkCountry, checkSupportEntry, trainingColumns, setParticipants, trainingSnapshot } from "./training-records";

export async function recordTraining(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { countryCode: typedCountry, participants, ...values } = parseInput(recordTrainingSchema, input);
  const code = countryCodeSchema.safeParse(typedCountry);
  if (!code.success) throw notFound();
  const countryCode = code.data;
  assertCan(actor, "training.write", { countryCode, agencyId: values.fundingAgencyId ?? null });
  return db.transaction(async (tx) => {
    await checkCountry(tx, countryCode);
    await checkAgency(tx, values.fundingAgencyId);
    await checkSupportEntry(tx, countryCode, values.supportEntryId);
    const row = await trainingColumns(tx, values);
    const [training] = await tx.insert(trainings).values({ ...row, countryCode, createdById: actor.userId }).returning({ id: trainings.id });
    await setParticipants(tx, training!.id, participants);
    await recordAudit(tx, actor, {
      action: "training.record",
      entityType: "training",
      entityId: training!.id,
      countryCode,
      agencyId: row.fundingAgencyId,
      after: trainingSnapshot(row, participants),
    });
    return { id: training!.id, countryCode };
  });
}
