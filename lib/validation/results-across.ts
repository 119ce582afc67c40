/** The results across countries from the URL: the series, the table's sort. An unknown value falls back to the default rather than failing the page. */
import * as z from "zod/mini";
import { countryCodeSchema } from "./countries";
import { optionalField } from "./support";

export const resultsAcrossSortColumns = ["country", "value", "period"] as const;
export type ResultsAcrossSort = (typeof resultsAcrossSortColumns)[number];

/** The series shown when none is chosen: coverage by at least one benefit, the headline of SDG 1.3.1. */
export const defaultAcrossSeries = "SI_COV_BENFTS";

export const resultsAcrossQuery = z.object({
  series: z.catch(z.string().check(z.maxLength(40)), defaultAcrossSeries),
  sort: z.catch(z.enum(resultsAcrossSortColumns), "country"),
  dir: z.catch(z.enum(["asc", "desc"]), "asc"),
});

/** The choices sent with an indicator file: the country (an Open SDG file's, or to take one country of an ILOSTAT file) and the series column. */
const importChoices = {
  countryCode: optionalField(countryCodeSchema),
  seriesColumn: optionalField(z.string().check(z.trim(), z.maxLength(100, { message: "validation.invalid" }))),
};
export const indicatorImportChoicesSchema = z.object(importChoices);

const fileId = z.uuid({ message: "validation.invalid" });

/** A checked file, kept, and the choices it was checked with. */
export const indicatorFileSchema = z.object({ fileId, ...importChoices });

/** The apply of a checked file: the kept file, its dry run's fingerprint, and the same choices. */
export const applyIndicatorFileSchema = z.object({
  fileId,
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/, { message: "validation.invalid" })),
  ...importChoices,
});
export type ApplyIndicatorFileInput = z.input<typeof applyIndicatorFileSchema>;
