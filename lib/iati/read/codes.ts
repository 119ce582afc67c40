/** IATI codelists the reader needs, with the 1.x/2.01-era textual forms that published files still carry. */
import type { IatiActivityDateType, IatiTransactionTypeCode } from "./types";

const numericTransactionTypes = new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"]);

/** TransactionType 1.x textual codes, as the 2.01 codelist kept them for reference ("IC" incoming commitment came in 2.02). */
const textualTransactionTypes: Record<string, IatiTransactionTypeCode> = {
  IF: "1",
  C: "2",
  D: "3",
  E: "4",
  IR: "5",
  LR: "6",
  R: "7",
  QP: "8",
  QS: "9",
  CG: "10",
  IC: "11",
};

/** The 2.x code of a transaction-type/@code, numeric or textual; null when it is neither. */
export function transactionTypeCode(code: string): IatiTransactionTypeCode | null {
  const trimmed = code.trim();
  if (numericTransactionTypes.has(trimmed)) return trimmed as IatiTransactionTypeCode;
  return textualTransactionTypes[trimmed.toUpperCase()] ?? null;
}

/** ActivityDateType 1.x textual codes. */
const textualDateTypes: Record<string, IatiActivityDateType> = {
  "start-planned": "1",
  "start-actual": "2",
  "end-planned": "3",
  "end-actual": "4",
};

export function activityDateType(code: string): IatiActivityDateType | null {
  const trimmed = code.trim().toLowerCase();
  if (trimmed === "1" || trimmed === "2" || trimmed === "3" || trimmed === "4") return trimmed;
  return textualDateTypes[trimmed] ?? null;
}

/** ActivityStatus codes (1 pipeline … 6 suspended). */
export const activityStatusCodes = new Set(["1", "2", "3", "4", "5", "6"]);

/**
 * DAC 5-digit social protection codes (the CRS purpose codes under 16010 "Social protection" since 2018):
 * 16010 social protection, 16011 policy, planning and administration, 16012 social security (excl. pensions),
 * 16013 general pensions, 16014 civil service pensions, 16015 social services. The 3-digit 160 (vocabulary 2) is
 * "other social infrastructure and services" (employment, housing, culture, drugs…): too wide to say social protection.
 */
export const socialProtectionSectorCodes = new Set(["16010", "16011", "16012", "16013", "16014", "16015"]);

/** SDG target 1.3 ("implement nationally appropriate social protection systems") and its indicator 1.3.1. */
export function isSdgTarget13(vocabulary: string, code: string): boolean {
  const normalised = code.trim().toLowerCase();
  if (vocabulary === "8") return normalised === "1.3";
  if (vocabulary === "9") return normalised === "1.3.1";
  return false;
}

/** A plain decimal, possibly signed: what xsd:decimal accepts (no exponent, no thousands separators). */
export const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** An ISO date, or a date-time whose date part is read. */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|Z|[+-]\d{2}:\d{2}$)/;

/** YYYY-MM-DD from an ISO date or date-time, when it is a real day; null otherwise. */
export function isoDate(text: string): string | null {
  const match = isoDatePattern.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month}-${day}`;
}
