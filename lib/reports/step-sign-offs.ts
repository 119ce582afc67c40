/** Who signed off each completed step of a country, when and with what note; and which steps come from an older framework version. */
import { eq, inArray, isNotNull, and } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, users } from "@/db/schema";

export type StepSignOff = { signedOffAt: Date | null; signedOffByName: string | null; signOffNote: string | null; fromOlderVersion: boolean };

const signedOffBy = alias(users, "signed_off_by");

export async function stepSignOffs(db: Queryable, countryCodes: string[]): Promise<Map<string, StepSignOff>> {
  if (countryCodes.length === 0) return new Map();
  const rows = await db
    .select({
      id: countrySteps.id,
      signedOffAt: countrySteps.signedOffAt,
      signedOffByName: signedOffBy.name,
      signOffNote: countrySteps.signOffNote,
      stepVersionId: frameworkSteps.versionId,
      countryVersionId: countries.frameworkVersionId,
    })
    .from(countrySteps)
    .innerJoin(countries, eq(countries.code, countrySteps.countryCode))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(signedOffBy, and(eq(signedOffBy.id, countrySteps.signedOffById), isNotNull(countrySteps.signedOffById)))
    .where(inArray(countrySteps.countryCode, countryCodes));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        signedOffAt: row.signedOffAt,
        signedOffByName: row.signedOffByName,
        signOffNote: row.signOffNote,
        fromOlderVersion: row.stepVersionId !== null && row.stepVersionId !== row.countryVersionId,
      },
    ]),
  );
}
