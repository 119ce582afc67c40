/**
 * Plans the re-import of a country's inventory: each row of the file checked by the forms' zod schemas and
 * decided "add" (no id), "update" (the id of a live scheme of the country whose values differ) or "skip" (the same
 * values), with errors by row and column. Reads only; the import writes the plan.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { schemes } from "@/db/schema";
import type { LibMessage } from "@/lib/i18n/message-key";
import type { FileRow } from "@/lib/imports/read-import-file";
import { isRecordId } from "@/lib/progress/records";
import { checkInput } from "@/lib/validation/parse";
import { addSchemeSchema, type AddSchemeValues, editSchemeSchema, type EditSchemeValues } from "@/lib/validation/schemes";
import { withValues } from "@/lib/validation/zod";
import { schemeChanges } from "./edit-scheme";
import { columnOfFieldError, type SchemeColumn, schemeFormInput } from "./scheme-import-format";
import { type SchemeRow, schemeFormValues } from "./scheme-records";

export type SchemeImportAction = "add" | "update" | "skip";
/** `message`: a lib/ message where this file writes one, a Zod issue's text otherwise (checked where translated). */
export type SchemeRowError = { line: number; column: SchemeColumn | null; message: string };

export type PlannedScheme =
  | { line: number; action: "add"; values: AddSchemeValues }
  | { line: number; action: "update" | "skip"; values: EditSchemeValues; scheme: SchemeRow; changes: string[] };

export type SchemeImportPlan = { rows: PlannedScheme[]; errors: SchemeRowError[] };

export async function planSchemeImport(db: Queryable, countryCode: string, rows: FileRow<SchemeColumn>[]): Promise<SchemeImportPlan> {
  const errors: SchemeRowError[] = [];
  const error = (line: number, column: SchemeColumn | null, message: LibMessage | string) => errors.push({ line, column, message });

  // The ids the file names, among this country's schemes only: another country's id reads as unknown, shared or not.
  const ids = [...new Set(rows.map((row) => row.values.schemeId?.trim().toLowerCase() ?? "").filter(isRecordId))];
  const known = ids.length ? await db.select().from(schemes).where(and(eq(schemes.countryCode, countryCode), inArray(schemes.id, ids))) : [];
  const schemeById = new Map(known.map((scheme) => [scheme.id, scheme]));

  const planned: PlannedScheme[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, values } of rows) {
    const country = values.country?.trim().toUpperCase();
    const countryRefused = country !== undefined && country !== "" && country !== countryCode;
    if (countryRefused) error(line, "country", withValues("schemeRules.importOtherCountry", { country: countryCode }));
    const id = values.schemeId?.trim().toLowerCase() ?? "";
    const scheme = id ? schemeById.get(id) : undefined;
    if (id && !scheme) {
      error(line, "schemeId", "schemeRules.importUnknownScheme");
      continue;
    }
    if (scheme?.deletedAt) {
      error(line, "schemeId", "schemeRules.importWithdrawnScheme");
      continue;
    }
    if (scheme) {
      const first = firstLineOf.get(scheme.id);
      if (first !== undefined) error(line, "schemeId", withValues("schemeRules.importDuplicateScheme", { line: first }));
      else firstLineOf.set(scheme.id, line);
    }

    // A column the file leaves out keeps the scheme's value; a new scheme starts blank, as in the add form.
    const input = schemeFormInput(values);
    const checked = scheme
      ? checkInput(editSchemeSchema, { ...schemeFormValues(scheme), ...input, id: scheme.id, version: scheme.version })
      : checkInput(addSchemeSchema, { ...input, countryCode });
    if (checked.errors) {
      for (const [field, message] of Object.entries(checked.errors)) error(line, columnOfFieldError(field), message);
      continue;
    }
    if (countryRefused) continue;
    if (!scheme) {
      planned.push({ line, action: "add", values: checked.data as AddSchemeValues });
      continue;
    }
    const { id: _id, version: _version, ...edited } = checked.data as EditSchemeValues;
    const changes = Object.keys(schemeChanges(scheme, edited).changes.after);
    planned.push({ line, action: changes.length ? "update" : "skip", values: checked.data as EditSchemeValues, scheme, changes });
  }

  errors.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
  return { rows: planned, errors };
}
