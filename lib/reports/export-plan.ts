/**
 * A country's plan as CSV or XLSX (issue 20): one row per step, in order, with its planned, actual and baseline dates,
 * its state and its slippage in days, and how many milestones the reader may see planned ahead on it and how many of
 * those are late. Compared with the baseline the URL names (`baseline=`), else with the country's latest live one.
 * Read through the roadmap's own function, so the sharing rule holds; a country has a few dozen steps at most.
 */
import type { Messages } from "next-intl";
import * as z from "zod/mini";
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { titleText } from "@/lib/i18n/localized";
import { assertCan } from "@/lib/permissions";
import { getCountryPlan } from "@/lib/plans/get-country-plan";
import { listBaselines } from "@/lib/plans/list-baselines";
import { countryCodeSchema } from "@/lib/validation/countries";
import type { ColumnType, ExportColumn, ExportRow, ExportTable } from "./tabular";

/** Headed in the reader's language by `planExport.<key>`. */
const column = (key: keyof Messages["planExport"], type: ColumnType, width?: number): ExportColumn => ({ key, label: `planExport.${key}`, type, width });

export const planExportColumns: ExportColumn[] = [
  column("country", "choice", 8),
  column("stepNumber", "integer"),
  column("stepKey", "choice", 16),
  column("step", "text", 40),
  column("status", "choice", 12),
  column("state", "choice", 12),
  column("plannedStart", "date", 12),
  column("plannedEnd", "date", 12),
  column("actualStart", "date", 12),
  column("actualEnd", "date", 12),
  column("slippageDays", "integer"),
  column("baseline", "text", 24),
  column("baselineStart", "date", 12),
  column("baselineEnd", "date", 12),
  column("baselineSlippageDays", "integer"),
  column("plannedMilestones", "integer"),
  column("lateMilestones", "integer"),
];

const query = z.object({ country: countryCodeSchema, baseline: z.optional(z.uuid()), today: z.optional(z.iso.date()) });

export async function exportPlan(db: Queryable, actor: Actor, input: Record<string, unknown>, { locale }: { locale: Locale }): Promise<{ rowCount: number; table: ExportTable }> {
  const parsed = query.safeParse(input);
  // One country's plan: the URL must name it.
  if (!parsed.success) throw notFound();
  const { country: countryCode, today } = parsed.data;
  assertCan(actor, "report.export", { countryCode });
  const baselineId = parsed.data.baseline ?? (await listBaselines(db, actor, countryCode)).find((baseline) => !baseline.withdrawn)?.id;
  const plan = await getCountryPlan(db, actor, countryCode, { baselineId, today });
  const rows: ExportRow[] = plan.steps.map((step, index) => {
    const planned = step.plannedMilestones.filter((milestone) => !milestone.withdrawn);
    return {
      country: plan.countryCode,
      stepNumber: index + 1,
      stepKey: step.key,
      step: titleText(step.title, locale),
      status: step.status,
      state: step.state,
      plannedStart: step.plannedStart,
      plannedEnd: step.plannedEnd,
      actualStart: step.actualStart,
      actualEnd: step.actualEnd,
      slippageDays: step.slippageDays,
      baseline: plan.baseline?.name,
      baselineStart: step.baselineStart,
      baselineEnd: step.baselineEnd,
      baselineSlippageDays: step.baselineSlippageDays,
      plannedMilestones: planned.length,
      lateMilestones: planned.filter((milestone) => milestone.late).length,
    };
  });
  async function* batches(): AsyncGenerator<ExportRow[]> {
    if (rows.length > 0) yield rows;
  }
  return { rowCount: rows.length, table: { name: "plan", title: "planExport.sheet", columns: planExportColumns, batches: batches() } };
}
