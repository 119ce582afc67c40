/**
 * Countries to choose from grouped by region (a round's countries, the countries one follows), each group named in
 * the reader's language and keeping the order it is given, in the order of the regions.
 */
import { regions } from "@/lib/forms/choices";

type Region = (typeof regions)[number];

/** The countries offered, one group per region, already named in the reader's language. */
export type RegionChoices = { region: string; label: string; countries: { code: string; name: string }[] }[];

export function regionChoices(countries: readonly { code: string; name: string; region: Region }[], regionName: (region: Region) => string): RegionChoices {
  return regions
    .map((region) => ({
      region,
      label: regionName(region),
      countries: countries.filter((country) => country.region === region).map((country) => ({ code: country.code, name: country.name })),
    }))
    .filter((group) => group.countries.length > 0);
}
