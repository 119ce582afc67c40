/** The support integration tests' fixture: the file's database, the people who act on Mozambique's support, an entry, and the rows a refused write must not add. */
import { count } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { auditLog, supportEntries, supportTransactions } from "@/db/schema";
import { agencyIdOf, createPerson, type FileDatabase, madeBeforeAll, stepOf, useTestDatabase } from "@/lib/testing/database";

/** Call once at a support test file's top level: a fresh database, its people, and short forms over them. */
export function useSupportTests() {
  const database = useTestDatabase();
  const people = madeBeforeAll(() => supportPeople(database));
  return {
    database,
    people,
    stepId: async (countryCode: string, key: string) => (await stepOf(database.db, countryCode, key)).id,
    rowCounts: () => supportRowCounts(database.db),
    /** A UNICEF financial entry for Mozambique, changed by `overrides`. */
    financial: (overrides: Record<string, unknown> = {}) => financialEntry(people.unicefId, overrides),
  };
}

/** UNICEF's and ILO's advisers, a Mozambique working-group member and a coordinator, with the two agencies' ids. */
async function supportPeople(database: FileDatabase) {
  const [unicef, ilo, mozambique, coordinator] = await Promise.all([
    createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" }),
    createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" }),
    createPerson(database, { role: "working_group_member", countryCode: "MZ" }),
    createPerson(database, { role: "coordinator" }),
  ]);
  const [unicefId, iloId] = await Promise.all([agencyIdOf(database.db, "UNICEF"), agencyIdOf(database.db, "ILO")]);
  return { unicef, ilo, mozambique, coordinator, unicefId, iloId };
}

/** Every row a support write could add: compare before and after a refused write. */
async function supportRowCounts(db: Database) {
  const [[entries], [transactions], [audits]] = await Promise.all([
    db.select({ n: count() }).from(supportEntries),
    db.select({ n: count() }).from(supportTransactions),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { entries: entries!.n, transactions: transactions!.n, audits: audits!.n };
}

/** A financial entry for Mozambique by the given agency, changed by `overrides`. */
const financialEntry = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
  countryCode: "MZ",
  agencyId,
  kind: "financial",
  title: "Costing of a child grant",
  status: "ongoing",
  amount: "250000",
  currency: "USD",
  ...overrides,
});
