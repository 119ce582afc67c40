"use server";
/**
 * Server actions of the costing's input screens (frame, years, population): each calls one lib/ use case, then goes
 * to the costing's overview or, for the population, back to the population page with what was done.
 */
import { refreshAllAndGo, runFormAction } from "@/app/_edge/form-action";
import { importSummaryQuery } from "@/components/costing/inputs/import-summary";
import { importPopulation } from "@/lib/costing/data/import-population";
import { setCostingFrame } from "@/lib/costing/data/set-frame";
import { setPopulation } from "@/lib/costing/data/set-population";
import { setYearFigures } from "@/lib/costing/data/set-year-figures";
import type { ActionState } from "@/lib/forms/action-state";

const costingPage = (countryCode: string, done: string) => `/countries/${countryCode}/costing?done=${done}`;
const populationPage = (countryCode: string, query: string) => `/countries/${countryCode}/costing/population?${query}`;

export async function setCostingFrameAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, setCostingFrame, (saved) => refreshAllAndGo(costingPage(saved.countryCode, "frameSet")), "costing.write");
}

export async function setYearFiguresAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, setYearFigures, (saved) => refreshAllAndGo(costingPage(saved.countryCode, "yearsSaved")), "costing.write");
}

export async function importPopulationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    importPopulation,
    (imported) => refreshAllAndGo(populationPage(imported.countryCode, `done=imported&${importSummaryQuery(imported)}`)),
    "costing.write",
  );
}

export async function setPopulationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(
    formData,
    setPopulation,
    // The year was checked by the use case: it is one of the frame's.
    (saved) => refreshAllAndGo(populationPage(saved.countryCode, new URLSearchParams({ done: "populationSaved", year: String(formData.get("year")) }).toString())),
    "costing.write",
  );
}
