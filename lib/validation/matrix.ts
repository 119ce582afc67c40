/** The filters of the cross-country matrix, as the URL and the API carry them; blank means "any". */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { regions, spfiStatuses, stepStatuses } from "@/db/schema/values";
import { pastDate } from "./progress";

const blank = z.transform((value: unknown) => (value === "" || value === undefined ? undefined : value));
/** A filter that may be left blank (an unchosen select sends an empty string). */
const optional = <Schema extends z.ZodMiniType>(schema: Schema) => z.pipe(blank, z.optional(schema));

export const matrixQuerySchema = z.object({
  region: optional(z.enum(regions)),
  spfiStatus: optional(z.enum(spfiStatuses)),
  /** Countries with a step in this status (the step named by `step`, or any). */
  status: optional(z.enum(stepStatuses)),
  /** A framework step's key. */
  step: optional(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,60}$/))),
  /** An agency's acronym: countries it supports (a live support entry there). */
  agency: optional(textSchema(40, 1)),
  /** Countries with no update for at least this many days. */
  stale: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(3650))),
  /** The matrix as it stood at the end of this day (UTC), rebuilt from the history. */
  asOf: optional(pastDate),
  /** Countries with a step behind plan: still open after its planned end (decision 2000). */
  behindPlan: optional(z.pipe(z.enum(["true", "on", "1", "false", "0"]), z.transform((value: "true" | "on" | "1" | "false" | "0") => value === "true" || value === "on" || value === "1"))),
});
export type MatrixQuery = z.output<typeof matrixQuerySchema>;

export const matrixChangesQuerySchema = z
  .object({
    from: pastDate,
    to: pastDate,
    region: optional(z.enum(regions)),
    spfiStatus: optional(z.enum(spfiStatuses)),
  })
  .check(z.refine((input) => input.from <= input.to, { path: ["to"], message: "matrix.toBeforeFrom" }));
export type MatrixChangesQuery = z.output<typeof matrixChangesQuerySchema>;
