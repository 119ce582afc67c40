/** Capacity building across countries: trainings and participants (by sex) per country and per training institution, summed in SQL. */
import { eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, type LocalizedText, trainingInstitutions, trainingParticipants, trainings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";

export type TrainingTotals = { trainings: number; women: number; men: number; unstated: number; participants: number };

const sums = {
  trainings: sql<number>`count(distinct ${trainings.id})::int`,
  women: sql<number>`coalesce(sum(${trainingParticipants.women}), 0)::int`,
  men: sql<number>`coalesce(sum(${trainingParticipants.men}), 0)::int`,
  unstated: sql<number>`coalesce(sum(${trainingParticipants.unstated}), 0)::int`,
  participants: sql<number>`coalesce(sum(${trainingParticipants.women} + ${trainingParticipants.men} + ${trainingParticipants.unstated}), 0)::int`,
};

export async function getTrainingTotals(db: Queryable, actor: Actor) {
  assertCan(actor, "country.read");
  const live = isNull(trainings.deletedAt);
  const [byCountry, byInstitution, byCountryAndInstitution, [overall]] = await Promise.all([
    db
      .select({ countryCode: trainings.countryCode, countryName: countries.name, ...sums })
      .from(trainings)
      .innerJoin(countries, eq(countries.code, trainings.countryCode))
      .leftJoin(trainingParticipants, eq(trainingParticipants.trainingId, trainings.id))
      .where(live)
      .groupBy(trainings.countryCode, countries.name),
    db
      .select({ institutionId: trainingInstitutions.id, institutionName: trainingInstitutions.name, ...sums })
      .from(trainings)
      .innerJoin(trainingInstitutions, eq(trainingInstitutions.id, trainings.institutionId))
      .leftJoin(trainingParticipants, eq(trainingParticipants.trainingId, trainings.id))
      .where(live)
      .groupBy(trainingInstitutions.id, trainingInstitutions.name)
      .orderBy(sql`count(distinct ${trainings.id}) desc`, trainingInstitutions.name),
    db
      .select({ countryCode: trainings.countryCode, institutionId: trainingInstitutions.id, institutionName: trainingInstitutions.name, ...sums })
      .from(trainings)
      .innerJoin(trainingInstitutions, eq(trainingInstitutions.id, trainings.institutionId))
      .leftJoin(trainingParticipants, eq(trainingParticipants.trainingId, trainings.id))
      .where(live)
      .groupBy(trainings.countryCode, trainingInstitutions.id, trainingInstitutions.name)
      .orderBy(trainingInstitutions.name),
    db.select(sums).from(trainings).leftJoin(trainingParticipants, eq(trainingParticipants.trainingId, trainings.id)).where(live),
  ]);
  return {
    byCountry: byCountry as (TrainingTotals & { countryCode: string; countryName: LocalizedText })[],
    byInstitution: byInstitution as (TrainingTotals & { institutionId: string; institutionName: string })[],
    byCountryAndInstitution: byCountryAndInstitution as (TrainingTotals & { countryCode: string; institutionId: string; institutionName: string })[],
    overall: (overall ?? { trainings: 0, women: 0, men: 0, unstated: 0, participants: 0 }) as TrainingTotals,
  };
}
