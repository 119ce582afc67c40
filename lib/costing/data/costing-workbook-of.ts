/**
 * A country's costing as the workbook of formulas a ministry checks and changes (decision 1830): its draft's frame,
 * yearly figures with their sources, population and live scenarios, for whoever may export the country's reports
 * and reads the costing. NOT_FOUND when the costing is kept from the reader or has no frame yet.
 */
import type ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { costings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { notFound } from "@/lib/errors";
import { mayReadCosting } from "@/lib/sharing/visibility";
import { costingWorkbook } from "../workbook";
import type { CostingWorkbookLabels } from "../workbook-labels";
import { modelScenario, readCostingDraft } from "./content";

export async function costingWorkbookOf(db: Queryable, actor: Actor, code: unknown, labels: CostingWorkbookLabels): Promise<{ countryCode: string; workbook: ExcelJS.Workbook }> {
  const country = await countryFor(db, actor, code, "report.export");
  const [costing] = await db.select().from(costings).where(eq(costings.countryCode, country.code));
  if (!costing || !mayReadCosting(actor, country.code, costing.sharingLevel)) throw notFound();
  const { content } = await readCostingDraft(db, costing);
  const { baseYear, horizonYear, currency, populationSource } = content.frame;
  const workbook = costingWorkbook(
    { baseYear, horizonYear, currency, populationSource, population: content.population, years: content.years },
    content.scenarios.map((scenario) => ({ ...modelScenario(scenario), name: scenario.name })),
    labels,
  );
  return { countryCode: country.code, workbook };
}
