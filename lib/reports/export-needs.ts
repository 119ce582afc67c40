/**
 * The needs export: each country's needs with what answers them and the funding still lacking, read through the
 * support pages' own function (selectNeedSummaries), one country per batch.
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { type Locale, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { titleText } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { selectNeedSummaries } from "@/lib/support/need-summaries";
import { authorizeProgressExport, stepNames } from "./progress-export-scope";
import { type ExportColumn, type ExportRow, type ExportTable, labelledColumn } from "./tabular";

const column = labelledColumn;

export const needColumns: ExportColumn[] = [
  column("country", "text"),
  column("stepNumber", "integer"),
  column("step", "text", 40),
  column("kind", "choice"),
  column("category", "choice"),
  column("description", "text", 60),
  column("priority", "choice"),
  column("estimate", "amount"),
  column("currency", "text"),
  column("committed", "amount"),
  column("remaining", "amount"),
  column("answeredBy", "text", 40),
];

export async function exportNeeds(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  options: { locale: Locale },
): Promise<{ rowCount: null; table: ExportTable }> {
  assertCan(actor, "support.read");
  const { query, countryCodes } = await authorizeProgressExport(db, actor, input);
  const names = await stepNames(db, query.country);
  async function* batches(): AsyncGenerator<ExportRow[]> {
    for (const code of countryCodes) {
      const needs = await selectNeedSummaries(db, eq(supportNeeds.countryCode, code));
      yield needs
        .map((need) => ({ need, step: names.get(need.countryStepId) }))
        .filter(({ step }) => !query.step || step?.key === query.step)
        .map(({ need, step }) => ({
          country: need.countryCode,
          stepNumber: step?.number,
          step: step ? (titleText(step.title, options.locale)) : null,
          kind: need.kind,
          category: need.technicalCategory,
          description: need.description,
          priority: need.priority,
          estimate: need.estimateAmount,
          currency: need.estimateCurrency,
          committed: need.kind === "funding" ? need.committed : null,
          remaining: need.kind === "funding" ? need.remaining : null,
          answeredBy: need.answers.map((answer) => `${answer.agencyAcronym} ${answer.reference}`).join("; "),
        }));
    }
  }
  return { rowCount: null, table: { name: "needs", columns: needColumns, batches: batches() } };
}
