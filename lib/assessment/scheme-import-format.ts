/**
 * The inventory's spreadsheet as a re-import reads it: the export's columns (reports/export-schemes.ts), each named
 * in the header by its label in any of the four catalogues or by its key, and a row's cells turned into what the
 * add and edit forms send, so that the forms' zod schemas check them.
 */
import "server-only";
import { benefitForms, benefitFrequencies, financingSources, guarantees, schemeContributions, schemeKinds, schemeStatuses, sharingLevels } from "@/db/schema/values";
import type { ImportColumns } from "@/lib/imports/read-import-file";
import en from "@/lib/i18n/messages/en.json";
import es from "@/lib/i18n/messages/es.json";
import fr from "@/lib/i18n/messages/fr.json";
import pt from "@/lib/i18n/messages/pt.json";
import { schemeExportColumns } from "@/lib/reports/export-schemes";
import type { LabelledColumnKey } from "@/lib/reports/tabular";

/** A column of the inventory's spreadsheet, by its key (`schemeId`, `nationalName`, …). */
export type SchemeColumn = LabelledColumnKey;

const headerText = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

const columnByHeader = new Map<string, SchemeColumn>();
for (const { key } of schemeExportColumns) {
  const column = key as SchemeColumn;
  columnByHeader.set(headerText(column), column);
  for (const catalogue of [en, fr, es, pt]) columnByHeader.set(headerText(catalogue.exports.column[column]), column);
}

export const schemeImportColumns: ImportColumns<SchemeColumn> = {
  columnOf: (header) => columnByHeader.get(headerText(header)),
  required: ["nationalName"],
};

/** The codes a choice column takes; `several` for a ticked list, written "health; children" by the export. */
export const schemeColumnValues: Partial<Record<string, { codes: readonly string[]; several?: boolean }>> = {
  guarantees: { codes: guarantees, several: true },
  contribution: { codes: schemeContributions },
  kind: { codes: schemeKinds },
  benefitForm: { codes: benefitForms },
  benefitFrequency: { codes: benefitFrequencies },
  status: { codes: schemeStatuses },
  financing: { codes: financingSources, several: true },
  sharingLevel: { codes: sharingLevels },
};

const valueLists = Object.entries(schemeColumnValues);
const listColumns = new Set(valueLists.filter(([, values]) => values?.several).map(([column]) => column));
/** Choices are read by their codes in any case, with spaces or hyphens for underscores ("In force", "non-contributory"). */
const choiceColumns = new Set(valueLists.filter(([, values]) => !values?.several).map(([column]) => column));
const codeOf = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** A row's cells as form values: the columns the file has (not its id and country, which the import reads itself). */
export function schemeFormInput(values: Partial<Record<SchemeColumn, string>>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [column, text = ""] of Object.entries(values) as [SchemeColumn, string | undefined][]) {
    if (column === "schemeId" || column === "country") continue;
    if (listColumns.has(column)) input[column] = text.split(/[;,\n]/).map(codeOf).filter(Boolean);
    // A blank level keeps the scheme's (an update) or the form's default (an add).
    else if (column === "sharingLevel" && text.trim() === "") continue;
    else input[column] = choiceColumns.has(column) ? codeOf(text) : text;
  }
  return input;
}

/** The form's fields that a column does not share its name with. */
const columnOfField: Record<string, SchemeColumn | null> = { id: "schemeId", countryCode: "country", version: null, _form: null };

/** The column a form field's error belongs to ("benefitCurrency", "guarantees.0" → "guarantees"). */
export function columnOfFieldError(field: string): SchemeColumn | null {
  const name = field.split(".")[0]!;
  return name in columnOfField ? columnOfField[name]! : (name as SchemeColumn);
}
