/**
 * A costing as a spreadsheet a ministry can check and change (issue 18, decision 1830): its inputs, its population,
 * one sheet per scenario whose yearly figures are formulas over them, and a summary. Every formula carries the
 * model's figure as its cached result, so the workbook shows Socle's figures before a spreadsheet recalculates, and
 * recalculating gives them again. Pure: no database; the caller passes the translated labels.
 */
import ExcelJS from "exceljs";
import { costScenario } from "./model";
import { prepareInputs } from "./prepared-inputs";
import type { BenefitScenario, CostingInputs, PopulationFigure, ScenarioRow, Sex, YearFigures } from "./types";
import { columnLetter, figureCell, formats, formulaCell, headerRow, sheetReference, textCell, uniqueSheetName } from "./workbook-cells";
import { guardedReference, names, priceIndexFormula, totalPopulationFormula } from "./workbook-formulas";
import type { CostingWorkbookLabels } from "./workbook-labels";
import { addScenarioSheet, type WorkbookLayout } from "./workbook-scenario";

/** A year's figures with where each comes from, as the costing's rows hold them. */
export type SourcedYearFigures = YearFigures & { gdpSource?: string; governmentExpenditureSource?: string; inflationSource?: string; povertyLineSource?: string };

/** The model's inputs with their sources; plain `CostingInputs` will do, its sources then left empty. */
export type CostingWorkbookInputs = Omit<CostingInputs, "years"> & { populationSource?: string; years: SourcedYearFigures[] };

export type CostingWorkbookScenario = BenefitScenario & { name: string };

/** The Inputs sheet's yearly table: a column per figure, its source beside it, then the two figures derived from them. */
const inputColumns = {
  year: 1,
  gdp: 2,
  gdpSource: 3,
  governmentExpenditure: 4,
  governmentExpenditureSource: 5,
  inflation: 6,
  inflationSource: 7,
  povertyLine: 8,
  povertyLineSource: 9,
  priceIndex: 10,
  totalPopulation: 11,
} as const;
const frameRow = 3;
const inputsHeaderRow = 8;

function addInputsSheet(workbook: ExcelJS.Workbook, inputs: CostingWorkbookInputs, layout: WorkbookLayout): void {
  const { labels, prepared } = layout;
  const sheet = workbook.addWorksheet(layout.inputs.sheet, { views: [{ state: "frozen", ySplit: inputsHeaderRow, xSplit: 1 }] });
  sheet.columns = Object.values(inputColumns).map((column) => ({ width: column === 1 ? 30 : 18 }));
  sheet.mergeCells(1, 1, 1, inputColumns.totalPopulation);
  const hint = sheet.getCell(1, 1);
  hint.value = textCell(labels.frame.hint);
  hint.alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(1).height = 45;

  const frame: [string, ExcelJS.CellValue, string?][] = [
    [labels.frame.baseYear, inputs.baseYear, names.baseYear],
    [labels.frame.horizonYear, inputs.horizonYear, names.horizonYear],
    [labels.frame.currency, textCell(inputs.currency)],
    [labels.frame.populationSource, textCell(inputs.populationSource)],
  ];
  frame.forEach(([label, value, name], index) => {
    sheet.getCell(frameRow + index, 1).value = textCell(label);
    const cell = sheet.getCell(frameRow + index, 2);
    cell.value = value;
    if (name) cell.name = name;
  });

  const l = labels.inputs;
  const header = sheet.getRow(inputsHeaderRow);
  header.values = [l.year, l.gdp, l.source, l.governmentExpenditure, l.source, l.inflation, l.source, l.povertyLine, l.source, l.priceIndex, l.totalPopulation].map(textCell);
  headerRow(header);

  const byYear = new Map(inputs.years.map((figures) => [figures.year, figures]));
  for (const year of prepared.years) {
    const rowNumber = layout.inputs.rowOf.get(year)!;
    const figures = byYear.get(year);
    const row = sheet.getRow(rowNumber);
    const set = (column: number, value: ExcelJS.CellValue, format?: string) => {
      const cell = row.getCell(column);
      cell.value = value;
      if (format) cell.numFmt = format;
    };
    set(inputColumns.year, year, formats.year);
    row.getCell(inputColumns.year).alignment = { horizontal: "left" };
    set(inputColumns.gdp, figureCell(figures?.gdp), formats.amount);
    set(inputColumns.gdpSource, textCell(figures?.gdpSource));
    set(inputColumns.governmentExpenditure, figureCell(figures?.governmentExpenditure), formats.amount);
    set(inputColumns.governmentExpenditureSource, textCell(figures?.governmentExpenditureSource));
    set(inputColumns.inflation, figureCell(figures?.inflation), formats.rate);
    set(inputColumns.inflationSource, textCell(figures?.inflationSource));
    set(inputColumns.povertyLine, figureCell(figures?.povertyLine), formats.amountWithCents);
    set(inputColumns.povertyLineSource, textCell(figures?.povertyLineSource));

    // An amount is in base-year prices: the base year's own inflation is not applied (decision 1800).
    const index = prepared.priceIndex(year).value;
    const previous = `$${columnLetter(inputColumns.priceIndex)}$${rowNumber - 1}`;
    const inflation = `$${columnLetter(inputColumns.inflation)}$${rowNumber}`;
    set(inputColumns.priceIndex, year === inputs.baseYear ? 1 : formulaCell(priceIndexFormula(previous, inflation), index?.toFixed() ?? null), formats.index);
    // Left empty where the table does not cover every age of both sexes once: a SUMIFS would give a partial sum.
    const total = prepared.totalPopulation(year).value;
    if (total !== null) set(inputColumns.totalPopulation, formulaCell(totalPopulationFormula(`$${columnLetter(inputColumns.year)}${rowNumber}`), total.toFixed()), formats.persons);
  }
}

const sexOrder: Record<Sex, number> = { female: 0, male: 1 };

/** The population by year, sex and first age; the five columns named for the scenarios' SUMIFS. */
function addPopulationSheet(workbook: ExcelJS.Workbook, population: PopulationFigure[], layout: WorkbookLayout, groups: Map<string, { ageFrom: number; ageTo: number | null; row: number }[]>): void {
  const { labels } = layout;
  const sheet = workbook.addWorksheet(layout.population.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 10 }, { width: 16 }, { width: 12 }, { width: 18 }, { width: 16 }];
  const header = sheet.getRow(1);
  const l = labels.population;
  header.values = [l.year, l.sex, l.ageFrom, l.ageTo, l.population].map(textCell);
  headerRow(header);
  const sorted = [...population].sort((a, b) => a.year - b.year || sexOrder[a.sex] - sexOrder[b.sex] || a.ageFrom - b.ageFrom);
  sorted.forEach((figure, index) => {
    const rowNumber = index + 2;
    const row = sheet.getRow(rowNumber);
    row.values = [figure.year, textCell(labels.sexes[figure.sex]), figure.ageFrom, figure.ageTo, figureCell(figure.population)];
    row.getCell(5).numFmt = formats.persons;
    const key = `${figure.year}|${figure.sex}`;
    groups.set(key, [...(groups.get(key) ?? []), { ageFrom: figure.ageFrom, ageTo: figure.ageTo, row: rowNumber }]);
  });
  // One empty row at least, so the names are ranges even without figures.
  const last = Math.max(sorted.length + 1, 2);
  const columnNames = [names.populationYear, names.populationSex, names.populationAgeFrom, names.populationAgeTo, names.populationCount];
  columnNames.forEach((name, index) => {
    const letter = columnLetter(index + 1);
    workbook.definedNames.add(`${sheetReference(layout.population.sheet)}!$${letter}$2:$${letter}$${last}`, name);
  });
}

type CostedScenario = { name: string; cells: Map<number, { totalCost: string; shareOfGdp: string }>; rows: ScenarioRow[] };

/** Each scenario's total cost, then each one's share of GDP, per year: references guarded so a blank stays blank. */
function fillSummarySheet(sheet: ExcelJS.Worksheet, layout: WorkbookLayout, currency: string, scenarios: CostedScenario[]): void {
  const { labels, prepared } = layout;
  const count = scenarios.length;
  sheet.views = [{ state: "frozen", ySplit: 2, xSplit: 1 }];
  sheet.columns = [{ width: 10 }, ...scenarios.flatMap(() => [{ width: 20 }, { width: 20 }])];
  const groupsRow = sheet.getRow(1);
  if (count > 0) {
    groupsRow.getCell(2).value = textCell(`${labels.summary.totalCost} (${currency})`);
    groupsRow.getCell(2 + count).value = textCell(labels.summary.shareOfGdp);
  }
  const names = scenarios.map((scenario) => textCell(scenario.name));
  sheet.getRow(2).values = [textCell(labels.columns.year), ...names, ...names];
  headerRow(groupsRow);
  headerRow(sheet.getRow(2));
  prepared.years.forEach((year, index) => {
    const row = sheet.getRow(3 + index);
    row.getCell(1).value = year;
    scenarios.forEach((scenario, position) => {
      const cells = scenario.cells.get(year)!;
      const modelRow = scenario.rows[index]!;
      const total = row.getCell(2 + position);
      total.value = formulaCell(guardedReference(cells.totalCost), modelRow.totalCost);
      total.numFmt = formats.amount;
      const share = row.getCell(2 + count + position);
      share.value = formulaCell(guardedReference(cells.shareOfGdp), modelRow.shareOfGdp);
      share.numFmt = formats.share;
    });
  });
}

/**
 * The workbook of a costing and its scenarios, in the order given. Throws INVALID, as the model does, when the
 * horizon is not 0–15 years after the base year.
 */
export function costingWorkbook(inputs: CostingWorkbookInputs, scenarios: CostingWorkbookScenario[], labels: CostingWorkbookLabels): ExcelJS.Workbook {
  const prepared = prepareInputs(inputs);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Socle";
  const taken = new Set<string>();
  const inputsSheet = uniqueSheetName(labels.sheets.inputs, "Inputs", taken);
  const populationSheet = uniqueSheetName(labels.sheets.population, "Population", taken);
  const summarySheet = uniqueSheetName(labels.sheets.summary, "Summary", taken);
  const groups = new Map<string, { ageFrom: number; ageTo: number | null; row: number }[]>();
  const layout: WorkbookLayout = {
    labels,
    prepared,
    inputs: {
      sheet: inputsSheet,
      rowOf: new Map(prepared.years.map((year, index) => [year, inputsHeaderRow + 1 + index])),
      columns: inputColumns,
    },
    population: { sheet: populationSheet, groups: (year, sex) => groups.get(`${year}|${sex}`) ?? [] },
  };

  // The summary first, where a reader looks; it is filled once the scenarios' sheets say where their totals are.
  const summary = workbook.addWorksheet(summarySheet);
  addInputsSheet(workbook, inputs, layout);
  addPopulationSheet(workbook, inputs.population, layout, groups);
  const costed = scenarios.map((scenario, index) => {
    const sheet = uniqueSheetName(scenario.name, `${labels.sheets.scenario} ${index + 1}`, taken);
    const rows = costScenario(inputs, scenario);
    const cells = addScenarioSheet(workbook, layout, { sheet, number: index + 1, name: scenario.name, scenario, rows });
    return { name: scenario.name, cells, rows };
  });
  fillSummarySheet(summary, layout, inputs.currency, costed);
  return workbook;
}
