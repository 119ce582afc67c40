/**
 * Who may read a report: the one check the report pages make and the PDF downloads make before Chromium starts,
 * so that no one sets Chromium to work on a page they would only be refused.
 */
import type { Actor } from "@/lib/actor";
import { assertCan } from "@/lib/permissions";
import { countryCodeFor } from "@/lib/countries/query-countries";

/** The cross-country summary: those who may export reports anywhere. */
export function authorizeSummaryReport(actor: Actor): void {
  assertCan(actor, "report.export");
}

/** A country's report: its code, upper-cased, if the actor may export that country's report; a malformed code is not found. */
export function authorizeCountryReport(actor: Actor, code: unknown): string {
  return countryCodeFor(actor, code, "report.export");
}
