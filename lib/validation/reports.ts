/** The URL filters of the progress exports (milestones, step progress, needs); a malformed value is ignored, as on the pages. */
import * as z from "zod/mini";
import { countryCodeSchema } from "./countries";
import { isoDateSchema, optionalField } from "./support";

const filter = <Schema extends z.ZodMiniType>(schema: Schema) => z.catch(optionalField(schema), undefined);

export const progressExportQuery = z.object({
  country: filter(countryCodeSchema),
  /** A framework step's key. */
  step: filter(z.string().check(z.regex(/^[a-z_]{1,60}$/))),
  from: filter(isoDateSchema),
  to: filter(isoDateSchema),
});
export type ProgressExportQuery = z.output<typeof progressExportQuery>;

/**
 * The URL's country, checked before an export's file is named after it: a malformed value is refused (the
 * filters above ignore it) because it would end up in a response header.
 */
export const exportFileQuery = z.object({
  country: optionalField(z.pipe(z.string().check(z.trim(), z.regex(/^[A-Za-z]{2}$/, "validation.countryCode")), z.transform((code: string) => code.toUpperCase()))),
});
