/** Helpers for the progress integration tests only: a milestone to log, and what a refused progress write must not leave behind. */
import { count } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { auditLog, countrySteps, evidence, milestones, storedFiles } from "@/db/schema";

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

/** A milestone the working group may log on the given step. */
export const validMilestone = (countryStepId: string) => ({
  countryStepId,
  title: "Decree setting up the working group signed",
  occurredOn: "2024-03-14",
  description: "Signed by the Minister of Labour.",
});
