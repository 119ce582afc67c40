/**
 * Sets what finances a package in the years given (reallocated spending, new revenue, contributions, external
 * support, each with its source): the rows of those years are replaced, other years are left as they are. It names
 * the costing's version its author saw, since the gap it closes is the whole costing's.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { costingFinancing } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { conflict, type FieldErrors, invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { normalizeAmount } from "@/lib/support/money";
import { setFinancingSchema } from "@/lib/validation/costing-scenarios";
import { parseInput } from "@/lib/validation/parse";
import { costingConflictView, packageForChange } from "./package-records";
import { countCostingChange, packageEntity } from "./records";

type FinancingLine = { year: number; kind: (typeof costingFinancing.$inferSelect)["kind"]; amount: string; source: string };

/** Rows in one canonical form and order, so that the same financing compares equal however it was typed. */
const canonical = (rows: FinancingLine[]) =>
  rows
    .map((row) => ({ year: row.year, kind: row.kind, amount: normalizeAmount(row.amount), source: row.source }))
    .sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));

/** The package's financing as stored, for the years given or every year. */
export async function packageFinancing(db: Queryable, packageId: string, years?: number[]): Promise<FinancingLine[]> {
  const rows = await db
    .select({ year: costingFinancing.year, kind: costingFinancing.kind, amount: costingFinancing.amount, source: costingFinancing.source })
    .from(costingFinancing)
    .where(and(eq(costingFinancing.packageId, packageId), years ? inArray(costingFinancing.year, years) : undefined))
    .orderBy(asc(costingFinancing.year));
  return canonical(rows);
}

export async function setFinancing(db: Database, actor: Actor, input: unknown): Promise<{ countryCode: string; packageId: string; version: number }> {
  const { countryCode, version, packageId, rows } = parseInput(setFinancingSchema, input);
  assertCan(actor, "costing.write", { countryCode });
  return db.transaction(async (tx) => {
    const { costing } = await packageForChange(tx, actor, packageId, countryCode);
    if (costing.version !== version) throw conflict(await costingConflictView(tx, costing, { packageId, financing: await packageFinancing(tx, packageId) }));
    const outside: FieldErrors = {};
    rows.forEach((row, index) => {
      if (row.year < costing.baseYear || row.year > costing.horizonYear) outside[`rows.${index}.year`] = "costingScenarioRules.yearOutsideFrame";
    });
    if (Object.keys(outside).length > 0) throw invalid(outside);

    const years = [...new Set(rows.map((row) => row.year))];
    const before = await packageFinancing(tx, packageId, years);
    const after = canonical(rows);
    // Setting what is already there writes nothing: no new version, no empty history entry.
    if (JSON.stringify(before) === JSON.stringify(after)) return { countryCode, packageId, version };
    await tx.delete(costingFinancing).where(and(eq(costingFinancing.packageId, packageId), inArray(costingFinancing.year, years)));
    await tx.insert(costingFinancing).values(after.map((row) => ({ packageId, ...row })));
    const next = await countCostingChange(tx, countryCode);
    await recordAudit(tx, actor, { action: "costing.financing", entityType: packageEntity, entityId: packageId, countryCode, before: { years, rows: before }, after: { years, rows: after } });
    return { countryCode, packageId, version: next };
  });
}
