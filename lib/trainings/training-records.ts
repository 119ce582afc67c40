/** What the training use cases share: who may write one, its checks (institution, agency, support entry), and its snapshot. */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { agencies, countries, supportEntries, trainingInstitutions, trainingParticipants, trainings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
import { findLive } from "@/lib/progress/records";
import type { EditTrainingValues } from "@/lib/validation/trainings";

export type TrainingRecord = typeof trainings.$inferSelect;
export type ParticipantRow = { organisation: string; women: number; men: number; unstated: number };

/** The country's working group, the adviser of the funding agency, or a coordinator. */
export function mayWriteTraining(actor: Actor, target: { countryCode: string; fundingAgencyId: string | null }): boolean {
  return can(actor, "training.write", { countryCode: target.countryCode, agencyId: target.fundingAgencyId });
}


export async function checkCountry(db: Queryable, countryCode: string): Promise<void> {
  const [country] = await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
  if (!country) throw notFound();
}

/** A known institution, or the one named in "another institution": found by name whatever its case, or added. */
export async function resolveInstitution(db: Queryable, institutionId: string | undefined, otherName: string): Promise<string> {
  if (institutionId) {
    const [known] = await db.select({ id: trainingInstitutions.id }).from(trainingInstitutions).where(eq(trainingInstitutions.id, institutionId));
    if (!known) throw invalid({ institutionId: "trainings.unknownInstitution" });
    return known.id;
  }
  const name = otherName.replace(/\s+/g, " ").trim();
  await db.insert(trainingInstitutions).values({ name }).onConflictDoNothing();
  const [found] = await db
    .select({ id: trainingInstitutions.id })
    .from(trainingInstitutions)
    .where(sql`lower(${trainingInstitutions.name}) = lower(${name})`);
  return found!.id;
}

/** The columns a training's form writes, the same for a new and a corrected training; a typed institution is added when new. */
export async function trainingColumns(db: Queryable, values: Omit<EditTrainingValues, "id" | "version" | "participants">) {
  return {
    course: values.course,
    institutionId: await resolveInstitution(db, values.institutionId, values.otherInstitution),
    startDate: values.startDate,
    endDate: values.endDate ?? null,
    fundingAgencyId: values.fundingAgencyId ?? null,
    supportEntryId: values.supportEntryId ?? null,
    participantNames: values.participantNames,
  };
}

export async function checkAgency(db: Queryable, agencyId: string | undefined): Promise<void> {
  if (!agencyId) return;
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw invalid({ fundingAgencyId: "trainings.unknownAgency" });
}

/** The support entry a training belongs to: a live technical entry of the training category, for the same country. */
export async function checkSupportEntry(db: Queryable, countryCode: string, supportEntryId: string | undefined): Promise<void> {
  if (!supportEntryId) return;
  const [entry] = await db
    .select({ id: supportEntries.id })
    .from(supportEntries)
    .where(
      and(
        eq(supportEntries.id, supportEntryId),
        eq(supportEntries.countryCode, countryCode),
        eq(supportEntries.technicalCategory, "training_capacity"),
        isNull(supportEntries.deletedAt),
      ),
    );
  if (!entry) throw invalid({ supportEntryId: "trainings.unknownSupportEntry" });
}

/** A live training the actor may write, locked for the change; or NOT_FOUND / FORBIDDEN. */
export async function trainingForChange(db: Queryable, actor: Actor, id: string): Promise<TrainingRecord> {
  const training = await findTraining(db, id, { lock: true });
  assertCan(actor, "training.write", { countryCode: training.countryCode, agencyId: training.fundingAgencyId });
  return training;
}

export async function findTraining(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<TrainingRecord> {
  return findLive(db, trainings, id, options);
}

export async function participantsOf(db: Queryable, trainingId: string): Promise<ParticipantRow[]> {
  return db
    .select({
      organisation: trainingParticipants.organisation,
      women: trainingParticipants.women,
      men: trainingParticipants.men,
      unstated: trainingParticipants.unstated,
    })
    .from(trainingParticipants)
    .where(eq(trainingParticipants.trainingId, trainingId))
    .orderBy(trainingParticipants.position);
}

export async function setParticipants(db: Queryable, trainingId: string, rows: ParticipantRow[]): Promise<void> {
  await db.delete(trainingParticipants).where(eq(trainingParticipants.trainingId, trainingId));
  if (rows.length) await db.insert(trainingParticipants).values(rows.map((row, position) => ({ ...row, trainingId, position })));
}

/** What the audit log records of a training. */
export function trainingSnapshot(
  training: Pick<TrainingRecord, "course" | "institutionId" | "startDate" | "endDate" | "fundingAgencyId" | "supportEntryId" | "participantNames">,
  participants: ParticipantRow[],
) {
  return {
    course: training.course,
    institutionId: training.institutionId,
    startDate: training.startDate,
    endDate: training.endDate,
    fundingAgencyId: training.fundingAgencyId,
    supportEntryId: training.supportEntryId,
    participantNames: training.participantNames,
    participants: participants.map((row) => `${row.organisation}: ${row.women}/${row.men}/${row.unstated}`).join("; "),
  };
}
