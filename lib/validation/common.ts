/** Small schemas every domain shares: texts in the four languages, optional texts, record versions. */
import { z } from "./zod";

/** The version an edit started from (optimistic concurrency); forms send it as a hidden field. */
export const versionSchema = z.coerce.number().int().min(1);

/** A text that may be left blank: blank becomes undefined. */
export const optionalText = (maximum: number) =>
  z
    .string()
    .trim()
    .max(maximum)
    .optional()
    .transform((value) => value || undefined);

/** A schema applied only when a value was typed: blank or missing becomes null. */
export const blankAsNull = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema.nullable().optional()).transform(
    (value) => value ?? null,
  );

/** Text in every interface language; English is required, the others fall back to it when blank. */
export const localizedTextSchema = (maximum: number) =>
  z.object({
    en: z.string().trim().min(1).max(maximum),
    fr: optionalText(maximum),
    es: optionalText(maximum),
    pt: optionalText(maximum),
  });
