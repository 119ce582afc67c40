/**
 * Sets the planned dates of several of a country's steps at once, as the plan page's one form sends them: every row
 * through `setStepPlan`, all in one transaction (each row a savepoint), so that a row refused (a date, a version
 * saved meanwhile) leaves the whole plan as it was. A refusal names the row's fields as the form does
 * ("steps.2.plannedEnd"); a CONFLICT carries the step as it now stands.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { setStepPlansSchema } from "@/lib/validation/step-plans";
import { setStepPlan, type SetStepPlanResult } from "./set-step-plan";

export type SetStepPlansResult = { countryCode: string; steps: SetStepPlanResult[] };

export async function setStepPlans(db: Database, actor: Actor, input: unknown): Promise<SetStepPlansResult> {
  const { countryCode, steps } = parseInput(setStepPlansSchema, input);
  assertCan(actor, "plan.write", { countryCode });
  const saved = await db.transaction(async (tx) => {
    const rows: SetStepPlanResult[] = [];
    for (const [index, step] of steps.entries()) {
      try {
        rows.push(await setStepPlan(tx, actor, { ...step, countryCode }));
      } catch (error) {
        throw rowError(error, index);
      }
    }
    return rows;
  });
  return { countryCode, steps: saved };
}

/** A row's refusal with its fields named as the form names them. */
function rowError(error: unknown, index: number): unknown {
  if (!(error instanceof AppError) || Object.keys(error.fieldErrors).length === 0) return error;
  const issues = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [`steps.${index}.${field}`, message]));
  return new AppError(error.code, error.message as ConstructorParameters<typeof AppError>[1], { issues, current: error.current });
}
