/** Country identifiers and the countries list's URL parameters. */
import * as z from "zod/mini";

export const countryCodeSchema = z.pipe(
  z.string().check(z.trim(), z.regex(/^[A-Za-z]{2}$/)),
  z.transform((code: string) => code.toUpperCase()),
);

export const countrySortColumns = ["name", "region", "spfiStatus", "stepsDone"] as const;

/** Sorting comes from the URL: an unknown value falls back to the default rather than failing the page. */
export const countryListQuery = z.object({
  sort: z.catch(z.enum(countrySortColumns), "name"),
  dir: z.catch(z.enum(["asc", "desc"]), "asc"),
});
