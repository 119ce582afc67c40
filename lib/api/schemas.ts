/** Schemas that many endpoints' responses share: the error body, a page, texts in every language. */
import { locales } from "@/db/schema/common";
import type { AppErrorCode } from "@/lib/errors";
import { z } from "zod";

const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID",
  "CONFLICT",
  "RATE_LIMITED",
  "TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNAVAILABLE",
  "INTERNAL",
] as const satisfies readonly (
  | AppErrorCode
  | "INTERNAL"
)[];

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string().meta({ description: "A sentence for people, in the language of the request (Accept-Language)." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "For INVALID: one message per field, by field path." }),
      current: z.unknown().optional().meta({ description: "For CONFLICT: the record as it stands now." }),
    }),
  })
  .meta({ id: "Error" });

export const localizedTextResponse = z
  .object(Object.fromEntries(locales.map((locale) => [locale, locale === "en" ? z.string() : z.string().optional()])) as {
    en: z.ZodString;
    fr: z.ZodOptional<z.ZodString>;
    es: z.ZodOptional<z.ZodString>;
    pt: z.ZodOptional<z.ZodString>;
  })
  .meta({ id: "LocalizedText", description: "A text in each interface language; English is always there, the others may be missing." });

/** A page of rows: `nextCursor` is null on the last page, else passed back as `cursor` for the next one. */
export function pageResponse<Row extends z.ZodType>(row: Row, id: string) {
  return z.object({ data: z.array(row), nextCursor: z.string().nullable() }).meta({ id });
}

/** A timestamp as JSON carries it. */
export const timestamp = z.iso.datetime({ offset: true });
export const isoTimestamp = (date: Date | null) => (date ? date.toISOString() : null);
