/**
 * The IATI import's rules on files written here: the period lock answers "locked", the apply is all or nothing and
 * refused when the data changed since the dry run, the adviser's own sector list, Socle's own export re-importing
 * unchanged, a dry run left reading by a stopped process taken up again, and a report read only by those the import
 * rule lets read it (the no-leaks marker).
 */
import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { countryReports, iatiImports, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { lockFlowSums } from "@/lib/funding/totals/flow-sums";
import { exportSupportIati } from "@/lib/reports/export-iati";
import { openRound } from "@/lib/rounds/open-round";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyIdOf, createPerson, useTestDatabase, waitersOn } from "@/lib/testing/database";
import { applyIatiImport } from "./apply-iati-import";
import { getIatiImport, listIatiImports } from "./read-iati-imports";
import { storedFileChunks } from "./read-stored-file";
import { resumeStaleIatiImports, runIatiDryRun } from "./run-iati-dry-run";
import { startIatiImport } from "./start-iati-import";
import { dryRun, footprint, today, xml } from "./test-helpers";

const database = useTestDatabase();
let unicef: Actor, ilo: Actor, coordinator: Actor, member: Actor;
let unicefId: string;

beforeAll(async () => {
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  ilo = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  coordinator = await createPerson(database, { role: "coordinator" });
  member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  unicefId = await agencyIdOf(database.db, "UNICEF");
});

type Transaction = { type: string; date: string; value: string; ref?: string };

/** A UNICEF activity in IATI 2.03, about social protection (DAC 16010), in the given countries. */
function activity(identifier: string, title: string, countries: string[], transactions: Transaction[], sector = "16010") {
  return `<iati-activity default-currency="USD" xml:lang="en">
    <iati-identifier>${identifier}</iati-identifier>
    <reporting-org ref="XM-DAC-41122" type="40"><narrative>UNICEF</narrative></reporting-org>
    <title><narrative>${title}</narrative></title>
    <description type="1"><narrative>${title}, described.</narrative></description>
    <participating-org ref="XM-DAC-41122" role="1" type="40"><narrative>UNICEF</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date type="2" iso-date="2024-01-15"/>
    ${countries.map((code) => `<recipient-country code="${code}" percentage="${100 / countries.length}"/>`).join("")}
    <sector vocabulary="1" code="${sector}" percentage="100"/>
    ${transactions
      .map(
        (transaction) => `<transaction${transaction.ref ? ` ref="${transaction.ref}"` : ""}><transaction-type code="${transaction.type}"/>
      <transaction-date iso-date="${transaction.date}"/><value currency="USD" value-date="${transaction.date}">${transaction.value}</value></transaction>`,
      )
      .join("")}
  </iati-activity>`;
}

const file = (...activities: string[]) =>
  xml(`<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-11-30T10:00:00Z">${activities.join("\n")}</iati-activities>`);

describe("the period lock and the apply", () => {
  it("a transaction in an accepted report's period makes its activity locked, and it is not written", async () => {
    const { db } = database;
    const round = await openRound(db, coordinator, { name: "First half 2024", periodStart: "2024-01-01", periodEnd: "2024-06-30", dueOn: "2024-07-31", reminderDaysBefore: 7, countryCodes: ["TG"] });
    await db.insert(countryReports).values({ roundId: round.id, countryCode: "TG", status: "accepted", locale: "en", createdById: coordinator.userId, submittedAt: new Date(), submittedById: coordinator.userId });
    const done = await dryRun(db, unicef, file(activity("XM-DAC-41122-LOCK-1", "Cash transfers, Togo", ["TG"], [{ type: "2", date: "2024-03-01", value: "50000" }])));
    expect(done.report!.activities[0]).toMatchObject({ answer: "locked", entries: [{ countryCode: "TG", answer: "locked", lockedBy: "First half 2024" }] });
    await applyIatiImport(db, unicef, { importId: done.id }, { today });
    expect(await db.select().from(supportEntries).where(eq(supportEntries.iatiIdentifier, "XM-DAC-41122-LOCK-1"))).toEqual([]);
  });

  it("an activity in two countries becomes an entry per country, its money split by percentage", async () => {
    const { db } = database;
    const done = await dryRun(db, unicef, file(activity("XM-DAC-41122-SPLIT-1", "Social pensions", ["BJ", "BF"], [{ type: "2", date: "2025-02-01", value: "1000", ref: "C1" }])));
    expect(done.report!.activities[0]!.entries.map((entry) => [entry.countryCode, entry.answer])).toEqual([["BJ", "new"], ["BF", "new"]]);
    await applyIatiImport(db, unicef, { importId: done.id }, { today });
    const entries = await db.select().from(supportEntries).where(eq(supportEntries.iatiIdentifier, "XM-DAC-41122-SPLIT-1"));
    expect(entries.map((entry) => [entry.countryCode, Number(entry.amount)]).sort()).toEqual([["BF", 500], ["BJ", 500]]);
  });

  it("is refused, writing nothing, when the data changed since the dry run; the new answers become the report", async () => {
    const { db } = database;
    const done = await dryRun(
      db,
      unicef,
      file(activity("XM-DAC-41122-AON-1", "Child grant, Benin", ["BJ"], [{ type: "2", date: "2025-03-01", value: "2000" }]), activity("XM-DAC-41122-AON-2", "Child grant, Burkina Faso", ["BF"], [])),
    );
    expect(done.report!.counts.new).toBe(2);
    // Meanwhile someone records in Socle the entry the second activity would be: the first is written, then the second refuses.
    await addSupportEntry(db, unicef, { countryCode: "BF", agencyId: unicefId, kind: "technical", technicalCategory: "costing_modelling", title: "Child grant", status: "planned", reference: "XM-DAC-41122-AON-2" });
    const before = await footprint(db, unicefId);
    await expect(applyIatiImport(db, unicef, { importId: done.id }, { today })).rejects.toMatchObject({ code: "CONFLICT", message: "iatiImport.changedSinceDryRun" });
    expect(await footprint(db, unicefId)).toEqual(before);
    const now = await getIatiImport(db, unicef, done.id);
    expect(now.state).toBe("ready");
    expect(now.report!.activities.map((judged) => judged.answer)).toEqual(["new", "conflict"]);
    await applyIatiImport(db, unicef, { importId: done.id }, { today });
    expect(await db.select().from(supportEntries).where(eq(supportEntries.iatiIdentifier, "XM-DAC-41122-AON-1"))).toHaveLength(1);
  });

  it("an ILO activity funded by a UNICEF activity Socle holds passes UNICEF's entry on", async () => {
    const { db } = database;
    const given = await dryRun(db, unicef, file(activity("XM-DAC-41122-GIVE-1", "Grant to the ILO for Benin", ["BJ"], [{ type: "2", date: "2025-04-01", value: "3000" }])));
    await applyIatiImport(db, unicef, { importId: given.id }, { today });
    const [giver] = await db.select().from(supportEntries).where(eq(supportEntries.iatiIdentifier, "XM-DAC-41122-GIVE-1"));
    const passedOn = activity("XM-DAC-41302-PASS-1", "Social insurance design, Benin", ["BJ"], [{ type: "2", date: "2025-04-15", value: "3000" }])
      .replaceAll("XM-DAC-41122", "XM-DAC-41302")
      .replace(
        "<transaction>",
        `<transaction><transaction-type code="1"/><transaction-date iso-date="2025-04-10"/><value currency="USD" value-date="2025-04-10">3000</value>
          <provider-org ref="XM-DAC-41122" provider-activity-id="XM-DAC-41122-GIVE-1"><narrative>UNICEF</narrative></provider-org></transaction><transaction>`,
      );
    const done = await dryRun(db, ilo, file(passedOn));
    expect(done.report!.activities[0]!.answer).toBe("new");
    await applyIatiImport(db, ilo, { importId: done.id }, { today });
    const [entry] = await db.select().from(supportEntries).where(eq(supportEntries.iatiIdentifier, "XM-DAC-41302-PASS-1"));
    expect(entry).toMatchObject({ fundingSource: "member", fundingAgencyId: unicefId, passThroughOfEntryId: giver!.id });
    expect((await dryRun(db, ilo, file(passedOn))).report!.activities[0]!.answer).toBe("unchanged");
  });

  it("keeps the adviser's own sectors in place of social protection's", async () => {
    const bytes = file(activity("XM-DAC-41122-EDU-1", "School feeding", ["BJ"], [], "11220"));
    expect((await dryRun(database.db, unicef, bytes)).report!.activities[0]!.skip?.reason).toBe("not_social_protection");
    expect((await dryRun(database.db, unicef, bytes, { sectorCodes: "11220, 16010" })).report!.activities[0]!.answer).toBe("new");
    await expect(dryRun(database.db, unicef, bytes, { sectorCodes: "education" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("Socle's own IATI export", () => {
  it("re-imports with every activity unchanged", async () => {
    const { db } = database;
    const financial = await addSupportEntry(db, unicef, {
      countryCode: "MZ",
      agencyId: unicefId,
      kind: "financial",
      title: "Child grant pilot",
      description: "A pilot of the child grant in two provinces.",
      status: "ongoing",
      startDate: "2025-01-10",
      endDate: "2026-06-30",
      amount: "250000",
      currency: "USD",
      reference: "MZ CG 01",
    });
    await addSupportTransaction(db, unicef, { supportEntryId: financial.id, type: "committed", amount: "250000", occurredOn: "2025-01-20" });
    await addSupportTransaction(db, unicef, { supportEntryId: financial.id, type: "disbursed", amount: "100000", occurredOn: "2025-03-05" });
    await addSupportEntry(db, unicef, { countryCode: "MZ", agencyId: unicefId, kind: "technical", technicalCategory: "costing_modelling", title: "Costing of the child grant", status: "planned", startDate: "2026-01-01" });

    const exported = await exportSupportIati(db, unicef, { agency: "UNICEF", country: "MZ" });
    let text = "";
    for await (const chunk of exported.chunks) text += chunk;
    const done = await dryRun(db, unicef, xml(text));
    expect(done.report!.activities.length).toBe(2);
    expect(done.report!.activities.map((judged) => [judged.identifier, judged.answer, judged.entries.flatMap((entry) => entry.changes)])).toEqual(
      done.report!.activities.map((judged) => [judged.identifier, "unchanged", []]),
    );
  });


  it("every entry of the agency, split activities and entries made in Socle alike, re-imports unchanged", async () => {
    const { db } = database;
    const exported = await exportSupportIati(db, unicef, { agency: "UNICEF" });
    let text = "";
    for await (const chunk of exported.chunks) text += chunk;
    const done = await dryRun(db, unicef, xml(text));
    // Written in Socle (MZ, and BF's without dates), imported (BJ), and split over two countries (BJ and BF) alike.
    expect(done.report!.activities.length).toBe(6);
    const judged = done.report!.activities.map((activity) => [activity.identifier, activity.answer, activity.entries.flatMap((entry) => entry.changes)]);
    expect(judged).toEqual(done.report!.activities.map((activity) => [activity.identifier, "unchanged", []]));
    expect(done.report!.activities.find((activity) => activity.identifier === "XM-DAC-41122-SPLIT-1")!.entries).toHaveLength(2);

    // The ILO's entry that passes UNICEF's on, as the ILO's export writes it (its funder's activity named).
    let ilos = "";
    for await (const chunk of (await exportSupportIati(db, ilo, { agency: "ILO" })).chunks) ilos += chunk;
    const passedOn = await dryRun(db, ilo, xml(ilos));
    expect(passedOn.report!.activities.map((activity) => [activity.identifier, activity.answer])).toEqual([["XM-DAC-41302-PASS-1", "unchanged"]]);
  });
});

describe("a file of many activities", () => {
  it("is read back in chunks that make the file again, judged in batches, a repeated activity a conflict across batches", async () => {
    const { db } = database;
    const activities = Array.from({ length: 450 }, (_, index) => activity(`XM-DAC-41122-MANY-${index}`, `Cash transfer ${index}`, ["RW"], [{ type: "2", date: "2025-05-01", value: String(100 + index) }]));
    activities.push(activities[3]!);
    const bytes = file(...activities);
    const { id } = await startIatiImport(db, unicef, {}, { fileName: "many.xml", bytes });
    const [stored] = await db.select({ fileId: iatiImports.fileId }).from(iatiImports).where(eq(iatiImports.id, id));
    const chunks: Uint8Array[] = [];
    for await (const chunk of storedFileChunks(db, stored!.fileId, 4096)) chunks.push(chunk);
    expect(chunks.length).toBe(Math.ceil(bytes.byteLength / 4096));
    expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);

    await runIatiDryRun(db, id, { today });
    const done = await getIatiImport(db, unicef, id);
    expect(done.report!.counts).toMatchObject({ new: 450, conflict: 1 });
    expect(done.report!.activities.at(-1)).toMatchObject({ identifier: "XM-DAC-41122-MANY-3", answer: "conflict" });
    await applyIatiImport(db, unicef, { importId: id }, { today });
    expect(await db.select({ id: supportEntries.id }).from(supportEntries).where(eq(supportEntries.countryCode, "RW"))).toHaveLength(450);
  });
});

describe("a dry run left reading", () => {
  it("is taken up again from the start once its progress has not moved for a few minutes", async () => {
    const { db } = database;
    const { id } = await startIatiImport(db, unicef, {}, { fileName: "left.xml", bytes: file(activity("XM-DAC-41122-LEFT-1", "Left reading", ["BJ"], [])) });
    expect(await resumeStaleIatiImports(db, new Date(), { today })).not.toContain(id);
    await db.update(iatiImports).set({ updatedAt: new Date(Date.now() - 10 * 60 * 1000), bytesRead: 10 }).where(eq(iatiImports.id, id));
    expect(await resumeStaleIatiImports(db, new Date(), { today })).toContain(id);
    expect((await getIatiImport(db, unicef, id)).state).toBe("ready");
  });
});

describe("no leaks", () => {
  it("an activity's title in a report is read only by the agency's advisers and coordinators", async () => {
    const { db } = database;
    const marker = `Marker ${crypto.randomUUID()}`;
    const done = await dryRun(db, unicef, file(activity("XM-DAC-41122-LEAK-1", marker, ["BJ"], [])));
    const holds = (value: unknown) => JSON.stringify(value).includes(marker);
    expect(holds(await getIatiImport(db, unicef, done.id))).toBe(true);
    expect(holds(await getIatiImport(db, coordinator, done.id))).toBe(true);
    await expect(getIatiImport(db, ilo, done.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getIatiImport(db, member, done.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const listed = await listIatiImports(db, ilo, { limit: 200 });
    expect(listed.data.some((row) => row.id === done.id) || holds(listed)).toBe(false);
    expect((await listIatiImports(db, unicef, { limit: 200 })).data.some((row) => row.id === done.id)).toBe(true);
    await expect(applyIatiImport(db, ilo, { importId: done.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe.skipIf(!process.env.DATABASE_URL)("an import writing several countries (decision 2560; only with DATABASE_URL)", () => {
  it("takes its countries' flow-sums locks before its first write, so a writer holding one of them meets no deadlock", async () => {
    const { db } = database;
    // Written in the file's order, each activity's transactions a statement: the Philippines' first, then Benin's.
    const done = await dryRun(
      db,
      unicef,
      file(
        activity("XM-DAC-41122-ORDER-1", "Cash transfers, Philippines", ["PH"], [{ type: "2", date: "2025-05-01", value: "4000" }]),
        activity("XM-DAC-41122-ORDER-2", "Cash transfers, Benin", ["BJ"], [{ type: "2", date: "2025-05-01", value: "5000" }]),
      ),
    );
    // Another writer of both countries holds Benin's lock, and asks for the Philippines' once the import waits. Had the
    // import taken the Philippines' lock with its first transactions, each would wait for the other: PostgreSQL would
    // end one.
    let applied: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await lockFlowSums(tx, ["BJ"]);
      const waiting = await waitersOn(db, tx);
      applied = applyIatiImport(db, unicef, { importId: done.id }, { today });
      await vi.waitFor(async () => expect(await waiting()).toBe(1), { timeout: 5000 });
      await lockFlowSums(tx, ["PH"]);
    });
    await applied;
    expect((await getIatiImport(db, unicef, done.id)).state).toBe("applied");
    const written = await db.select({ countryCode: supportEntries.countryCode }).from(supportEntries).where(like(supportEntries.iatiIdentifier, "XM-DAC-41122-ORDER-%"));
    expect(written.map(({ countryCode }) => countryCode).sort()).toEqual(["BJ", "PH"]);
  });
});
