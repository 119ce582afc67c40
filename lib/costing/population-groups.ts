/**
 * A year's population as its form shows it: one row per age group with the females and males of it, youngest first.
 * Stored figures are per sex, and a file may group the sexes differently (single ages for one, groups for the
 * other); such a year reads as rows with one sex blank, and says so, since the form types both sexes per group.
 */
import type { PopulationFigure } from "./types";

export type PopulationGroupRow = { ageFrom: number; ageTo: number | null; female: string | null; male: string | null };

export function populationGroupsOf(figures: Pick<PopulationFigure, "sex" | "ageFrom" | "ageTo" | "population">[]): {
  groups: PopulationGroupRow[];
  /** Whether every group has both sexes: false when the year's figures group females and males differently. */
  sexesGroupedAlike: boolean;
} {
  const byGroup = new Map<string, PopulationGroupRow>();
  for (const figure of figures) {
    const key = `${figure.ageFrom}-${figure.ageTo ?? ""}`;
    const group = byGroup.get(key) ?? { ageFrom: figure.ageFrom, ageTo: figure.ageTo, female: null, male: null };
    group[figure.sex] = figure.population;
    byGroup.set(key, group);
  }
  // The open top group (no last age) after a closed group that starts at the same age.
  const groups = [...byGroup.values()].sort((a, b) => a.ageFrom - b.ageFrom || (a.ageTo ?? Number.POSITIVE_INFINITY) - (b.ageTo ?? Number.POSITIVE_INFINITY));
  return { groups, sexesGroupedAlike: groups.every((group) => group.female !== null && group.male !== null) };
}
