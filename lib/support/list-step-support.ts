/** The support entries and needs of one country step, for the step's page (read-only). */
import { eq, inArray, or } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, supportEntries, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import * as z from "zod/mini";
import { latestEntriesFirst, selectEntrySummaries, type SupportEntrySummary } from "./entry-summaries";
import { selectNeedSummaries, type SupportNeedSummary } from "./need-summaries";

export type StepSupport = {
  countryCode: string;
  needs: SupportNeedSummary[];
  /** Entries that target the step or answer one of its needs. */
  entries: SupportEntrySummary[];
};

export async function listStepSupport(db: Queryable, actor: Actor, countryStepId: unknown): Promise<StepSupport> {
  const parsed = z.uuid().safeParse(countryStepId);
  if (!parsed.success) throw notFound();
  const [step] = await db.select({ countryCode: countrySteps.countryCode }).from(countrySteps).where(eq(countrySteps.id, parsed.data));
  if (!step) throw notFound();
  assertCan(actor, "support.read", { countryCode: step.countryCode });

  const needs = await selectNeedSummaries(db, eq(supportNeeds.countryStepId, parsed.data));
  const answering = needs.flatMap((need) => need.answers.map((answer) => answer.supportEntryId));
  const entries = await selectEntrySummaries(db, {
    where: answering.length
      ? or(eq(supportEntries.countryStepId, parsed.data), inArray(supportEntries.id, answering))
      : eq(supportEntries.countryStepId, parsed.data),
    orderBy: latestEntriesFirst,
  });
  return { countryCode: step.countryCode, needs, entries };
}
