/**
 * What the IATI reader yields and what the mapping makes of it (issue 21, decision 2120): the contract between the
 * streaming reader (`read-iati-file.ts`), the classification and mapping, and the import (lib/iati/import/).
 */
import type { FundingSource, supportStatuses, technicalCategories, transactionTypes } from "@/db/schema/values";

// ---------------------------------------------------------------- the file

/** Why a whole file cannot be read; the keys of `iatiImport.reasons.file.*`. */
export const iatiFileErrorReasons = ["malformed", "wrong_root", "entities", "empty"] as const;
export type IatiFileErrorReason = (typeof iatiFileErrorReasons)[number];

/** What sinks the whole file (its own module, since it is a class): reason, line and column. */
export { IatiFileError } from "./iati-file-error";

/** Why part of an activity (or the root) could not be read as published; the keys of `iatiImport.reasons.problem.*`. */
export const iatiProblemReasons = [
  /** No `iati-identifier`, or an empty one: the activity cannot be matched, so it is unreadable. */
  "missing_identifier",
  /** An attribute the schema requires is absent (detail: `element/@attribute`). */
  "missing_attribute",
  /** An un-namespaced attribute the schema does not declare (d-portal's dflat `dataset`, `version`…). */
  "unknown_attribute",
  /** A code written in the narrative instead of `@code` (WHO's transaction sectors): read from the narrative. */
  "code_in_narrative",
  /** A code outside its codelist (transaction type, activity status, date type, vocabulary). */
  "unknown_code",
  /** A value that is not a number (detail: the text). */
  "not_a_number",
  /** A negative value (UNICEF's de-obligated commitments): kept, and noted. */
  "negative_value",
  /** A date that is not YYYY-MM-DD (an ISO date-time is read as its date, without a problem). */
  "bad_date",
  /** A percentage that is not a number between 0 and 100, or percentages that do not add up to 100. */
  "bad_percentage",
  /** A value with no `@currency` and no activity `default-currency`. */
  "missing_currency",
  /** A transaction dated after today: IATI refuses it; read as planned money, not as a transaction. */
  "future_transaction",
  /** A transaction type Socle does not record (interest, loan repayment, equity, guarantee…): left out. */
  "unmapped_transaction_type",
  /** The activity says it is of another version than the root (d-portal wraps 2.02 activities in a 2.03 root). */
  "version_mismatch",
  /** The root has no `@version` (detail: the version read from the activities instead). */
  "missing_version",
  /** A text longer than the reader keeps, or problems past the cap: the rest is left out. */
  "truncated",
  /** More elements or rows than the reader holds for one activity: read in part, so classified unreadable. */
  "too_large",
  /** Activity-status 6 (suspended): read as ongoing. */
  "suspended",
  /** Money in several currencies where the entry holds one: the amount counts the entry's currency only. */
  "mixed_currencies",
  /** Money from several sources where the entry names one: the largest is named, the others noted. */
  "several_sources",
  /** A transaction, budget or date the entry cannot hold as it is (no date, no value, an end before the start…): left out. */
  "left_out",
] as const;
export type IatiProblemReason = (typeof iatiProblemReasons)[number];

/** One thing that could not be read as published; it never sinks the activity or the file. */
export interface IatiProblem {
  /** Where, as an XPath-like path inside the activity: `transaction[3]/value`, `sector[2]/@code`, `@version`. */
  path: string;
  reason: IatiProblemReason;
  /** The offending text or the expected form, short (≤ 200 characters), for the dry run's detail column. */
  detail: string;
}

/** Text in one language: `lang` is the narrative's `xml:lang`, else the activity's, lower-cased; null when neither says. */
export interface Narrative {
  lang: string | null;
  text: string;
}

/** An organisation as an activity names it: `ref` is its IATI organisation identifier (trimmed; empty → null). */
export interface ReadOrganisation {
  ref: string | null;
  /** IATI OrganisationType code ("10" government, "40" multilateral…). */
  type: string | null;
  /** The first narrative's text (the activity's language preferred). */
  name: string | null;
}

/** IATI TransactionType codes (2.x numeric; 2.01-era textual "IF", "C", "D", "E", "IR", "LR", "R", "QP", "QS", "CG", "IC" are read as these). */
export type IatiTransactionTypeCode = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "13";

/** IATI ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end ("start-planned"… read as these). */
export type IatiActivityDateType = "1" | "2" | "3" | "4";

/** A sector of any vocabulary; `vocabulary` defaults to "1" (DAC 5-digit) as the standard says. */
export interface ReadSector {
  vocabulary: string;
  code: string;
  percentage: number | null;
}

/** A tag (vocabulary 3 = SDG target, 2 = SDG goal…). */
export interface ReadTag {
  vocabulary: string;
  code: string;
}

export interface ReadRecipientCountry {
  /** ISO 3166-1 alpha-2, upper-cased. */
  code: string;
  /** 0–100; null when the file gives none (one country alone then counts for 100). */
  percentage: number | null;
}

export interface ReadParticipatingOrg extends ReadOrganisation {
  /** OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
  role: string | null;
  activityId: string | null;
}

export interface ReadTransaction {
  /** 1-based position among the activity's transactions (matches a transaction without `@ref`, with type, date and value). */
  position: number;
  ref: string | null;
  type: IatiTransactionTypeCode | null;
  /** transaction-date/@iso-date as YYYY-MM-DD. */
  date: string | null;
  /** The value as a plain decimal string ("-1250.50"), whitespace trimmed; null when missing or not a number. */
  value: string | null;
  /** value/@currency, else the activity's default-currency; upper-cased. */
  currency: string | null;
  /** value/@value-date, else null (the mapping then uses the transaction date). */
  valueDate: string | null;
  providerOrg: (ReadOrganisation & { activityId: string | null }) | null;
  receiverOrg: (ReadOrganisation & { activityId: string | null }) | null;
  description: Narrative[];
  sectors: ReadSector[];
  /** A transaction-level recipient country (then the activity gives none, by the standard's rule). */
  recipientCountry: string | null;
}

/** A budget or a planned disbursement: money for a period ahead. */
export interface ReadPlannedMoney {
  /** Budget type 1 original, 2 revised (a revised budget replaces the original of the same period); planned disbursement type. */
  type: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  value: string | null;
  currency: string | null;
  valueDate: string | null;
}

/** One `iati-activity` as far as it could be read. */
export interface ReadActivity {
  /** The line its start tag is on (for the dry run's "where"). */
  line: number;
  /** Trimmed; null when missing (the activity is then unreadable: `missing_identifier`). */
  identifier: string | null;
  /** Its own version: d-portal's `iati-activities:version`, dflat's plain `version`, else the root's; null if none says. */
  version: string | null;
  /** The activity's `xml:lang`, lower-cased: the default language of its narratives. */
  lang: string | null;
  /** Upper-cased. */
  defaultCurrency: string | null;
  hierarchy: string | null;
  reportingOrg: ReadOrganisation;
  titles: Narrative[];
  /** Per description, its type (1 general, 2 objectives, 3 target groups, 4 other) and its narratives. */
  descriptions: { type: string | null; narratives: Narrative[] }[];
  /** ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
  status: string | null;
  dates: { type: IatiActivityDateType; date: string }[];
  recipientCountries: ReadRecipientCountry[];
  sectors: ReadSector[];
  tags: ReadTag[];
  participatingOrgs: ReadParticipatingOrg[];
  transactions: ReadTransaction[];
  budgets: ReadPlannedMoney[];
  plannedDisbursements: ReadPlannedMoney[];
  problems: IatiProblem[];
}

/** The root's facts, yielded first. */
export interface IatiFileHeader {
  kind: "header";
  /** The root's `@version`; null when it has none (d-portal's dflat files). */
  declaredVersion: string | null;
  /** The root's `@generated-datetime` as written; null when absent. */
  generatedAt: string | null;
  problems: IatiProblem[];
}

export type IatiReadEvent = IatiFileHeader | { kind: "activity"; activity: ReadActivity };

export interface ReadIatiFileOptions {
  /** Called after each chunk with the bytes read so far (progress of the dry run). */
  onBytes?: (bytesRead: number) => void;
}

/**
 * Bounds the reader holds to for one activity, so a hostile file cannot grow the heap through a single activity
 * (elements and text per activity: element-tree.ts). Past the rows' or elements' cap the activity is `too_large`.
 */
export const iatiReadLimits = {
  /** Characters kept of one text (narrative, value, date); the rest is dropped with a `truncated` problem. */
  textCharacters: 20_000,
  /** Rows kept of one repeated element per activity (transactions, budgets, sectors, narratives…); past it, `too_large`. */
  rowsPerActivity: 5_000,
  /** Problems kept per activity; one more `truncated` problem says how many were left out. */
  problemsPerActivity: 200,
} as const;

// ---------------------------------------------------------------- classification

export interface ClassifyOptions {
  /** The uploading agency's IATI organisation identifier (compared trimmed, case-insensitively). */
  agencyIatiRef: string;
  /** Socle's country codes (ISO alpha-2, upper-case). */
  countryCodes: Set<string>;
  /** The adviser's sector list, replacing the social protection rule: DAC 5-digit (vocabulary 1) or 3-digit (vocabulary 2) codes. */
  sectorCodes?: readonly string[] | null;
}

/** Why an activity is skipped; the keys of `iatiImport.reasons.skip.*`. */
export const iatiSkipReasons = ["unreadable", "other_agency", "not_social_protection", "unknown_country", "cancelled"] as const;
export type IatiSkipReason = (typeof iatiSkipReasons)[number];

export type Classification =
  | { keep: true }
  /** `detail`: the reporting-org ref, the recipient countries not held, the sectors read… (not translated). */
  | { keep: false; reason: IatiSkipReason; detail: string };

// ---------------------------------------------------------------- mapping

export type SupportStatus = (typeof supportStatuses)[number];
export type SupportTransactionType = (typeof transactionTypes)[number];
export type TechnicalCategory = (typeof technicalCategories)[number];

export interface MapOptions {
  countryCodes: Set<string>;
  /** Socle's agencies by IATI organisation identifier (upper-cased), to make incoming funds a member source. */
  agenciesByIatiRef: ReadonlyMap<string, { id: string }>;
  /** The uploading agency's IATI ref: its own incoming funds are its own resources. */
  agencyIatiRef: string;
  /** "Today" as YYYY-MM-DD: a transaction after it is planned money (tests pass a fixed day). */
  today: string;
  /** The category of an activity without money (IATI has none to read); policy_legal_design unless the adviser says. */
  technicalCategory?: TechnicalCategory;
}

/** A Socle transaction from an IATI transaction (commitment 2, disbursement 3, expenditure 4, outgoing pledge 12). */
export interface MappedTransaction {
  /** The IATI transaction's `@ref`; null when it has none (the import then matches by type, date and value). */
  iatiReference: string | null;
  /** Position among the activity's transactions (1-based), for the dry run's "where". */
  position: number;
  type: SupportTransactionType;
  occurredOn: string;
  /** value-date, else the transaction date. */
  valueDate: string;
  /** Positive decimal string, this country's share (to the cent when split). */
  amount: string;
  currency: string;
}

/** Money ahead: a budget, a planned disbursement, or a transaction dated in the future. */
export interface MappedPlannedMoney {
  source: "budget" | "planned_disbursement" | "future_transaction";
  /** For a future transaction, its Socle type. */
  transactionType: SupportTransactionType | null;
  periodStart: string | null;
  periodEnd: string | null;
  valueDate: string | null;
  amount: string;
  currency: string;
}

/** What the entry's amount is: the total committed, else the budgets' sum, else disbursed, else spent. */
export type MappedAmountBasis = "committed" | "budgets" | "disbursed" | "spent";

/** One Socle support entry (one per Socle recipient country) from one activity. */
export interface MappedEntry {
  iatiIdentifier: string;
  countryCode: string;
  /** This country's share of the activity's money, in percent ("100", "37.5"); "100" where only transactions name countries (each goes whole to its own). */
  sharePercent: string;
  title: string;
  description: string;
  kind: "financial" | "technical";
  technicalCategory: TechnicalCategory | null;
  status: SupportStatus;
  startDate: string | null;
  endDate: string | null;
  /** Financial entries: this country's share of the amount (decimal string, ≥ 0). */
  amount: string | null;
  currency: string | null;
  amountBasis: MappedAmountBasis | null;
  fundingSource: FundingSource;
  fundingAgencyId: string | null;
  fundingDonor: string | null;
  /**
   * For a member source, the giver's activity (the incoming flow's provider-org/@provider-activity-id), whose entry
   * this one may pass on (`passThroughOfEntryId`, matched by the import on `iatiIdentifier`); else null.
   */
  fundingActivityId: string | null;
  transactions: MappedTransaction[];
  plannedMoney: MappedPlannedMoney[];
  /** What the mapping left out or changed, for the dry run (the reader's problems stay on the activity). */
  notes: IatiProblem[];
}
