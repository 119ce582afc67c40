/**
 * For tests only: writes a costing workbook to bytes, reads it back, recomputes it with a formula engine and holds
 * every figure it shows against the model's (costScenario), both the recomputed value and the cached one.
 */
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { expect } from "vitest";
import { costScenario } from "@/lib/costing/model";
import { prepareInputs } from "@/lib/costing/prepared-inputs";
import type { ScenarioRow } from "@/lib/costing/types";
import { type CostingWorkbookInputs, type CostingWorkbookScenario, costingWorkbook } from "@/lib/costing/workbook";
import { columnLetter } from "@/lib/costing/workbook-cells";
import { type CostingWorkbookLabels, costingWorkbookLabels } from "@/lib/costing/workbook-labels";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import fr from "@/lib/i18n/messages/fr.json";
import pt from "@/lib/i18n/messages/pt.json";
import type { Translator } from "@/lib/i18n/translate-message";
import { type RecomputedWorkbook, recomputeWorkbook } from "./recompute-workbook";

const catalogues = { en, fr, es, pt };

export function workbookLabels(locale: Locale = "en"): CostingWorkbookLabels {
  return costingWorkbookLabels(createTranslator({ locale, messages: catalogues[locale] }) as Translator);
}

/** The workbook as a ministry would open it: written, read back and recomputed. */
export async function exportAndRecompute(inputs: CostingWorkbookInputs, scenarios: CostingWorkbookScenario[], labels = workbookLabels()) {
  const bytes = await costingWorkbook(inputs, scenarios, labels).xlsx.writeBuffer();
  return recomputeWorkbook(bytes as ArrayBuffer);
}

const amounts = new Set(["annualBenefit", "benefitSpending", "administrativeCost", "totalCost"]);
const figures = [
  "eligiblePopulation",
  "takeUp",
  "beneficiaries",
  "annualBenefit",
  "benefitSpending",
  "administrativeCost",
  "totalCost",
  "shareOfGdp",
  "shareOfGovernmentExpenditure",
] as const;

/** Within a cent for an amount, and within 1e-9 of the figure for every figure; a null is a blank. */
export function expectFigure(actual: unknown, expected: string | null, where: string, amount = false): void {
  if (expected === null) {
    expect(actual === null || actual === "" || actual === undefined, `${where}: blank, got ${String(actual)}`).toBe(true);
    return;
  }
  expect(typeof actual, `${where}: a number, got ${String(actual)}`).toBe("number");
  const want = Number(expected);
  const difference = Math.abs((actual as number) - want);
  expect(difference <= 1e-9 * Math.abs(want) || difference <= 1e-12, `${where}: ${String(actual)} against ${expected}`).toBe(true);
  if (amount) expect(difference < 0.01, `${where}: ${String(actual)} against ${expected} to the cent`).toBe(true);
}

/** The row whose first cell is `text`, and the header's columns by their text. */
function headerOf(recomputed: RecomputedWorkbook, sheet: string, text: string) {
  const worksheet = recomputed.read.getWorksheet(sheet)!;
  let headerRow = 0;
  worksheet.eachRow((row, number) => {
    if (headerRow === 0 && row.getCell(1).value === text) headerRow = number;
  });
  expect(headerRow, `${sheet}: a header row "${text}"`).toBeGreaterThan(0);
  const columns = new Map<string, number>();
  worksheet.getRow(headerRow).eachCell((cell, column) => columns.set(String(cell.value), column));
  return { worksheet, headerRow, columns };
}

/** The result a formula cell was written with (exceljs's `value` drops a result of 0 or false; its model keeps it). */
const cached = (cell: ExcelJS.Cell) => (cell.type === ExcelJS.ValueType.Formula ? (cell.model as { result?: unknown }).result : cell.value);

/** Each scenario's sheet, the summary and the Inputs' derived columns hold the model's figures, recomputed and cached. */
export function expectModelFigures(
  recomputed: RecomputedWorkbook,
  inputs: CostingWorkbookInputs,
  scenarios: CostingWorkbookScenario[],
  options: { labels?: CostingWorkbookLabels; cached?: boolean } = {},
): ScenarioRow[][] {
  const { labels = workbookLabels(), cached: checkCached = true } = options;
  expect(recomputed.errors()).toEqual([]);
  const costed = scenarios.map((scenario) => costScenario(inputs, scenario));
  const sheets = recomputed.read.worksheets.map((sheet) => sheet.name);
  costed.forEach((rows, index) => {
    const sheet = sheets[3 + index]!;
    const { worksheet, headerRow, columns } = headerOf(recomputed, sheet, labels.columns.year);
    rows.forEach((row, offset) => {
      const rowNumber = headerRow + 1 + offset;
      expect(worksheet.getRow(rowNumber).getCell(1).value).toBe(row.year);
      for (const figure of figures) {
        const column = columns.get(labels.columns[figure])!;
        const address = `${columnLetter(column)}${rowNumber}`;
        const where = `${sheet} ${row.year} ${figure}`;
        expectFigure(recomputed.value(sheet, address), row[figure], where, amounts.has(figure));
        // Once a figure is changed, the cached results and the notes are the export's, no longer the recomputed ones.
        if (checkCached) expectFigure(cached(worksheet.getCell(address)), row[figure], `${where} (cached)`, amounts.has(figure));
      }
      const notes = worksheet.getRow(rowNumber).getCell(columns.get(labels.columns.notes)!).value;
      if (checkCached) expect(notes ?? "").toBe(row.problems.map(labels.problem).join(" "));
    });
  });

  const summary = headerOf(recomputed, sheets[0]!, labels.columns.year);
  const prepared = prepareInputs(inputs);
  prepared.years.forEach((year, offset) => {
    const rowNumber = summary.headerRow + 1 + offset;
    costed.forEach((rows, index) => {
      for (const [column, figure] of [
        [2 + index, "totalCost"],
        [2 + costed.length + index, "shareOfGdp"],
      ] as const) {
        const address = `${columnLetter(column)}${rowNumber}`;
        expectFigure(recomputed.value(sheets[0]!, address), rows[offset]![figure], `summary ${year} ${index} ${figure}`, figure === "totalCost");
      }
    });
  });

  const inputsSheet = headerOf(recomputed, sheets[1]!, labels.inputs.year);
  prepared.years.forEach((year, offset) => {
    const rowNumber = inputsSheet.headerRow + 1 + offset;
    const index = prepared.priceIndex(year).value;
    const total = prepared.totalPopulation(year).value;
    expectFigure(recomputed.value(sheets[1]!, `J${rowNumber}`), index?.toFixed() ?? null, `inputs ${year} price index`);
    expectFigure(recomputed.value(sheets[1]!, `K${rowNumber}`), total?.toFixed() ?? null, `inputs ${year} total population`);
  });
  return costed;
}
