/** Helpers for the progress integration tests: find a country's step, count what a refused write must not leave behind. */
import { and, count, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { auditLog, countrySteps, evidence, frameworkSteps, milestones, storedFiles } from "@/db/schema";

export async function stepOf(db: Database, countryCode: string, key: string) {
  const [step] = await db
    .select({ id: countrySteps.id, version: countrySteps.version, status: countrySteps.status })
    .from(countrySteps)
    .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(and(eq(countrySteps.countryCode, countryCode), eq(frameworkSteps.key, key)));
  if (!step) throw new Error(`no step ${key} in ${countryCode}`);
  return step;
}

/** Every row a progress write could add: compare before and after a refused write. */
export async function rowCounts(db: Database) {
  const total = async (table: typeof milestones | typeof evidence | typeof storedFiles | typeof auditLog | typeof countrySteps) =>
    (await db.select({ total: count() }).from(table))[0]!.total;
  return {
    milestones: await total(milestones),
    evidence: await total(evidence),
    storedFiles: await total(storedFiles),
    audit: await total(auditLog),
    countrySteps: await total(countrySteps),
  };
}

/** A File as a browser would upload it. */
export const upload = (bytes: Uint8Array, name: string, type = "application/octet-stream") => new File([new Uint8Array(bytes)], name, { type });
