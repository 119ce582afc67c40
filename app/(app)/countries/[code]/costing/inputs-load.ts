/**
 * How the costing's input screens load: the costing's inputs as the actor reads them, nothing costed (a costing kept to its country reads as
 * not `readable`, which the page shows as such), and on a page that exists only to change it, the refusal page for
 * someone who reads it but may not write it, as the matrix's edit pages give.
 */
import "server-only";
import { loadPage } from "@/app/_edge/load-page";
import { getCostingInputs } from "@/lib/costing/data/get-costing";
import { getPopulationYear } from "@/lib/costing/data/get-population-year";
import { assertCan, mayInCountry } from "@/lib/permissions";

/** The costing for a page that changes it: FORBIDDEN (the 403 page) for a reader who may not write it. */
export function loadCostingToChange(code: string) {
  return loadPage(async ({ db, actor }) => {
    const costing = await getCostingInputs(db, actor, code);
    if (costing.readable) assertCan(actor, "costing.write", { countryCode: costing.country.code });
    return costing;
  });
}

/** The costing for a page readers see too, and whether the actor may change it (the page shows its forms then). */
export function loadCostingToRead(code: string) {
  return loadPage(async ({ db, actor }) => {
    const costing = await getCostingInputs(db, actor, code);
    return { costing, mayWrite: mayInCountry(actor, "costing.write", costing.country.code) };
  });
}

/** One year's population for its form: NOT_FOUND (404) for a year outside the frame, FORBIDDEN for a reader. */
export function loadPopulationYearToChange(code: string, year: string) {
  return loadPage(async ({ db, actor }) => {
    const population = await getPopulationYear(db, actor, code, year);
    if (population.readable) assertCan(actor, "costing.write", { countryCode: population.country.code });
    return population;
  });
}
