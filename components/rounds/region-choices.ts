/** The countries a round may ask, grouped by region for the round form, each group in the reader's order of names. */
import type { CountryListRow } from "@/lib/countries/query-countries";
import { regions } from "@/lib/forms/choices";
import type { RegionChoices } from "./round-form";

export function regionChoices(countries: readonly CountryListRow[], regionName: (region: (typeof regions)[number]) => string): RegionChoices {
  return regions
    .map((region) => ({
      region,
      label: regionName(region),
      countries: countries.filter((country) => country.region === region).map((country) => ({ code: country.code, name: country.name })),
    }))
    .filter((group) => group.countries.length > 0);
}
