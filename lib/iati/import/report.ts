/**
 * The dry run's report of an IATI import, as stored in `iati_imports.report`: each activity's answer, and per Socle
 * country the entry it would make or change, field by field. Plain data, read by the screens and the API.
 */
import { createHash } from "node:crypto";
import type { IatiProblem, IatiSkipReason } from "@/lib/iati/read/types";

export const entryAnswers = ["new", "update", "unchanged", "conflict", "locked"] as const;
export type EntryAnswer = (typeof entryAnswers)[number];
export const activityAnswers = [...entryAnswers, "skipped"] as const;
export type ActivityAnswer = (typeof activityAnswers)[number];

/** The fields an import compares and writes; a conflict shows them side by side. */
export const comparedFields = [
  "title",
  "description",
  "kind",
  "technicalCategory",
  "status",
  "startDate",
  "endDate",
  "amount",
  "currency",
  "fundingSource",
  "fundingAgencyId",
  "fundingDonor",
  "passThroughOfEntryId",
] as const;
export type ComparedField = (typeof comparedFields)[number] | "withdrawn" | "reference";

export type FieldChange = { field: ComparedField; socle: string | null; file: string | null };

export type EntryReport = {
  countryCode: string;
  answer: EntryAnswer;
  /** The entry it matched, when one. */
  entryId: string | null;
  changes: FieldChange[];
  /** Transactions in the file that Socle does not hold yet. */
  newTransactions: number;
  /** The accepted report's round whose period locks a new transaction (answer "locked"). */
  lockedBy: string | null;
};

export type ActivityReport = {
  line: number;
  identifier: string | null;
  title: string | null;
  answer: ActivityAnswer;
  skip: { reason: IatiSkipReason; detail: string } | null;
  entries: EntryReport[];
  /** The reader's and the mapping's problems, the first few of them. */
  problems: IatiProblem[];
  problemCount: number;
};

export type IatiImportReport = {
  counts: Record<ActivityAnswer, number>;
  activities: ActivityReport[];
  /** Entries per answer (an activity of several countries makes several). */
  entryCounts: Record<EntryAnswer, number>;
  /** Digest of every entry's answer and changes: the apply refuses when the data now answers otherwise. */
  fingerprint: string;
  /** Countries the skipped activities name that Socle does not hold, for the coordinator to add. */
  unknownCountries: string[];
};

/** The answer an activity gets from its entries: one word for the row, the entries saying the rest. */
export function activityAnswerOf(entries: EntryReport[]): EntryAnswer {
  const answers = new Set(entries.map((entry) => entry.answer));
  if (answers.size === 1) return entries[0]!.answer;
  for (const answer of ["conflict", "locked"] as const) if (answers.has(answer)) return answer;
  return "update";
}

const zero = <Key extends string>(keys: readonly Key[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;

/** Sums the activities and digests their answers. */
export function reportOf(activities: ActivityReport[], unknownCountries: Iterable<string>): IatiImportReport {
  const counts = zero(activityAnswers);
  const entryCounts = zero(entryAnswers);
  const digest = createHash("sha256");
  for (const activity of activities) {
    counts[activity.answer]++;
    for (const entry of activity.entries) {
      entryCounts[entry.answer]++;
      digest.update(JSON.stringify([activity.identifier, entry.countryCode, entry.answer, entry.entryId, entry.changes, entry.newTransactions]));
    }
  }
  return { counts, entryCounts, activities, fingerprint: digest.digest("hex"), unknownCountries: [...new Set(unknownCountries)].sort() };
}
