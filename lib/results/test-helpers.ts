/** What the results tests share: the people they act as, catalogue ids by code, a followed indicator, the fingerprint. */
import { eq } from "drizzle-orm";
import { databaseFingerprint } from "@/db/fingerprint";
import { indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, type FileDatabase } from "@/lib/testing/database";
import { followIndicator } from "./follow-indicator";

/** Benin's working group (two members), a Togo member, a coordinator, a reviewer and an ILO adviser. */
export async function createResultsCast(database: FileDatabase) {
  return {
    benin: await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" }),
    beninColleague: await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Codjo Houngbo" }),
    togo: await createPerson(database, { role: "working_group_member", countryCode: "TG" }),
    coordinator: await createPerson(database, { role: "coordinator", name: "Camille Coordinator" }),
    reviewer: await createPerson(database, { role: "reviewer" }),
    adviser: await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO", name: "Ilo Adviser" }),
  };
}
export type ResultsCast = Awaited<ReturnType<typeof createResultsCast>>;

/** The id of a catalogue entry Socle seeds. */
export async function indicatorIdOf(database: FileDatabase, code: string): Promise<string> {
  const [row] = await database.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code));
  return row!.id;
}

/** A country follows a catalogue series as a form sends it; returns the followed indicator's id. */
export async function follow(database: FileDatabase, actor: Actor, countryCode: string, code: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await followIndicator(database.db, actor, {
    countryCode,
    indicatorId: await indicatorIdOf(database, code),
    baselineValue: "12.5",
    baselineYear: "2019",
    baselineSource: "ILO World Social Protection Report",
    targets: [
      { year: "2030", value: "40" },
      { year: "2025", value: "25" },
    ],
    ...overrides,
  });
  return id;
}

/** The fingerprint of every table: equal before and after means a refused write changed nothing. */
export const fingerprintOf = (database: FileDatabase) => databaseFingerprint(database.db);
