/**
 * The cross-country summary: for each country, where its process stands (steps by status) and the support it
 * receives and still lacks per currency. Reads through the countries list's and the support page's own functions.
 */
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { listCountries } from "@/lib/countries/query-countries";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { authorizeSummaryReport } from "./report-access";

export async function getSummaryReport(db: Queryable, actor: Actor, locale: Locale) {
  authorizeSummaryReport(actor);
  const countries = await listCountries(db, actor, { locale });
  const rows = [];
  for (const country of countries) {
    const [{ steps }, support] = await Promise.all([getCountryOverview(db, actor, country.code), getCountrySupport(db, actor, country.code)]);
    const entries = new Set([...support.steps.flatMap((step) => step.entries), ...support.entriesWithoutStep].map((entry) => `${entry.id} ${entry.kind}`));
    rows.push({
      ...country,
      inProgress: steps.filter((step) => step.status === "in_progress").length,
      technicalEntries: [...entries].filter((entry) => entry.endsWith(" technical")).length,
      financialEntries: [...entries].filter((entry) => entry.endsWith(" financial")).length,
      totals: support.totals,
    });
  }
  return { countries: rows };
}
