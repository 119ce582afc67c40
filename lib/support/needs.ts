/** What the needs use cases share: finding a need to change, its audit snapshot and its form values. */
import { and, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { normalizeAmount } from "./money";

export type SupportNeedRow = typeof supportNeeds.$inferSelect;

export async function needForChange(db: Queryable, actor: Actor, id: string): Promise<SupportNeedRow> {
  const [need] = await db
    .select()
    .from(supportNeeds)
    .where(and(eq(supportNeeds.id, id), isNull(supportNeeds.deletedAt)));
  if (!need) throw notFound();
  assertCan(actor, "need.write", { countryCode: need.countryCode });
  return need;
}

type EditableColumns = Pick<
  typeof supportNeeds.$inferInsert,
  "countryStepId" | "kind" | "technicalCategory" | "description" | "estimateAmount" | "estimateCurrency" | "priority"
>;

/** The columns a working group edits, from validated input: an estimate only for a funding need. */
export function needColumns(input: { [Column in keyof EditableColumns]?: EditableColumns[Column] | undefined } & Pick<EditableColumns, "countryStepId" | "kind" | "description" | "priority">) {
  const funding = input.kind === "funding";
  return {
    countryStepId: input.countryStepId,
    kind: input.kind,
    technicalCategory: input.technicalCategory ?? null,
    description: input.description,
    estimateAmount: funding ? (input.estimateAmount ?? null) : null,
    estimateCurrency: funding ? (input.estimateCurrency ?? null) : null,
    priority: input.priority,
  };
}

export function needSnapshot(need: SupportNeedRow) {
  return {
    countryStepId: need.countryStepId,
    kind: need.kind,
    technicalCategory: need.technicalCategory,
    description: need.description,
    estimateAmount: need.estimateAmount === null ? null : normalizeAmount(need.estimateAmount),
    estimateCurrency: need.estimateCurrency,
    priority: need.priority,
  };
}

export function needFormValues(need: SupportNeedRow) {
  return {
    id: need.id,
    version: need.version,
    countryStepId: need.countryStepId,
    kind: need.kind,
    technicalCategory: need.technicalCategory ?? "",
    description: need.description,
    estimateAmount: need.estimateAmount === null ? "" : normalizeAmount(need.estimateAmount),
    estimateCurrency: need.estimateCurrency ?? "",
    priority: need.priority,
  };
}
export type SupportNeedFormValues = ReturnType<typeof needFormValues>;
