/**
 * A country's assessment matrix as CSV (one row per live item) or XLSX (one sheet per guarantee, then the inventory's
 * sheet, export-schemes' rows): under report.export and the matrix's sharing rule, so a matrix kept to its country
 * exports no item to an outsider. Items are in the matrix's order; headers in the reader's language
 * (`assessmentExport.column.*`), values keep their codes, typed text is guarded (tabular.ts).
 */
import { and, asc, count, eq, isNull, type SQL, sql } from "drizzle-orm";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import { assessmentItems, countries } from "@/db/schema";
import { type Guarantee, guarantees } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { invalid, notFound } from "@/lib/errors";
import type { NamespaceKey } from "@/lib/i18n/message-key";
import { assertCan } from "@/lib/permissions";
import { assessmentVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";
import { optionalField } from "@/lib/validation/support";
import { exportSchemes } from "./export-schemes";
import { type ColumnType, type ExportColumn, type ExportRow, type ExportTable, exportBatchSize, keysetBatches } from "./tabular";

type AssessmentColumnKey = NamespaceKey<"assessmentExport"> extends infer Key ? (Key extends `column.${infer Column}` ? Column : never) : never;

const column = (key: AssessmentColumnKey, type: ColumnType, width?: number): ExportColumn => ({ key, label: `assessmentExport.column.${key}`, type, width });

export const assessmentExportColumns: ExportColumn[] = [
  column("guarantee", "choice", 16),
  column("section", "choice", 22),
  column("position", "integer"),
  column("statement", "text", 60),
  column("details", "text", 60),
  column("kind", "choice", 20),
  column("priority", "choice"),
  column("status", "choice"),
  column("endorsedOn", "date"),
  column("endorsedInVersion", "integer"),
  column("decidedOn", "date"),
  column("reason", "text", 40),
  column("itemId", "text", 38),
];

/** The matrix of one country: a malformed code is refused rather than ignored, since there is no "every country" here. */
const assessmentExportQuery = z.object({ country: optionalField(countryCodeSchema) });

type Item = typeof assessmentItems.$inferSelect;

function rowOf(item: Item): ExportRow {
  return {
    guarantee: item.guarantee,
    section: item.section,
    position: item.position,
    statement: item.statement,
    details: item.details,
    kind: item.recommendationKind,
    priority: item.priority,
    status: item.status,
    endorsedOn: item.endorsedOn,
    endorsedInVersion: item.endorsedInVersion,
    decidedOn: item.decidedOn,
    reason: item.decisionReason,
    itemId: item.id,
  };
}

/** Checks report.export for the country and gives it with the `where` of the live items the actor may read. */
async function authorizeAssessmentExport(db: Queryable, actor: Actor, input: Record<string, unknown>): Promise<{ countryCode: string; where: SQL | undefined }> {
  const parsed = assessmentExportQuery.safeParse({ country: input.country });
  const countryCode = parsed.success ? parsed.data.country : undefined;
  if (!countryCode) throw invalid({ country: "validation.countryCode" });
  assertCan(actor, "report.export", { countryCode });
  if ((await db.select({ code: countries.code }).from(countries).where(eq(countries.code, countryCode))).length === 0) throw notFound();
  return { countryCode, where: and(eq(assessmentItems.countryCode, countryCode), isNull(assessmentItems.deletedAt), assessmentVisibleTo(actor, assessmentItems.countryCode)) };
}

type Position = { guarantee: Guarantee; section: Item["section"]; position: number; id: string };

/** The items under `where`, in the matrix's order (the enums sort in their declared order), a batch at a time. */
async function* itemBatches(db: Queryable, where: SQL | undefined, limit = exportBatchSize): AsyncGenerator<ExportRow[]> {
  const page = (after: Position | null, limit: number) =>
    db
      .select()
      .from(assessmentItems)
      .where(
        and(
          where,
          after
            ? sql`(${assessmentItems.guarantee}, ${assessmentItems.section}, ${assessmentItems.position}, ${assessmentItems.id}) > (${after.guarantee}::guarantee, ${after.section}::assessment_section, ${after.position}, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(asc(assessmentItems.guarantee), asc(assessmentItems.section), asc(assessmentItems.position), asc(assessmentItems.id))
      .limit(limit);
  for await (const rows of keysetBatches(page, (item) => ({ guarantee: item.guarantee, section: item.section, position: item.position, id: item.id }), limit)) yield rows.map(rowOf);
}

/** CSV: one table of every item. XLSX: one sheet per guarantee, named in the reader's language, then the inventory. */
export async function exportAssessment(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  format: "csv" | "xlsx",
): Promise<{ rowCount: number; tables: ExportTable[] }> {
  const { countryCode, where } = await authorizeAssessmentExport(db, actor, input);
  const [counted] = await db.select({ total: count() }).from(assessmentItems).where(where);
  const rowCount = counted?.total ?? 0;
  if (format === "csv") return { rowCount, tables: [{ name: "assessment", columns: assessmentExportColumns, batches: itemBatches(db, where) }] };
  const sheets: ExportTable[] = guarantees.map((guarantee) => ({
    name: guarantee,
    title: `schemes.guarantee.${guarantee}`,
    columns: assessmentExportColumns,
    batches: itemBatches(db, and(where, eq(assessmentItems.guarantee, guarantee))),
  }));
  const { table: inventory } = await exportSchemes(db, actor, { country: countryCode });
  return { rowCount, tables: [...sheets, { ...inventory, title: "schemes.title" }] };
}
