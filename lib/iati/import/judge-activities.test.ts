/** The dry run's pure parts: transactions matched once each, fields compared as written, the activity's one answer and the digest. */
import { describe, expect, it } from "vitest";
import type { MappedEntry } from "@/lib/iati/read/types";
import { type ExistingEntry, fieldChanges, unmatchedTransactions } from "./judge-activities";
import { activityAnswerOf, type EntryReport, reportOf } from "./report";

const mapped = (overrides: Partial<MappedEntry> = {}): MappedEntry => ({
  iatiIdentifier: "XM-DAC-41122-1",
  countryCode: "BJ",
  sharePercent: "100",
  title: "Child grant",
  description: "Child grant",
  kind: "financial",
  technicalCategory: null,
  status: "ongoing",
  startDate: "2025-01-01",
  endDate: "2024-12-01",
  amount: "1000.50",
  currency: "USD",
  amountBasis: "committed",
  fundingSource: "own",
  fundingAgencyId: null,
  fundingDonor: null,
  fundingActivityId: null,
  transactions: [
    { iatiReference: "C1", position: 1, type: "committed", occurredOn: "2025-01-10", valueDate: "2025-01-10", amount: "1000.50", currency: "USD" },
    { iatiReference: null, position: 2, type: "disbursed", occurredOn: "2025-02-10", valueDate: "2025-02-10", amount: "400", currency: "USD" },
    { iatiReference: null, position: 3, type: "disbursed", occurredOn: "2025-02-10", valueDate: "2025-02-10", amount: "400", currency: "USD" },
    { iatiReference: null, position: 4, type: "spent", occurredOn: "2025-03-10", valueDate: "2025-03-10", amount: "50", currency: "EUR" },
  ],
  plannedMoney: [],
  notes: [],
  ...overrides,
});

const held = (type: string, occurredOn: string, amount: string, iatiReference: string | null = null) => ({ id: "t", supportEntryId: "e", type, occurredOn, amount, iatiReference });

describe("unmatchedTransactions", () => {
  it("matches by reference, else by type, date and value, each held transaction once; another currency is not Socle's", () => {
    const left = unmatchedTransactions(mapped(), [held("committed", "2024-12-31", "999", "C1"), held("disbursed", "2025-02-10", "400.0000")]);
    // The reference wins over a changed date; one of the two equal disbursements is held; the EUR spending is left out.
    expect(left.map((transaction) => transaction.position)).toEqual([3]);
  });

  it("writes nothing for a technical entry", () => {
    expect(unmatchedTransactions(mapped({ kind: "technical" }), [])).toEqual([]);
  });
});

describe("fieldChanges", () => {
  const entry = {
    title: "Child grant",
    description: "",
    kind: "financial",
    technicalCategory: null,
    status: "ongoing",
    startDate: "2025-01-01",
    endDate: null,
    amount: "1000.5000",
    currency: "USD",
    fundingSource: "own",
    fundingAgencyId: null,
    fundingDonor: null,
    passThroughOfEntryId: null,
    createdAt: new Date("2025-01-01T10:00:00Z"),
  } as unknown as ExistingEntry;

  it("compares what would be written: exact amounts, an end before the start dropped, the title standing for an empty description", () => {
    expect(fieldChanges(mapped(), entry)).toEqual([]);
  });

  it("names each field that differs with both values", () => {
    expect(fieldChanges(mapped({ title: "Child grant, phase 2", amount: "2000" }), entry)).toEqual([
      { field: "title", socle: "Child grant", file: "Child grant, phase 2" },
      { field: "description", socle: null, file: "Child grant" },
      { field: "amount", socle: "1000.5", file: "2000" },
    ]);
  });
});

describe("the report", () => {
  const entryReport = (answer: EntryReport["answer"]): EntryReport => ({ countryCode: "BJ", answer, entryId: null, changes: [], newTransactions: 0, lockedBy: null });

  it("gives an activity one answer: its entries' when they agree, else a conflict or a lock first, else an update", () => {
    expect(activityAnswerOf([entryReport("new"), entryReport("new")])).toBe("new");
    expect(activityAnswerOf([entryReport("new"), entryReport("unchanged")])).toBe("update");
    expect(activityAnswerOf([entryReport("new"), entryReport("locked"), entryReport("conflict")])).toBe("conflict");
    expect(activityAnswerOf([entryReport("unchanged"), entryReport("locked")])).toBe("locked");
  });

  it("counts answers and digests them, so that another answer gives another digest", () => {
    const activity = { line: 3, identifier: "A", title: "A", skip: null, problems: [], problemCount: 0 };
    const first = reportOf([{ ...activity, answer: "new", entries: [entryReport("new")] }], ["BD", "BD"]);
    const second = reportOf([{ ...activity, answer: "conflict", entries: [entryReport("conflict")] }], []);
    expect(first.counts.new).toBe(1);
    expect(first.unknownCountries).toEqual(["BD"]);
    expect(first.fingerprint).not.toBe(second.fingerprint);
  });
});
