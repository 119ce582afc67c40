/** What a coordinator sends to publish a country's public page or take it back (decision 2200): forms and lib/ alike. */
import * as z from "zod/mini";
import { countryCodeSchema } from "./countries";

/** A form's "on", or true from a program; anything else is no. */
const yes = z.pipe(
  z.optional(z.union([z.boolean(), z.string()])),
  z.transform((value: boolean | string | undefined) => value === true || value === "on" || value === "true"),
);

export const publicationChangeSchema = z.object({
  country: countryCodeSchema,
  published: z.pipe(
    z.union([z.boolean(), z.enum(["true", "false"], { error: "validation.invalid" })], { error: "validation.invalid" }),
    z.transform((value: boolean | "true" | "false") => value === true || value === "true"),
  ),
  /** The publication's version the coordinator saw: 0 before the country was ever published. */
  version: z.coerce.number({ error: "validation.invalid" }).check(z.int(), z.gte(0, { error: "validation.invalid" })),
  /** Publish although the quality check lists warnings: recorded with them. */
  publishAnyway: yes,
});
export type PublicationChangeInput = z.input<typeof publicationChangeSchema>;
