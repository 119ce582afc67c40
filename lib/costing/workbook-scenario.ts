/**
 * One scenario's sheet of the costing workbook: its parameters in named cells at the top, then a row per year whose
 * figures are formulas over them, the Inputs and the Population sheets, each with the model's figure cached.
 */
import type ExcelJS from "exceljs";
import { readFigure } from "./decimal";
import { countPersons } from "./population";
import type { PreparedInputs } from "./prepared-inputs";
import type { BenefitScenario, ScenarioRow, Sex } from "./types";
import { absolute, columnLetter, figureCell, formats, formulaCell, headerRow, textCell } from "./workbook-cells";
import {
  completeFormula,
  countedAges,
  type ParameterNames,
  parameterNames,
  paysAnAmount,
  personsFormula,
  rowFormulas,
  type ScenarioShape,
  type SplitGroup,
  shapeOf,
} from "./workbook-formulas";
import type { CostingWorkbookLabels } from "./workbook-labels";

/** Where the Inputs and Population sheets hold what a scenario's formulas read. */
export type WorkbookLayout = {
  labels: CostingWorkbookLabels;
  prepared: PreparedInputs;
  inputs: { sheet: string; rowOf: Map<number, number>; columns: { gdp: number; governmentExpenditure: number; povertyLine: number; priceIndex: number; totalPopulation: number } };
  /** The Population sheet's groups of one year and sex, by first age, with their rows. */
  population: { sheet: string; groups: (year: number, sex: Sex) => { ageFrom: number; ageTo: number | null; row: number }[] };
};

/** The columns of a year's row, in order. */
const columns = [
  ["year", formats.year],
  ["persons", formats.persons],
  ["eligiblePopulation", formats.persons],
  ["takeUp", formats.rate],
  ["beneficiaries", formats.persons],
  ["annualBenefit", formats.amountWithCents],
  ["benefitSpending", formats.amount],
  ["administrativeCost", formats.amount],
  ["totalCost", formats.amount],
  ["shareOfGdp", formats.share],
  ["shareOfGovernmentExpenditure", formats.share],
  ["notes", undefined],
] as const;
type Column = (typeof columns)[number][0];
const columnOf = Object.fromEntries(columns.map(([key], index) => [key, index + 1])) as Record<Column, number>;

type Parameter = { label: string; value: ExcelJS.CellValue; name?: string; format?: string };

function parameters(shape: ScenarioShape, p: ParameterNames, labels: CostingWorkbookLabels): Parameter[] {
  const target = shape.target;
  const own = [shape.eligibleShare, shape.level, shape.takeUp.startShare, shape.takeUp.targetShare, shape.administrativeRate];
  const complete = own.every((figure) => readFigure(figure).kind === "value");
  const amount = paysAnAmount(shape);
  return [
    { label: labels.parameters.targetGroup, value: textCell(labels.targetKinds[target.kind]) },
    ...(target.kind === "ages"
      ? [
          { label: labels.parameters.ageFrom, value: target.ageFrom, name: p.ageFrom },
          { label: labels.parameters.ageTo, value: target.ageTo, name: p.ageTo },
          { label: labels.parameters.sex, value: textCell(labels.sexes[target.sex]), name: p.sex },
        ]
      : []),
    { label: labels.parameters.eligibleShare, value: figureCell(shape.eligibleShare), name: p.eligibleShare, format: formats.rate },
    { label: labels.parameters.benefit, value: textCell(labels.benefitKinds[shape.benefit === "flatAmount" || shape.benefit === "indexedAmount" ? "monthlyAmount" : shape.benefit]) },
    amount
      ? { label: labels.parameters.monthlyAmount, value: figureCell(shape.level), name: p.level, format: formats.amountWithCents }
      : { label: labels.parameters.share, value: figureCell(shape.level), name: p.level, format: formats.rate },
    ...(amount ? [{ label: labels.parameters.indexation, value: textCell(labels.indexations[shape.benefit === "indexedAmount" ? "inflation" : "none"]) }] : []),
    { label: labels.parameters.takeUpStart, value: figureCell(shape.takeUp.startShare), name: p.takeUpStart, format: formats.rate },
    { label: labels.parameters.takeUpTarget, value: figureCell(shape.takeUp.targetShare), name: p.takeUpTarget, format: formats.rate },
    { label: labels.parameters.takeUpYear, value: shape.takeUp.targetYear, name: p.takeUpYear, format: formats.year },
    { label: labels.parameters.administrativeConvention, value: textCell(labels.conventions[shape.convention]) },
    { label: labels.parameters.administrativeRate, value: figureCell(shape.administrativeRate), name: p.administrativeRate, format: formats.rate },
    {
      label: labels.parameters.figuresComplete,
      value: formulaCell(completeFormula([p.eligibleShare, p.level, p.takeUpStart, p.takeUpTarget, p.administrativeRate]), complete),
      name: p.complete,
    },
  ];
}

/** The closed groups of a year and sex the range takes only part of (an open one the model refuses before this). */
function splitGroups(layout: WorkbookLayout, year: number, sexes: Sex[], ageFrom: number, ageTo: number | null): SplitGroup[] {
  const last = ageTo ?? Infinity;
  return sexes.flatMap((sex) =>
    layout.population
      .groups(year, sex)
      .filter((group) => group.ageTo !== null && group.ageTo >= ageFrom && group.ageFrom <= last && (group.ageFrom < ageFrom || group.ageTo > last))
      .map(({ row }) => ({
        count: absolute(layout.population.sheet, 5, row),
        ageFrom: absolute(layout.population.sheet, 3, row),
        ageTo: absolute(layout.population.sheet, 4, row),
      })),
  );
}

/**
 * Writes the scenario's sheet and returns the cells of each year's total cost and share of GDP, for the summary.
 * `rows` are the model's (costScenario), cached in the formulas and compared with them by the test.
 */
export function addScenarioSheet(
  workbook: ExcelJS.Workbook,
  layout: WorkbookLayout,
  input: { sheet: string; number: number; name: string; scenario: BenefitScenario; rows: ScenarioRow[] },
): Map<number, { totalCost: string; shareOfGdp: string }> {
  const { labels, prepared } = layout;
  const shape = shapeOf(input.scenario);
  const p = parameterNames(input.number, shape);
  const sheet = workbook.addWorksheet(input.sheet);
  // Wide enough for the parameters' labels in French and Spanish, the longest of the four languages.
  sheet.getColumn(1).width = 46;
  for (let column = 2; column <= columns.length; column += 1) sheet.getColumn(column).width = 18;
  sheet.getColumn(columnOf.notes).width = 60;

  const title = sheet.getCell(1, 1);
  title.value = textCell(input.name);
  title.font = { bold: true, size: 14 };

  const list = parameters(shape, p, labels);
  list.forEach((parameter, index) => {
    const row = 3 + index;
    sheet.getCell(row, 1).value = textCell(parameter.label);
    const cell = sheet.getCell(row, 2);
    cell.value = parameter.value;
    if (parameter.format) cell.numFmt = parameter.format;
    if (parameter.name) cell.name = parameter.name;
  });

  const headerAt = 3 + list.length + 1;
  const header = sheet.getRow(headerAt);
  header.values = columns.map(([key]) => textCell(labels.columns[key]));
  headerRow(header);
  sheet.views = [{ state: "frozen", ySplit: headerAt, xSplit: 1 }];

  const counted = countedAges(shape);
  // Mothers of newborns have no ages of their own to name: the persons aged 0.
  const ages = shape.target.kind === "ages" ? { ageFrom: p.ageFrom, ageTo: shape.target.ageTo === null ? null : p.ageTo } : { ageFrom: "0", ageTo: "0" };
  const sex = shape.target.kind === "ages" && shape.target.sex !== "all" ? p.sex : null;
  const summaryCells = new Map<number, { totalCost: string; shareOfGdp: string }>();

  input.rows.forEach((modelRow, index) => {
    const rowNumber = headerAt + 1 + index;
    const { year } = modelRow;
    const at = (column: Column) => `$${columnLetter(columnOf[column])}${rowNumber}`;
    const inputsRow = layout.inputs.rowOf.get(year)!;
    const inputsCell = (column: keyof WorkbookLayout["inputs"]["columns"]) => absolute(layout.inputs.sheet, layout.inputs.columns[column], inputsRow);
    const row = sheet.getRow(rowNumber);
    row.getCell(columnOf.year).value = year;
    row.getCell(columnOf.year).alignment = { horizontal: "left" };

    // Persons the model cannot count (a gap in the ages, groups sharing an age, part of the open group) are left
    // empty, the reason in the notes: a SUMIFS would give a partial sum where the model gives none.
    const persons = countPersons(prepared.table, year, counted.sex, counted.ageFrom, counted.ageTo);
    if (persons.value !== null) {
      const splits = splitGroups(layout, year, counted.sexes, counted.ageFrom, counted.ageTo);
      row.getCell(columnOf.persons).value = formulaCell(personsFormula({ year: at("year"), ...ages, sex, splits }), persons.value.toFixed());
    }

    const formulas = rowFormulas(
      shape,
      p,
      {
        year: at("year"),
        persons: at("persons"),
        eligiblePopulation: at("eligiblePopulation"),
        takeUp: at("takeUp"),
        beneficiaries: at("beneficiaries"),
        annualBenefit: at("annualBenefit"),
        benefitSpending: at("benefitSpending"),
        administrativeCost: at("administrativeCost"),
        totalCost: at("totalCost"),
      },
      {
        gdp: inputsCell("gdp"),
        governmentExpenditure: inputsCell("governmentExpenditure"),
        povertyLine: inputsCell("povertyLine"),
        priceIndex: inputsCell("priceIndex"),
        totalPopulation: inputsCell("totalPopulation"),
      },
    );
    for (const [column, formula] of Object.entries(formulas) as [keyof typeof formulas, string][]) {
      row.getCell(columnOf[column]).value = formulaCell(formula, modelRow[column]);
    }
    row.getCell(columnOf.notes).value = textCell(modelRow.problems.map(labels.problem).join(" "));
    row.getCell(columnOf.notes).alignment = { wrapText: true, vertical: "top" };
    columns.forEach(([, format], column) => {
      if (format) row.getCell(column + 1).numFmt = format;
    });
    summaryCells.set(year, { totalCost: absolute(input.sheet, columnOf.totalCost, rowNumber), shareOfGdp: absolute(input.sheet, columnOf.shareOfGdp, rowNumber) });
  });
  return summaryCells;
}
