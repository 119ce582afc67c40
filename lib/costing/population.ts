/**
 * Counts persons of an age range in a year's population table, which may hold single ages, groups ("0–4") and an
 * open top group ("80+"). A target that takes part of a closed group gets a share of it, as if the group's persons
 * were spread evenly over its ages; part of an open group cannot be taken, since its width is unknown (decision 1800).
 */
import { Decimal, readFigure } from "./decimal";
import type { CostingProblem, CostingProblemCode, CostingSex, PopulationFigure, Sex } from "./types";

type Band = { from: number; to: number | null; population: string };
export type PopulationTable = Map<string, Band[]>;
export type Count = { value: Decimal | null; problems: CostingProblem[] };

const keyOf = (year: number, sex: Sex) => `${year}|${sex}`;

/** The table by year and sex, each list by age, built once per set of inputs. */
export function populationTable(figures: PopulationFigure[]): PopulationTable {
  const table: PopulationTable = new Map();
  for (const figure of figures) {
    const key = keyOf(figure.year, figure.sex);
    const bands = table.get(key) ?? [];
    bands.push({ from: figure.ageFrom, to: figure.ageTo, population: figure.population });
    table.set(key, bands);
  }
  for (const bands of table.values()) bands.sort((a, b) => a.from - b.from);
  return table;
}

const fail = (code: CostingProblemCode, year: number): Count => ({ value: null, problems: [{ code, year }] });

/** Persons aged `from` to `to` (null: no upper age) of one sex in one year, or null and why. */
export function countAges(table: PopulationTable, year: number, sex: Sex, from: number, to: number | null): Count {
  const bands = table.get(keyOf(year, sex));
  if (!bands?.length) return fail("missingPopulation", year);
  let total = new Decimal(0);
  let proRated = false;
  // The next age the table must hold for the range to be covered without a gap.
  let cursor = from;
  for (const [index, band] of bands.entries()) {
    const next = bands[index + 1];
    // Two groups holding the same age would count its persons twice.
    if (next && (band.to === null || next.from <= band.to)) return fail("overlappingAgeGroups", year);
    const bandEnd = band.to ?? Infinity;
    const rangeEnd = to ?? Infinity;
    if (bandEnd < from || band.from > rangeEnd) continue;
    if (band.from > cursor) return fail("missingPopulation", year);
    const population = readFigure(band.population);
    if (population.kind !== "value") return fail(population.kind === "missing" ? "missingPopulation" : "invalidPopulation", year);
    const overlapFrom = Math.max(band.from, from);
    const overlapTo = Math.min(bandEnd, rangeEnd);
    if (overlapFrom === band.from && overlapTo === bandEnd) {
      total = total.plus(population.value);
    } else if (band.to === null) {
      return fail("targetSplitsOpenAgeGroup", year);
    } else {
      proRated = true;
      total = total.plus(population.value.times(overlapTo - overlapFrom + 1).dividedBy(band.to - band.from + 1));
    }
    cursor = overlapTo + 1;
  }
  // Covered when the cursor passed the range's last age (for an open range, when an open group was counted).
  const covered = to === null ? cursor === Infinity : cursor > to;
  if (!covered) return fail("missingPopulation", year);
  return { value: total, problems: proRated ? [{ code: "proRatedAgeGroup", year }] : [] };
}

/** Adds counts: null when any is null, the problems of all of them either way. */
export function addCounts(counts: Count[]): Count {
  const problems = counts.flatMap((count) => count.problems);
  if (counts.some((count) => count.value === null)) return { value: null, problems };
  return { value: counts.reduce((sum, count) => sum.plus(count.value!), new Decimal(0)), problems };
}

/** Persons of a range of both sexes or one. */
export function countPersons(table: PopulationTable, year: number, sex: CostingSex, from: number, to: number | null): Count {
  const sexes: Sex[] = sex === "all" ? ["female", "male"] : [sex];
  return addCounts(sexes.map((one) => countAges(table, year, one, from, to)));
}
