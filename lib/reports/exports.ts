/**
 * The downloadable exports by name: each reads the URL's filters, checks report.export for what they name and
 * gives its tables with their row count (when one query can tell it) for the page's progress display.
 */
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { exportAssessment } from "./export-assessment";
import { exportAssessmentGaps } from "./export-assessment-gaps";
import { exportCostingComparison } from "./export-costing-comparison";
import { exportExchangeRates } from "./export-exchange-rates";
import { exportIndicatorValues } from "./export-indicator-values";
import { exportMilestones } from "./export-milestones";
import { exportNeeds } from "./export-needs";
import { exportPlan } from "./export-plan";
import { exportResultsAcross } from "./export-results-across";
import { exportRoundCompleteness } from "./export-round-completeness";
import { exportSchemes } from "./export-schemes";
import { exportStepProgress } from "./export-step-progress";
import { exportSummary } from "./export-summary";
import { exportSupport } from "./export-support";
import type { ExportTable } from "./tabular";

export const exportNames = ["milestones", "steps", "support", "needs", "schemes", "assessment", "assessment-gaps", "costing-comparison", "results-across", "indicator-values", "plan", "round-completeness", "exchange-rates", "summary", "all"] as const;
export type ExportName = (typeof exportNames)[number];

/** `format` says what the tables become: the assessment matrix is one table as CSV, a sheet per guarantee as XLSX. */
export type ExportOptions = { locale: Locale; origin: string; format?: "csv" | "xlsx" };
type Tables = { rowCount: number | null; tables: ExportTable[] };

const one = async (result: Promise<{ rowCount: number | null; table: ExportTable }>): Promise<Tables> => {
  const { rowCount, table } = await result;
  return { rowCount, tables: [table] };
};

export async function exportTables(db: Queryable, actor: Actor, name: ExportName, input: Record<string, unknown>, options: ExportOptions): Promise<Tables> {
  switch (name) {
    case "milestones":
      return one(exportMilestones(db, actor, input, options));
    case "steps":
      return one(exportStepProgress(db, actor, input, options));
    case "needs":
      return one(exportNeeds(db, actor, input, options));
    case "support":
      return one(exportSupport(db, actor, input));
    case "schemes":
      return one(exportSchemes(db, actor, input));
    case "assessment":
      return exportAssessment(db, actor, input, options.format ?? "xlsx");
    case "assessment-gaps":
      return one(exportAssessmentGaps(db, actor, input, options));
    case "costing-comparison":
      return one(exportCostingComparison(db, actor, options));
    case "results-across":
      return one(exportResultsAcross(db, actor, input, options));
    case "indicator-values":
      return one(exportIndicatorValues(db, actor, input, options));
    case "plan":
      return one(exportPlan(db, actor, input, options));
    case "round-completeness":
      return one(exportRoundCompleteness(db, actor, input, options));
    case "exchange-rates":
      return one(exportExchangeRates(db, actor, input));
    case "summary":
      return one(exportSummary(db, actor, options));
    case "all": {
      // One workbook, one sheet per table; each table checks its own permission. Progress filters apply throughout.
      const parts = [
        await exportStepProgress(db, actor, input, options),
        await exportMilestones(db, actor, input, options),
        await exportNeeds(db, actor, input, options),
        await exportSupport(db, actor, { country: input.country }),
        await exportSchemes(db, actor, { country: input.country }),
      ];
      return { rowCount: null, tables: parts.map((part) => part.table) };
    }
  }
}
