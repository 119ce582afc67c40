/**
 * The filters of the gaps view across countries, as the URL, the exports and the JSON API carry them. On a page a
 * value that cannot be read is ignored, and said to be (`ignoredGapsFilters`); the API refuses it per field.
 */
import * as z from "zod/mini";
import { guarantees, regions, spfiStatuses } from "@/db/schema/values";
import { optionalField } from "./support";
import { textSchema } from "./text";

export const assessmentGapsFilterNames = ["guarantee", "region", "spfiStatus", "agency"] as const;
export type AssessmentGapsFilterName = (typeof assessmentGapsFilterNames)[number];

const shape = {
  /** One guarantee's block; blank for all four. */
  guarantee: z.enum(guarantees),
  region: z.enum(regions),
  spfiStatus: z.enum(spfiStatuses),
  /** An agency's acronym: the countries it supports (a live support entry there), as on the progress matrix. */
  agency: textSchema(40, 1),
};

const ignoredWhenBad = <Schema extends z.ZodMiniType>(schema: Schema) => z.catch(optionalField(schema), undefined);

export const assessmentGapsQuery = z.object({
  guarantee: ignoredWhenBad(shape.guarantee),
  region: ignoredWhenBad(shape.region),
  spfiStatus: ignoredWhenBad(shape.spfiStatus),
  agency: ignoredWhenBad(shape.agency),
});
export type AssessmentGapsQuery = z.output<typeof assessmentGapsQuery>;

/** The same filters for the JSON API: a value it cannot read is an error the program should see. */
export const assessmentGapsApiQuery = z.object({
  guarantee: z.optional(shape.guarantee),
  region: z.optional(shape.region),
  spfiStatus: z.optional(shape.spfiStatus),
  agency: z.optional(shape.agency),
});

/** The filters given a value that was not understood, so that a page can say they were ignored. */
export function ignoredGapsFilters(input: unknown, query: AssessmentGapsQuery): AssessmentGapsFilterName[] {
  const given = input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};
  return assessmentGapsFilterNames.filter((name) => {
    const value = given[name];
    const blank = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
    return !blank && query[name] === undefined;
  });
}
