/**
 * A country tailors the framework: it adds a national step of its own between two existing steps. The
 * framework shared by all countries is untouched; the country's other steps keep their ids and history.
 */
import { asc, eq } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { countries, countrySteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { addNationalStepSchema } from "@/lib/validation/progress";
import { countryCodeFor } from "@/lib/countries/query-countries";

/** Steps are numbered 10, 20, 30…, so a step fits between two others; when no gap is left, the country's steps are renumbered. */
const spacing = 10;

async function positionAfter(tx: Transaction, countryCode: string, afterStepId: string): Promise<number> {
  // Locking every step of the country serialises two people adding steps at once.
  const steps = await tx
    .select({ id: countrySteps.id, position: countrySteps.position })
    .from(countrySteps)
    .where(eq(countrySteps.countryCode, countryCode))
    .orderBy(asc(countrySteps.position))
    .for("update");
  const index = afterStepId === "" ? -1 : steps.findIndex((step) => step.id === afterStepId);
  if (afterStepId !== "" && index === -1) throw invalid({ afterStepId: "progress.unknownStep" });

  const previous = index === -1 ? 0 : steps[index]!.position;
  const next = steps[index + 1]?.position ?? previous + 2 * spacing;
  if (next - previous >= 2) return Math.floor((previous + next) / 2);

  for (const [order, step] of steps.entries()) {
    const position = (order + 1 + (order > index ? 1 : 0)) * spacing;
    if (position !== step.position) await tx.update(countrySteps).set({ position }).where(eq(countrySteps.id, step.id));
  }
  return (index + 2) * spacing;
}

export async function addNationalStep(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const values = parseInput(addNationalStepSchema, input);
  const countryCode = countryCodeFor(actor, values.countryCode, "step.tailor");

  return db.transaction(async (tx) => {
    const [country] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode));
    if (!country) throw notFound();
    const position = await positionAfter(tx, countryCode, values.afterStepId);
    const [step] = await tx
      .insert(countrySteps)
      .values({ countryCode, position, nationalTitle: values.title, nationalDescription: values.description })
      .returning({ id: countrySteps.id });
    await recordAudit(tx, actor, {
      action: "step.addNational",
      entityType: "country_step",
      entityId: step!.id,
      countryCode,
      after: { title: values.title, description: values.description },
    });
    return { id: step!.id, countryCode };
  });
}
