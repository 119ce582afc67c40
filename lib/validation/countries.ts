/** Country identifiers and the countries list's URL parameters. */
import { z } from "./zod";

export const countryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => code.toUpperCase());

export const countrySortColumns = ["name", "region", "spfiStatus", "stepsDone"] as const;

/** Sorting comes from the URL: an unknown value falls back to the default rather than failing the page. */
export const countryListQuery = z.object({
  sort: z.enum(countrySortColumns).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
