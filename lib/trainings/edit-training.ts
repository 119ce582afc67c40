/** Corrects a recorded training; a save based on an older version gets CONFLICT with the version saved since. */
import { eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { trainings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { editTrainingSchema } from "@/lib/validation/trainings";
import {
  checkAgency,
  checkSupportEntry,
  participantsOf,
  trainingColumns,
  trainingForChange,
  setParticipants,
  type TrainingRecord,
  trainingSnapshot,
} from "./training-records";

/** The training as its form shows it (and a conflict notice), rows of participants included. */
export async function trainingFormValues(db: Queryable, training: TrainingRecord) {
  const participants = await participantsOf(db, training.id);
  return {
    id: training.id,
    version: training.version,
    countryCode: training.countryCode,
    course: training.course,
    institutionId: training.institutionId,
    otherInstitution: "",
    startDate: training.startDate,
    endDate: training.endDate ?? "",
    fundingAgencyId: training.fundingAgencyId ?? "",
    supportEntryId: training.supportEntryId ?? "",
    participantNames: training.participantNames,
    participants: participants.map((row) => ({ organisation: row.organisation, women: String(row.women), men: String(row.men), unstated: String(row.unstated) })),
  };
}
export type TrainingFormValues = Awaited<ReturnType<typeof trainingFormValues>>;

export async function editTraining(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { id, version, participants, ...values } = parseInput(editTrainingSchema, input);
  return db.transaction(async (tx) => {
    const training = await trainingForChange(tx, actor, id);
    // An adviser cannot hand the training to another agency and keep writing it.
    assertCan(actor, "training.write", { countryCode: training.countryCode, agencyId: values.fundingAgencyId ?? null });
    if (training.version !== version) throw conflict(await trainingFormValues(tx, training));
    await checkAgency(tx, values.fundingAgencyId);
    await checkSupportEntry(tx, training.countryCode, values.supportEntryId);
    const before = trainingSnapshot(training, await participantsOf(tx, training.id));
    const row = await trainingColumns(tx, values);
    await tx.update(trainings).set({ ...row, version: version + 1, updatedAt: new Date() }).where(eq(trainings.id, id));
    await setParticipants(tx, id, participants);
    await recordAudit(tx, actor, {
      action: "training.edit",
      entityType: "training",
      entityId: id,
      countryCode: training.countryCode,
      agencyId: row.fundingAgencyId,
      ...changedFields(before, trainingSnapshot(row, participants)),
    });
    return { id, countryCode: training.countryCode };
  });
}
