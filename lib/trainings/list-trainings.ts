/**
 * Trainings as people read them: a country's capacity-building history, newest first, with participants by
 * institution and sex (names only for the country's group and coordinators), and one training for its edit form.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { agencies, type LocalizedText, supportEntries, trainingInstitutions, trainingParticipants, trainings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { canReadUnshared } from "@/lib/sharing/visibility";
import { trainingFormValues } from "./edit-training";
import { findTraining, mayWriteTraining, type ParticipantRow } from "./training-records";
import { countryFor } from "@/lib/countries/query-countries";

export type TrainingView = {
  id: string;
  countryCode: string;
  course: string;
  institutionName: string;
  startDate: string;
  endDate: string | null;
  fundingAgency: { acronym: string; shortName: LocalizedText } | null;
  supportEntry: { id: string; title: string } | null;
  /** Null when the reader may not see names (outside the country's group and coordinators). */
  participantNames: string[] | null;
  participants: ParticipantRow[];
  totals: { women: number; men: number; unstated: number; total: number };
  mayEdit: boolean;
};

const funder = alias(agencies, "funder");

export async function listCountryTrainings(db: Queryable, actor: Actor, code: unknown) {
  const country = await countryFor(db, actor, code);
  const countryCode = country.code;

  const rows = await db
    .select({
      id: trainings.id,
      countryCode: trainings.countryCode,
      course: trainings.course,
      institutionName: trainingInstitutions.name,
      startDate: trainings.startDate,
      endDate: trainings.endDate,
      fundingAgencyId: trainings.fundingAgencyId,
      funderAcronym: funder.acronym,
      funderShortName: funder.shortName,
      supportEntryId: supportEntries.id,
      supportEntryTitle: supportEntries.title,
      participantNames: trainings.participantNames,
    })
    .from(trainings)
    .innerJoin(trainingInstitutions, eq(trainingInstitutions.id, trainings.institutionId))
    .leftJoin(funder, eq(funder.id, trainings.fundingAgencyId))
    .leftJoin(supportEntries, and(eq(supportEntries.id, trainings.supportEntryId), isNull(supportEntries.deletedAt)))
    .where(and(eq(trainings.countryCode, countryCode), isNull(trainings.deletedAt)))
    .orderBy(desc(trainings.startDate), desc(trainings.createdAt));
  const groups = rows.length
    ? await db
        .select()
        .from(trainingParticipants)
        .where(inArray(trainingParticipants.trainingId, rows.map((row) => row.id)))
        .orderBy(asc(trainingParticipants.position))
    : [];
  const namesVisible = canReadUnshared(actor, countryCode);

  const views: TrainingView[] = rows.map((row) => {
    const participants = groups.filter((group) => group.trainingId === row.id).map(({ organisation, women, men, unstated }) => ({ organisation, women, men, unstated }));
    const sum = (key: "women" | "men" | "unstated") => participants.reduce((total, group) => total + group[key], 0);
    const totals = { women: sum("women"), men: sum("men"), unstated: sum("unstated"), total: 0 };
    totals.total = totals.women + totals.men + totals.unstated;
    return {
      id: row.id,
      countryCode: row.countryCode,
      course: row.course,
      institutionName: row.institutionName,
      startDate: row.startDate,
      endDate: row.endDate,
      fundingAgency: row.funderAcronym ? { acronym: row.funderAcronym, shortName: row.funderShortName! } : null,
      supportEntry: row.supportEntryId ? { id: row.supportEntryId, title: row.supportEntryTitle! } : null,
      participantNames: namesVisible ? row.participantNames.split("\n").map((name) => name.trim()).filter(Boolean) : null,
      participants,
      totals,
      mayEdit: mayWriteTraining(actor, { countryCode: row.countryCode, fundingAgencyId: row.fundingAgencyId }),
    };
  });
  return { country, trainings: views };
}

/** What the training form offers: the institutions, the agencies, and the country's training support entries. */
export async function getTrainingFormOptions(db: Queryable, actor: Actor, countryCode: string) {
  assertCan(actor, "country.read", { countryCode });
  const [institutions, agencyRows, entries] = await Promise.all([
    db.select({ id: trainingInstitutions.id, name: trainingInstitutions.name, seeded: sql<boolean>`${trainingInstitutions.seedKey} is not null` }).from(trainingInstitutions),
    db.select({ id: agencies.id, acronym: agencies.acronym, shortName: agencies.shortName }).from(agencies).orderBy(asc(agencies.acronym)),
    db
      .select({ id: supportEntries.id, title: supportEntries.title, agencyId: supportEntries.agencyId })
      .from(supportEntries)
      .where(and(eq(supportEntries.countryCode, countryCode), eq(supportEntries.technicalCategory, "training_capacity"), isNull(supportEntries.deletedAt)))
      .orderBy(asc(supportEntries.title)),
  ]);
  // The institutions the source names first, then the others by name.
  institutions.sort((a, b) => Number(b.seeded) - Number(a.seeded) || a.name.localeCompare(b.name));
  return { institutions: institutions.map(({ seeded: _, ...institution }) => institution), agencies: agencyRows, supportEntries: entries };
}

/** One training as its edit form starts, for someone who may edit it. */
export async function getTrainingForEdit(db: Queryable, actor: Actor, id: unknown) {
  if (typeof id !== "string") throw notFound();
  const training = await findTraining(db, id);
  assertCan(actor, "country.read", { countryCode: training.countryCode });
  return { values: await trainingFormValues(db, training), mayEdit: mayWriteTraining(actor, training) };
}
