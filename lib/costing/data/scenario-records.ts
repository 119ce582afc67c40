/**
 * What the scenario use cases share: a scenario found for change (its costing locked first), the columns stored from
 * validated input, the recommendation a scenario may cost, its position, its audit snapshot, its form values (sent
 * back with a CONFLICT) and the one conversion to the model's scenario.
 */
import { and, eq, isNull, max } from "drizzle-orm";
import type { Queryable, Transaction } from "@/db/engine";
import { assessmentItems, costingScenarios } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { isRecordId, lastChangeOf } from "@/lib/progress/records";
import { normalizeAmount } from "@/lib/support/money";
import type { ScenarioValues } from "@/lib/validation/costing-scenarios";
import { Decimal, figureText } from "../decimal";
import { type CostingRow, costingForChange, scenarioEntity } from "./records";

export type ScenarioRow = typeof costingScenarios.$inferSelect;

/**
 * A scenario the actor may change, locked with its costing until the transaction ends: NOT_FOUND for an unknown id,
 * (with `countryCode`) one of another country or, unless `state` is "any", a withdrawn one; FORBIDDEN outside the
 * actor's countries.
 */
export async function scenarioForChange(tx: Transaction, actor: Actor, id: string, { state = "live", countryCode }: { state?: "live" | "any"; countryCode?: string } = {}) {
  if (!isRecordId(id)) throw notFound();
  const [found] = await tx.select({ countryCode: costingScenarios.countryCode }).from(costingScenarios).where(eq(costingScenarios.id, id));
  if (!found || (countryCode !== undefined && found.countryCode !== countryCode)) throw notFound();
  assertCan(actor, "costing.write", { countryCode: found.countryCode });
  // The costing first, then the scenario: every change takes the locks in this order.
  const costing = await costingForChange(tx, actor, found.countryCode);
  const [scenario] = await tx.select().from(costingScenarios).where(eq(costingScenarios.id, id)).for("update");
  if (!scenario || (state === "live" && scenario.deletedAt !== null)) throw notFound();
  return { costing, scenario };
}

/** The position after the country's last live scenario. */
export async function nextScenarioPosition(tx: Queryable, countryCode: string): Promise<number> {
  const [last] = await tx
    .select({ position: max(costingScenarios.position) })
    .from(costingScenarios)
    .where(and(eq(costingScenarios.countryCode, countryCode), isNull(costingScenarios.deletedAt)));
  return (last?.position ?? 0) + 1;
}

/**
 * The columns stored from validated input: what the target and benefit kinds do not use is left out (an age range
 * for mothers of newborns, an indexation for a share of the poverty line, which follows that line year by year).
 */
export function scenarioColumns(values: Omit<ScenarioValues, "countryCode">) {
  const ages = values.targetKind === "ages";
  const amount = values.benefitKind === "monthly_amount";
  return {
    name: values.name,
    recommendationId: values.recommendationId ?? null,
    targetKind: values.targetKind,
    ageFrom: ages ? values.ageFrom! : null,
    ageTo: ages ? (values.ageTo ?? null) : null,
    sex: ages ? (values.sex ?? "all") : "all",
    eligibleShare: values.eligibleShare ?? "1",
    benefitKind: values.benefitKind,
    benefitAmount: amount ? values.benefitAmount! : null,
    benefitShare: amount ? null : values.benefitShare!,
    indexation: amount ? (values.indexation ?? "inflation") : "none",
    takeUpStart: values.takeUpStart,
    takeUpTarget: values.takeUpTarget,
    takeUpYear: values.takeUpYear,
    administrativeConvention: values.administrativeConvention,
    administrativeRate: values.administrativeRate,
  } satisfies Partial<typeof costingScenarios.$inferInsert>;
}
export type ScenarioColumns = ReturnType<typeof scenarioColumns>;

/** The year take-up reaches its target must be a year of the costing's frame. */
export function checkTakeUpYear(costing: CostingRow, takeUpYear: number) {
  if (takeUpYear < costing.baseYear || takeUpYear > costing.horizonYear) throw invalid({ takeUpYear: "costingScenarioRules.takeUpYearOutsideFrame" });
}

/**
 * A scenario costs a recommendation of its country's matrix that is live, of kind benefit_coverage and endorsed or
 * adopted; anything else is refused on the field. Held with a share lock, so the matrix cannot withdraw it meanwhile.
 */
export async function checkRecommendation(tx: Transaction, countryCode: string, recommendationId: string | null) {
  if (recommendationId === null) return;
  const [item] = await tx
    .select({ countryCode: assessmentItems.countryCode, kind: assessmentItems.recommendationKind, status: assessmentItems.status, deletedAt: assessmentItems.deletedAt })
    .from(assessmentItems)
    .where(eq(assessmentItems.id, recommendationId))
    .for("share");
  if (!item || item.countryCode !== countryCode || item.deletedAt !== null || item.kind === null) {
    throw invalid({ recommendationId: "costingScenarioRules.recommendationUnknown" });
  }
  if (item.kind !== "benefit_coverage") throw invalid({ recommendationId: "costingScenarioRules.recommendationNotBenefit" });
  if (item.status !== "endorsed" && item.status !== "adopted") throw invalid({ recommendationId: "costingScenarioRules.recommendationNotEndorsed" });
}

const figure = (value: string | null) => (value === null ? null : normalizeAmount(value));

/** The fields people change, for the audit log's before and after; figures in one canonical form, so unchanged ones compare equal. */
export function scenarioSnapshot(scenario: Pick<ScenarioRow, keyof ScenarioColumns | "position">) {
  return {
    name: scenario.name,
    recommendationId: scenario.recommendationId,
    targetKind: scenario.targetKind,
    ageFrom: scenario.ageFrom,
    ageTo: scenario.ageTo,
    sex: scenario.sex,
    eligibleShare: figure(scenario.eligibleShare),
    benefitKind: scenario.benefitKind,
    benefitAmount: figure(scenario.benefitAmount),
    benefitShare: figure(scenario.benefitShare),
    indexation: scenario.indexation,
    takeUpStart: figure(scenario.takeUpStart),
    takeUpTarget: figure(scenario.takeUpTarget),
    takeUpYear: scenario.takeUpYear,
    administrativeConvention: scenario.administrativeConvention,
    administrativeRate: figure(scenario.administrativeRate),
    position: scenario.position,
  };
}

/** A stored share as the percentage a form shows: "0.125000" → "12.5". */
export const percentageOf = (share: string) => figureText(new Decimal(share).times(100));

/** A scenario as its edit form holds it: strings, shares as percentages, blanks for what is not set. */
export function scenarioFormValues(scenario: ScenarioRow) {
  return {
    id: scenario.id,
    version: scenario.version,
    countryCode: scenario.countryCode,
    name: scenario.name,
    recommendationId: scenario.recommendationId ?? "",
    targetKind: scenario.targetKind,
    ageFrom: scenario.ageFrom === null ? "" : String(scenario.ageFrom),
    ageTo: scenario.ageTo === null ? "" : String(scenario.ageTo),
    sex: scenario.sex,
    eligibleShare: percentageOf(scenario.eligibleShare),
    benefitKind: scenario.benefitKind,
    benefitAmount: scenario.benefitAmount === null ? "" : normalizeAmount(scenario.benefitAmount),
    indexation: scenario.indexation,
    benefitShare: scenario.benefitShare === null ? "" : percentageOf(scenario.benefitShare),
    takeUpStart: percentageOf(scenario.takeUpStart),
    takeUpTarget: percentageOf(scenario.takeUpTarget),
    takeUpYear: String(scenario.takeUpYear),
    administrativeConvention: scenario.administrativeConvention,
    administrativeRate: percentageOf(scenario.administrativeRate),
    withdrawn: scenario.deletedAt !== null,
  };
}
export type ScenarioFormValues = ReturnType<typeof scenarioFormValues>;

/** What a CONFLICT carries: the scenario as it now stands, and who saved it last and when. */
export async function scenarioConflictView(db: Queryable, scenario: ScenarioRow) {
  return { ...scenarioFormValues(scenario), ...(await lastChangeOf(db, scenarioEntity, scenario.id)) };
}
