/** What an IATI import's forms and API send: the agency (a coordinator chooses it), the adviser's own sector list, the import to apply. */
import * as z from "zod/mini";
import { blankAsNull } from "./common";

const uuidSchema = z.uuid({ message: "validation.invalid" });

/** DAC 5-digit purpose codes or 3-digit categories, separated by spaces or commas ("16010, 15160"), at most 50. */
export const sectorListSchema = z.pipe(
  z.string().check(z.maxLength(400, { message: "validation.invalid" })),
  z.pipe(
    z.transform((value: string) => [...new Set(value.split(/[\s,;]+/).filter(Boolean))]),
    z.array(z.string().check(z.regex(/^\d{3}(\d{2})?$/, { message: "iatiImport.sectorCodesInvalid" }))).check(z.minLength(1), z.maxLength(50, { message: "iatiImport.sectorCodesInvalid" })),
  ),
);

export const startIatiImportSchema = z.object({
  agencyId: blankAsNull(uuidSchema),
  sectorCodes: blankAsNull(sectorListSchema),
});

export const iatiImportIdSchema = z.object({ importId: uuidSchema });
