/** Country identifiers, the countries list's URL parameters, and what coordinators type about a country. */
import * as z from "zod/mini";
import { regions, spfiStatuses } from "@/db/schema/values";
import { isAssignedCountryCode } from "@/lib/countries/iso-3166";
import { pageQueryShape } from "@/lib/paging";
import { localizedTextSchema, optionalText, versionSchema } from "./common";

export const countryCodeSchema = z.pipe(
  z.string().check(z.trim(), z.regex(/^[A-Za-z]{2}$/)),
  z.transform((code: string) => code.toUpperCase()),
);

export const countrySortColumns = ["name", "region", "spfiStatus", "stepsDone"] as const;
/** What the countries page's world map colours countries by. */
export const countryMapColourings = ["status", "steps"] as const;

/** Sorting and the map's colouring come from the URL: an unknown value falls back to the default rather than failing the page. */
export const countryListQuery = z.object({
  sort: z.catch(z.enum(countrySortColumns), "name"),
  dir: z.catch(z.enum(["asc", "desc"]), "asc"),
  map: z.catch(z.enum(countryMapColourings), "status"),
});

/** A new country's code: two letters that ISO 3166-1 assigns to a country or territory. */
export const isoCountryCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.regex(/^[A-Z]{2}$/, "validation.countryCode"),
    z.refine(isAssignedCountryCode, "validation.countryCodeUnknown"),
  );

const countryPlace = { region: z.enum(regions), spfiStatus: z.enum(spfiStatuses) };

/** Names left blank are filled with the standard names in each language. */
export const addCountrySchema = z.object({
  code: isoCountryCodeSchema,
  name: z._default(
    z.object({ en: optionalText(100), fr: optionalText(100), es: optionalText(100), pt: optionalText(100) }),
    { en: undefined, fr: undefined, es: undefined, pt: undefined },
  ),
  ...countryPlace,
});
export type AddCountryInput = z.input<typeof addCountrySchema>;

export const editCountrySchema = z.object({
  code: countryCodeSchema,
  version: versionSchema,
  name: localizedTextSchema(100),
  ...countryPlace,
});
export type EditCountryInput = z.input<typeof editCountrySchema>;

/** The countries endpoint's filters; unlike the page's URL, an unknown value is an error the client should see. */
export const countryFilterSchema = z.object({
  region: z.optional(z.enum(regions)),
  spfiStatus: z.optional(z.enum(spfiStatuses)),
});

/** The countries endpoint's query: filters and a page. */
export const countryPageQuerySchema = z.extend(countryFilterSchema, pageQueryShape);
