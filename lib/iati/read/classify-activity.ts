/**
 * Whether an activity belongs in Socle (issue 21): the uploading agency reports it, it is about social protection (or
 * the adviser's sectors), a recipient country is a Socle country, and it was not cancelled. The first reason that
 * fails is the one given, in that order, so a coordinator is never asked to add a country for an activity that would
 * be skipped anyway.
 */
import { isSdgTarget13, socialProtectionSectorCodes } from "./codes";
import type { Classification, ClassifyOptions, ReadActivity, ReadSector } from "./types";

/** Activity and transaction sectors: the standard puts them on one or the other. */
export function allSectors(activity: ReadActivity): ReadSector[] {
  return [...activity.sectors, ...activity.transactions.flatMap((transaction) => transaction.sectors)];
}

/** Activity and transaction recipient countries, upper-cased, in first-seen order. */
export function allRecipientCountries(activity: ReadActivity): string[] {
  const codes = [...activity.recipientCountries.map((country) => country.code), ...activity.transactions.flatMap((transaction) => (transaction.recipientCountry ? [transaction.recipientCountry] : []))];
  return [...new Set(codes)];
}

/** DAC 16010 and its sub-codes, SDG target 1.3 as a tag (vocabulary 3) or a sector (vocabulary 8, or 9 for indicator 1.3.1). */
export function isSocialProtection(activity: ReadActivity): boolean {
  const sectors = allSectors(activity);
  if (sectors.some((sector) => sector.vocabulary === "1" && socialProtectionSectorCodes.has(sector.code.trim()))) return true;
  if (sectors.some((sector) => isSdgTarget13(sector.vocabulary, sector.code))) return true;
  return activity.tags.some((tag) => tag.vocabulary === "3" && tag.code.trim() === "1.3");
}

/** The adviser's list: a 5-digit code matches a DAC 5-digit sector (vocabulary 1), a 3-digit one a DAC 3-digit sector (vocabulary 2) or any 5-digit code under it. */
function matchesSectorList(activity: ReadActivity, sectorCodes: readonly string[]): boolean {
  const wanted = new Set(sectorCodes.map((code) => code.trim()));
  return allSectors(activity).some((sector) => {
    const code = sector.code.trim();
    if (sector.vocabulary === "1") return wanted.has(code) || wanted.has(code.slice(0, 3));
    if (sector.vocabulary === "2") return wanted.has(code);
    return false;
  });
}

function sectorSummary(activity: ReadActivity): string {
  const sectors = allSectors(activity).map((sector) => `${sector.vocabulary}:${sector.code}`);
  const tags = activity.tags.map((tag) => `tag ${tag.vocabulary}:${tag.code}`);
  const all = [...new Set([...sectors, ...tags])];
  return all.length === 0 ? "no sector" : all.slice(0, 12).join(", ");
}

export function classifyActivity(activity: ReadActivity, options: ClassifyOptions): Classification {
  if (activity.identifier === null) return { keep: false, reason: "unreadable", detail: "no iati-identifier" };
  // Read in part, its money would be wrong: an activity past the reader's caps is not imported.
  const tooLarge = activity.problems.find((problem) => problem.reason === "too_large");
  if (tooLarge) return { keep: false, reason: "unreadable", detail: tooLarge.detail };

  const reporting = activity.reportingOrg.ref?.trim().toUpperCase() ?? "";
  if (reporting === "" || reporting !== options.agencyIatiRef.trim().toUpperCase()) {
    return { keep: false, reason: "other_agency", detail: activity.reportingOrg.ref ?? "no reporting-org/@ref" };
  }

  const sectorCodes = options.sectorCodes ?? null;
  const about = sectorCodes && sectorCodes.length > 0 ? matchesSectorList(activity, sectorCodes) : isSocialProtection(activity);
  if (!about) return { keep: false, reason: "not_social_protection", detail: sectorSummary(activity) };

  const countries = allRecipientCountries(activity);
  if (!countries.some((code) => options.countryCodes.has(code))) {
    return { keep: false, reason: "unknown_country", detail: countries.length === 0 ? "no recipient-country" : countries.join(", ") };
  }

  if (activity.status === "5") return { keep: false, reason: "cancelled", detail: "activity-status 5" };
  return { keep: true };
}
