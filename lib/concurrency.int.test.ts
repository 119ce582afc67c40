/**
 * Many people changing the same records at once, as they would on PostgreSQL with a pool of connections:
 * no lost update (every stale save gets CONFLICT and nothing of it is written), ledgers checked one
 * transaction at a time, and financial totals exact to the cent.
 */
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows } from "@/db/engine";
import { auditLog, milestones, stepFigures, supportEntries, supportTransactions } from "@/db/schema";
import { agencyIdOf, createPerson, stepOf, useTestDatabase, waitersOn } from "@/lib/testing/database";
import { stepFiguresMismatches } from "@/lib/testing/step-figures-oracle";
import type { Actor } from "./actor";
import { AppError } from "./errors";
import { changeStepStatus } from "./progress/change-step-status";
import { editMilestone } from "./progress/edit-milestone";
import { logMilestone } from "./progress/log-milestone";
import { addNeed } from "./support/add-need";
import { addSupportEntry } from "./support/add-support-entry";
import { addSupportTransaction } from "./support/add-support-transaction";
import { editNeed } from "./support/edit-need";
import { editSupportEntry } from "./support/edit-support-entry";
import { ledgersOf } from "./support/ledger";
import { withdrawSupportEntry } from "./support/withdraw-support-entry";
import { withdrawSupportTransaction } from "./support/withdraw-support-transaction";
import { getCountrySupport } from "./support/get-country-support";
import { getSummaryReport } from "./reports/get-summary-report";
import { loadFlowSums, lockFlowSums } from "./funding/totals/flow-sums";
import { blankRow, type ExchangeRow } from "./support/exchange-format";
import { applySupportImport, checkSupportImport } from "./support/import-support";
import { exchangeCsv } from "./support/write-exchange-file";

const people = 20;
const database = useTestDatabase();
let members: Actor[];
let advisers: Actor[];
let unicefId: string;

beforeAll(async () => {
  members = await Promise.all(Array.from({ length: people }, () => createPerson(database, { role: "working_group_member", countryCode: "HT" })));
  advisers = await Promise.all(Array.from({ length: people }, () => createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" })));
  unicefId = await agencyIdOf(database.db, "UNICEF");
});

/** Runs every change at once; returns how many succeeded and the codes of the refusals. */
async function race<T>(changes: (() => Promise<T>)[]) {
  const outcomes = await Promise.allSettled(changes.map((change) => change()));
  const refusals = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
  for (const reason of refusals) expect(reason, String(reason)).toBeInstanceOf(AppError);
  return {
    succeeded: outcomes.filter((outcome) => outcome.status === "fulfilled").map((outcome) => (outcome as PromiseFulfilledResult<T>).value),
    codes: refusals.map((reason: AppError) => reason.code),
  };
}

const auditCount = async (entityId: string, action: string) =>
  (await database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action))))[0]!.n;

describe("no lost update", () => {
  it("twenty people save the same version of a milestone: one is kept, the others are told of the conflict", async () => {
    const step = await stepOf(database.db, "HT", "awareness");
    const { id } = await logMilestone(database.db, members[0]!, { countryStepId: step.id, title: "Workshop", occurredOn: "2025-02-01" });
    const { succeeded, codes } = await race(
      members.map((member, index) => () => editMilestone(database.db, member, { milestoneId: id, version: 1, title: `Workshop, by person ${index}`, occurredOn: "2025-02-01" })),
    );
    expect(succeeded).toHaveLength(1);
    expect(codes).toEqual(Array(people - 1).fill("CONFLICT"));
    const [row] = await database.db.select().from(milestones).where(eq(milestones.id, id));
    expect(row!.version).toBe(2);
    expect(row!.title).toMatch(/^Workshop, by person \d+$/);
    expect(await auditCount(id, "milestone.edit")).toBe(1);
  });

  it("twenty people start the same step at once: it changes once", async () => {
    const step = await stepOf(database.db, "HT", "policy_options");
    const { succeeded, codes } = await race(members.map((member) => () => changeStepStatus(database.db, member, { countryStepId: step.id, version: step.version, to: "in_progress" })));
    expect(succeeded).toHaveLength(1);
    expect(codes).toEqual(Array(people - 1).fill("CONFLICT"));
    expect((await stepOf(database.db, "HT", "policy_options")).version).toBe(step.version + 1);
  });

  it("twenty advisers save the same version of a support entry, and twenty members the same need: one each", async () => {
    const entry = await addSupportEntry(database.db, advisers[0]!, { countryCode: "HT", agencyId: unicefId, kind: "technical", technicalCategory: "training_capacity", title: "Training", status: "planned" });
    const step = await stepOf(database.db, "HT", "awareness");
    const need = await addNeed(database.db, members[0]!, { countryCode: "HT", countryStepId: step.id, kind: "technical", technicalCategory: "training_capacity", description: "Trainers", priority: "high" });
    const entries = await race(
      advisers.map((adviser, index) => () =>
        editSupportEntry(database.db, adviser, { id: entry.id, version: 1, countryCode: "HT", agencyId: unicefId, kind: "technical", technicalCategory: "training_capacity", title: `Training ${index}`, status: "ongoing" }),
      ),
    );
    const needs = await race(
      members.map((member, index) => () =>
        editNeed(database.db, member, { id: need.id, version: 1, countryStepId: step.id, kind: "technical", technicalCategory: "training_capacity", description: `Trainers ${index}`, priority: "low" }),
      ),
    );
    for (const { succeeded, codes } of [entries, needs]) {
      expect(succeeded).toHaveLength(1);
      expect(codes).toEqual(Array(people - 1).fill("CONFLICT"));
    }
    const [row] = await database.db.select().from(supportEntries).where(eq(supportEntries.id, entry.id));
    expect(row!.version).toBe(2);
    expect(await auditCount(entry.id, "support.edit")).toBe(1);
  });
});

describe("money under concurrency", () => {
  const financialEntry = (adviser: Actor) =>
    addSupportEntry(database.db, adviser, { countryCode: "HT", agencyId: unicefId, kind: "financial", title: "Cash transfer pilot", status: "ongoing", amount: "1000000", currency: "HTG" });

  it("two hundred pledges at once add up to the cent", async () => {
    const { id } = await financialEntry(advisers[0]!);
    // Amounts chosen to expose any float: 0.01 to 2.00, plus large ones.
    const amounts = Array.from({ length: 200 }, (_, index) => (index % 2 ? `${Math.floor(index / 2) + 1}.${String(index % 100).padStart(2, "0")}` : `98765432.1${index % 10}`));
    const { succeeded, codes } = await race(
      amounts.map((amount, index) => () => addSupportTransaction(database.db, advisers[index % people]!, { supportEntryId: id, type: "pledged", amount, occurredOn: "2026-01-15" })),
    );
    expect(codes).toEqual([]);
    expect(succeeded).toHaveLength(amounts.length);
    const cents = amounts.reduce((sum, amount) => sum + BigInt(amount.replace(".", "")), 0n);
    const expected = `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
    const ledger = (await ledgersOf(database.db, [id])).get(id)!;
    expect(Number(ledger.pledged).toFixed(2)).toBe(expected);
    // Compared as text too, so that no float rounding hides a cent.
    expect(ledger.pledged.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")).toBe(expected.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""));
  });

  it("disbursements racing past the commitment: only those within it pass without a note", async () => {
    const { id } = await financialEntry(advisers[0]!);
    await addSupportTransaction(database.db, advisers[0]!, { supportEntryId: id, type: "committed", amount: "100", occurredOn: "2026-02-01" });
    const { succeeded, codes } = await race(
      advisers.slice(0, 10).map((adviser) => () => addSupportTransaction(database.db, adviser, { supportEntryId: id, type: "disbursed", amount: "20", occurredOn: "2026-02-02" })),
    );
    expect(succeeded).toHaveLength(5);
    expect(codes).toEqual(Array(5).fill("INVALID"));
    expect(Number((await ledgersOf(database.db, [id])).get(id)!.disbursed)).toBe(100);
  });
});

describe("a step's kept figures (decision 2420)", () => {
  it("count every milestone and support entry written to one step at once", async () => {
    const step = await stepOf(database.db, "HT", "monitoring");
    const { succeeded, codes } = await race<unknown>([
      ...members.map((member, index) => () => logMilestone(database.db, member, { countryStepId: step.id, title: `At once ${index}`, occurredOn: "2026-01-10", sharingLevel: index % 2 ? "all" : "country" })),
      ...advisers.map((adviser, index) => () =>
        addSupportEntry(database.db, adviser, { countryCode: "HT", agencyId: unicefId, countryStepId: step.id, kind: "technical", technicalCategory: "costing_modelling", title: `At once ${index}`, status: "ongoing" }),
      ),
    ]);
    expect(codes).toEqual([]);
    expect(succeeded).toHaveLength(people * 2);
    expect(await stepFiguresMismatches(database.db)).toEqual([]);
    const [figures] = await database.db
      .select({ milestones: sql<number>`sum(${stepFigures.milestones})::int`, supportEntries: sql<number>`sum(${stepFigures.supportEntries})::int` })
      .from(stepFigures)
      .where(eq(stepFigures.countryStepId, step.id));
    expect(figures).toEqual({ milestones: people, supportEntries: people });
  });
});

describe("an entry's kept transaction flag (decision 2510)", () => {
  it("follows what every writer wrote when transactions of one entry are recorded and withdrawn at once", async () => {
    const entry = await addSupportEntry(database.db, advisers[0]!, { countryCode: "HT", agencyId: unicefId, kind: "financial", title: "Emergency cash", status: "ongoing", amount: "500000", currency: "HTG" });
    const pledge = (adviser: Actor) => addSupportTransaction(database.db, adviser, { supportEntryId: entry.id, type: "pledged", amount: "1000", occurredOn: "2025-02-01" });
    const flag = async () => (await database.db.select({ has: supportEntries.hasLiveTransaction }).from(supportEntries).where(eq(supportEntries.id, entry.id)))[0]!.has;
    const first = await Promise.all(advisers.slice(0, 10).map(pledge));
    expect(await flag()).toBe(true);
    // Every first pledge withdrawn while five more are recorded: five stay live.
    const { succeeded } = await race<unknown>([
      ...first.map(({ id }, index) => () => withdrawSupportTransaction(database.db, advisers[index]!, { id })),
      ...advisers.slice(10, 15).map((adviser) => () => pledge(adviser)),
    ]);
    expect(succeeded).toHaveLength(15);
    expect(await flag()).toBe(true);
    // Then the five withdrawn at once: none is live.
    const live = await database.db.select({ id: supportTransactions.id }).from(supportTransactions).where(and(eq(supportTransactions.supportEntryId, entry.id), isNull(supportTransactions.deletedAt)));
    expect(live).toHaveLength(5);
    await race(live.map(({ id }, index) => () => withdrawSupportTransaction(database.db, advisers[index]!, { id })));
    expect(await flag()).toBe(false);
  });
});

describe("a country's kept flow sums and entry counts (decision 2560)", () => {
  it("follow every writer when the country's entries and their transactions are recorded and withdrawn at once", async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    const step = await stepOf(database.db, "HT", "assessment");
    const entry = (countryStepId?: string) =>
      addSupportEntry(database.db, advisers[0]!, { countryCode: "HT", countryStepId, agencyId: unicefId, kind: "financial", title: "Cash for work", status: "ongoing", amount: "900000", currency: "USD" });
    const [targeting, withoutStep] = await Promise.all([entry(step.id), entry(), ...advisers.slice(0, 8).map(() => entry())]);
    const commit = (adviser: Actor, index: number) =>
      addSupportTransaction(database.db, adviser, { supportEntryId: (index % 2 ? targeting : withoutStep).id, type: "committed", amount: `${index + 1}000.25`, occurredOn: "2025-03-01" });
    const first = await Promise.all(advisers.slice(0, 10).map(commit));
    const { succeeded } = await race<unknown>([
      ...first.map(({ id }, index) => () => withdrawSupportTransaction(database.db, advisers[index]!, { id })),
      ...advisers.slice(10).map((adviser, index) => () => commit(adviser, index + 10)),
    ]);
    expect(succeeded).toHaveLength(20);
    const [{ countries }, support, kept] = await Promise.all([
      getSummaryReport(database.db, coordinator, "en"),
      getCountrySupport(database.db, coordinator, "HT"),
      loadFlowSums(database.db, ["HT"]),
    ]);
    const haiti = countries.find((country) => country.code === "HT")!;
    expect(haiti.totals).toEqual(support.totals);
    // The entries written at once in this file, each counted once.
    const live = await database.db.select({ kind: supportEntries.kind, n: count() }).from(supportEntries).where(and(eq(supportEntries.countryCode, "HT"), isNull(supportEntries.deletedAt))).groupBy(supportEntries.kind);
    expect([haiti.technicalEntries, haiti.financialEntries]).toEqual(["technical", "financial"].map((kind) => live.find((row) => row.kind === kind)?.n ?? 0));
    expect(kept.get("HT")!.byStep.get(step.id)).toEqual(support.steps.find((row) => row.id === step.id)!.funding.perCurrency);
    // Of the ten recorded in the race, five target the step: 12 000.25 + 14 000.25 + … + 20 000.25.
    expect(kept.get("HT")!.byStep.get(step.id)).toEqual([{ currency: "USD", pledged: "0", committed: "80001.25", disbursed: "0", spent: "0" }]);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("a support write waiting for its country's flow-sums lock (decision 2560; only with DATABASE_URL)", () => {
  it("holds none of the entry's row yet, so a writer of several countries holding that lock meets no deadlock", async () => {
    const entry = await addSupportEntry(database.db, advisers[0]!, { countryCode: "HT", agencyId: unicefId, kind: "financial", title: "Cash grant", status: "ongoing", amount: "5000", currency: "USD" });
    const rowFree = () =>
      database.db.transaction(async (tx) => (await queryRows(tx, sql`select id from support_entries where id = ${entry.id} for update nowait`)).length === 1);
    const writes = [
      () => editSupportEntry(database.db, advisers[0]!, { id: entry.id, version: 1, countryCode: "HT", agencyId: unicefId, kind: "financial", title: "Cash grant, renamed", status: "ongoing", amount: "5000", currency: "USD" }),
      () => addSupportTransaction(database.db, advisers[1]!, { supportEntryId: entry.id, type: "committed", amount: "5000", occurredOn: "2025-03-01" }),
      async () => {
        const [{ version }] = (await database.db.select({ version: supportEntries.version }).from(supportEntries).where(eq(supportEntries.id, entry.id))) as [{ version: number }];
        return withdrawSupportEntry(database.db, advisers[2]!, { id: entry.id, version, reason: "Recorded twice." });
      },
    ];
    for (const write of writes) {
      let written: Promise<unknown> | undefined;
      // An import holding Haiti's lock (it takes its countries' first, then writes their entries).
      await database.db.transaction(async (tx) => {
        await lockFlowSums(tx, ["HT"]);
        const waiting = await waitersOn(database.db, tx);
        written = write();
        await vi.waitFor(async () => expect(await waiting()).toBe(1), { timeout: 5000 });
        // Had the write locked the entry's row before waiting, the import's own write of it would wait for the write.
        expect(await rowFree()).toBe(true);
      });
      await written;
    }
    const [kept] = await database.db.select({ deletedAt: supportEntries.deletedAt }).from(supportEntries).where(eq(supportEntries.id, entry.id));
    expect(kept!.deletedAt).not.toBeNull();
  });
});

describe.skipIf(!process.env.DATABASE_URL)("a support import touching several countries (decision 2560; only with DATABASE_URL)", () => {
  it("takes its countries' flow-sums locks before its first write, so a writer holding one of them meets no deadlock", async () => {
    const unicef = advisers[0]!;
    const row = (reference: string, country: string, step: string): Partial<ExchangeRow> => ({
      record: "entry", reference, agency: "UNICEF", country, step, kind: "financial", title: "Grant", status: "ongoing", amount: "1000", currency: "USD",
    });
    const file = (rows: Partial<ExchangeRow>[]) => new TextEncoder().encode(exchangeCsv(rows.map((values) => ({ ...blankRow(), ...values }))));
    const importFile = async (rows: Partial<ExchangeRow>[]) => {
      const checked = await checkSupportImport(database.db, unicef, { fileName: "support.csv", bytes: file(rows) });
      return () => applySupportImport(database.db, unicef, { importId: checked.id });
    };
    expect(await (await importFile([row("LOCK-PH", "PH", "costing_financing"), row("LOCK-BJ", "BJ", "costing_financing")]))()).toMatchObject({ applied: true });
    // The file's updates run in its order, a statement each, and moving an entry to another step changes its country's
    // flow sums: the Philippines' entry, then Benin's.
    const apply = await importFile([row("LOCK-PH", "PH", "assessment"), row("LOCK-BJ", "BJ", "assessment")]);

    // Another writer of both countries holds Benin's lock, and asks for the Philippines' once the import waits. Had the
    // import taken the Philippines' lock with its first update, each would wait for the other: PostgreSQL would end one.
    let imported: Promise<{ applied: boolean }> | undefined;
    await database.db.transaction(async (tx) => {
      await lockFlowSums(tx, ["BJ"]);
      const waiting = await waitersOn(database.db, tx);
      imported = apply();
      await vi.waitFor(async () => expect(await waiting()).toBe(1), { timeout: 5000 });
      await lockFlowSums(tx, ["PH"]);
    });
    expect(await imported).toMatchObject({ applied: true });
    const moved = await database.db.select({ countryStepId: supportEntries.countryStepId }).from(supportEntries).where(inArray(supportEntries.reference, ["LOCK-PH", "LOCK-BJ"]));
    const assessment = await Promise.all(["PH", "BJ"].map(async (code) => (await stepOf(database.db, code, "assessment")).id));
    expect(moved.map(({ countryStepId }) => countryStepId).sort()).toEqual(assessment.sort());
  });
});
