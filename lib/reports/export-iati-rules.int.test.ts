/**
 * Issue 21: Socle's IATI export passes the official schema and the IATI Validator's rules for everything Socle
 * accepts, not only today's data: an agency without an IATI identifier, future pledges and transactions, a future
 * start or end, technical support, several currencies, a pass-through, a donor, results, an imported identifier and
 * an activity split across countries. Each case is asserted where it is written, and the rules that catch its mistake
 * are shown to judge (the same file with the mistake put back fails them).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { supportEntries, supportTransactions } from "@/db/schema";
import { addAgency } from "@/lib/agencies/add-agency";
import { linkSupportEntryIndicator } from "@/lib/results/support-entry-results";
import { createResultsCast, follow, type ResultsCast } from "@/lib/results/test-helpers";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyIdOf, useTestDatabase } from "@/lib/testing/database";
import { exportSupportIati } from "./export-iati";
import { checkIatiRules } from "./iati-rules";
import { validateIati } from "./iati-schema";

const database = useTestDatabase();
const now = new Date();
const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
let people: ResultsCast;
let xml = "";
let leftOut = { entries: 0, agencies: [] as string[] };
/** When the file was written: after every entry, as a real export is. */
let generatedAt = now;

const activityOf = (identifier: string) => new RegExp(`<iati-activity [^>]*>\\s*<iati-identifier>${identifier}</iati-identifier>[^]*?</iati-activity>`).exec(xml)?.[0] ?? "";
const errorsOf = (file: string) => checkIatiRules(file, generatedAt).filter((finding) => finding.severity === "error");

async function entry(actor: ResultsCast["adviser"], input: Record<string, unknown>) {
  return (await addSupportEntry(database.db, actor, { countryCode: "BJ", agencyId: await agencyIdOf(database.db, "ILO"), status: "ongoing", ...input })).id;
}
const money = (title: string, reference: string, extra: Record<string, unknown> = {}) =>
  ({ kind: "financial", title, reference, amount: "1000", currency: "USD", startDate: "2025-01-01", ...extra });
const transaction = (supportEntryId: string, type: string, amount: string, occurredOn: string) =>
  addSupportTransaction(database.db, people.coordinator, { supportEntryId, type, amount, occurredOn });

beforeAll(async () => {
  people = await createResultsCast(database);
  const { coordinator } = people;
  // An agency Socle holds without an IATI organisation identifier, with support in Benin.
  const noRef = await addAgency(database.db, coordinator, { acronym: "HELPAGE", shortName: { en: "HelpAge" }, name: { en: "HelpAge International" }, kind: "ngo", iatiOrgType: "21" });
  await entry(coordinator, money("Pension outreach", "HA-1", { agencyId: noRef.id }));

  const future = await entry(coordinator, money("Future money", "ILO-FUT"));
  await transaction(future, "committed", "600", "2025-02-01");
  await transaction(future, "pledged", "400", day(40));
  await transaction(future, "disbursed", "300", day(10));
  await entry(coordinator, money("Starts next month", "ILO-START", { startDate: day(30), endDate: day(400) }));
  await entry(coordinator, { kind: "technical", technicalCategory: "costing_modelling", title: "Costing, ends soon", reference: "ILO-END", status: "delivered", startDate: "2025-03-01", endDate: day(20) });
  await entry(coordinator, { kind: "technical", technicalCategory: "needs_assessment", title: "Assessment done", reference: "ILO/BJ/TECH 9", status: "delivered", startDate: "2025-03-01", endDate: "2025-06-30" });

  // Several currencies, a value date of its own and the agency's IATI reference, as an import writes them.
  const multi = await entry(coordinator, money("Two currencies", "ILO-CUR", { currency: "EUR" }));
  await transaction(multi, "committed", "5000", "2025-04-01");
  await database.db.insert(supportTransactions).values({ supportEntryId: multi, type: "disbursed", amount: "1500000", currency: "XOF", occurredOn: "2025-05-02", valueDate: "2025-04-30", iatiReference: "TX-XOF-1", createdById: coordinator.userId });
  await database.db.update(supportTransactions).set({ valueDate: day(5) }).where(eq(supportTransactions.amount, "5000"));

  const giver = await entry(coordinator, money("UNICEF cash transfers", "UNI-1", { agencyId: await agencyIdOf(database.db, "UNICEF") }));
  const passing = await entry(coordinator, money("Passed on by UNICEF", "ILO-PASS"));
  await database.db.update(supportEntries).set({ fundingSource: "member", fundingAgencyId: await agencyIdOf(database.db, "UNICEF"), passThroughOfEntryId: giver }).where(eq(supportEntries.id, passing));
  await transaction(passing, "committed", "700", "2025-01-10");
  const donor = await entry(coordinator, money("Norway-funded", "ILO-DON"));
  await addSupportTransaction(database.db, coordinator, { supportEntryId: donor, type: "disbursed", amount: "50", occurredOn: "2025-03-03", confirmationNote: "Advance before the commitment" });
  await database.db.update(supportEntries).set({ fundingSource: "donor", fundingDonor: "Norad & friends" }).where(eq(supportEntries.id, donor));

  const withResults = await entry(coordinator, money("With results", "ILO-RES"));
  const followed = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all" });
  await linkSupportEntryIndicator(database.db, coordinator, { supportEntryId: withResults, countryIndicatorId: followed, resultType: "outcome" });

  const imported = await entry(coordinator, money("Imported", "ILO-IMP"));
  await database.db.update(supportEntries).set({ iatiIdentifier: "XM-DAC-41302-SP-2024-7" }).where(eq(supportEntries.id, imported));
  // One activity naming Benin and Togo, imported as one entry per country, its amounts split 60/40.
  for (const [country, amount] of [["BJ", "600"], ["TG", "400"]] as const) {
    const id = await entry(coordinator, money("Regional floor", `ILO-MULTI-${country}`, { countryCode: country, amount }));
    await database.db.update(supportEntries).set({ iatiIdentifier: "XM-DAC-41302-MULTI-1" }).where(eq(supportEntries.id, id));
    await database.db.insert(supportTransactions).values({ supportEntryId: id, type: "committed", amount, currency: "USD", occurredOn: "2025-01-15", valueDate: "2025-01-15", iatiReference: "C1", createdById: coordinator.userId });
  }

  generatedAt = new Date();
  const exported = await exportSupportIati(database.db, coordinator, {}, generatedAt);
  leftOut = exported.leftOut;
  for await (const chunk of exported.chunks) xml += chunk;
});

describe("the IATI export of everything Socle accepts", () => {
  it("passes the official 2.03 schema and every Validator rule Socle's output could break", async () => {
    expect(await validateIati(xml)).toEqual({ valid: true, errors: [] });
    expect(errorsOf(xml)).toEqual([]);
    // Nor a warning: identifiers begin with the agency's (1.1.1), no transaction after the activity's last update (7.6.1).
    expect(checkIatiRules(xml, generatedAt).filter((finding) => finding.severity === "warning")).toEqual([]);
  });

  it("leaves out an agency without an IATI organisation identifier, and says how many in the file", async () => {
    expect(leftOut).toEqual({ entries: 1, agencies: ["HELPAGE"] });
    expect(xml).not.toContain("Pension outreach");
    expect(xml).not.toMatch(/ref=""|type=""/);
    expect(xml).toMatch(/<!-- 1 support entries left out: [^>]*HELPAGE/);
    // Written with an empty identifier, as before, the Validator refuses it.
    const before = xml.replace('<reporting-org ref="XM-DAC-41302" type="40">', '<reporting-org ref="" type="">');
    expect(errorsOf(before).map((finding) => finding.id)).toContain("1.7.2");
  });

  it("writes future pledges and transactions as planned disbursements, never as transactions", () => {
    const activity = activityOf("XM-DAC-41302-ILO-FUT");
    expect(activity.match(/<transaction[ >]/g)).toHaveLength(1);
    expect(activity).toContain(`<planned-disbursement type="1"><period-start iso-date="${day(10)}"/><period-end iso-date="${day(10)}"/><value currency="USD" value-date="${day(10)}">300</value>`);
    expect(activity).toContain(`<value currency="USD" value-date="${day(40)}">400</value>`);
    // Planned disbursements come before transactions, as the schema orders them.
    expect(activity.indexOf("<planned-disbursement")).toBeLessThan(activity.indexOf("<transaction"));
    const asTransactions = xml.replace(/<planned-disbursement type="1"><period-start iso-date="([^"]+)"\/><period-end[^>]*\/>(<value[^]*?<\/value>)[^]*?<\/planned-disbursement>/g,
      '<transaction><transaction-type code="3"/><transaction-date iso-date="$1"/>$2</transaction>');
    expect(errorsOf(asTransactions).map((finding) => finding.id)).toEqual(expect.arrayContaining(["11.2.1", "11.2.2"]));
  });

  it("treats a transaction whose value date is still to come as planned too", () => {
    const activity = activityOf("XM-DAC-41302-ILO-CUR");
    expect(activity).toContain(`<period-start iso-date="2025-04-01"/><period-end iso-date="${day(5)}"/><value currency="EUR" value-date="${day(5)}">5000</value>`);
    expect(activity).toContain('<transaction ref="TX-XOF-1"><transaction-type code="3"/><transaction-date iso-date="2025-05-02"/><value currency="XOF" value-date="2025-04-30">1500000</value>');
    expect(activity).toContain('default-currency="EUR"');
  });

  it("writes a start or an end still to come as planned, and as actual only once passed", () => {
    expect(activityOf("XM-DAC-41302-ILO-START")).toContain(`<activity-date type="1" iso-date="${day(30)}"/>`);
    expect(activityOf("XM-DAC-41302-ILO-START")).toContain(`<activity-date type="3" iso-date="${day(400)}"/>`);
    const ending = activityOf("XM-DAC-41302-ILO-END");
    expect(ending).toContain('<activity-date type="2" iso-date="2025-03-01"/>');
    expect(ending).toContain(`<activity-date type="3" iso-date="${day(20)}"/>`);
    expect(activityOf("XM-DAC-41302-ILO-BJ-TECH-9")).toContain('<activity-date type="4" iso-date="2025-06-30"/>');
    const actualAnyway = xml.replace(`<activity-date type="1" iso-date="${day(30)}"/>`, `<activity-date type="2" iso-date="${day(30)}"/>`).replace(`<activity-date type="3" iso-date="${day(20)}"/>`, `<activity-date type="4" iso-date="${day(20)}"/>`);
    expect(errorsOf(actualAnyway).map((finding) => finding.id)).toEqual(expect.arrayContaining(["11.1.4", "11.1.5"]));
  });

  it("keeps identifiers free of what IATI forbids, and an imported identifier unchanged", () => {
    expect(xml).toContain("<iati-identifier>XM-DAC-41302-ILO-BJ-TECH-9</iati-identifier>");
    expect(activityOf("XM-DAC-41302-SP-2024-7")).toContain("<title><narrative>Imported</narrative></title>");
    expect(errorsOf(xml.replace("XM-DAC-41302-ILO-BJ-TECH-9", "XM-DAC-41302-ILO/BJ/TECH 9")).map((finding) => finding.id)).toContain("1.3.13");
  });

  it("names the money's source: a member passing on another's activity, a named donor", () => {
    const passing = activityOf("XM-DAC-41302-ILO-PASS");
    expect(passing).toContain('<participating-org ref="XM-DAC-41122" type="40" role="1" activity-id="XM-DAC-41122-UNI-1">');
    expect(passing).toContain('<participating-org ref="XM-DAC-41302" type="40" role="3">');
    // The incoming commitment IATI traces money by, naming the giver's activity.
    expect(passing).toContain('<transaction><transaction-type code="11"/><transaction-date iso-date="2025-01-10"/><value currency="USD" value-date="2025-01-10">700</value><provider-org ref="XM-DAC-41122" provider-activity-id="XM-DAC-41122-UNI-1" type="40">');
    expect(passing).toContain('<transaction><transaction-type code="2"/><transaction-date iso-date="2025-01-10"/>');
    const donor = activityOf("XM-DAC-41302-ILO-DON");
    expect(donor).toContain('<transaction><transaction-type code="1"/><transaction-date iso-date="2025-03-03"/><value currency="USD" value-date="2025-03-03">50</value><provider-org><narrative>Norad &amp; friends</narrative></provider-org>');
    expect(donor).toContain('<participating-org role="1"><narrative>Norad &amp; friends</narrative></participating-org>');
    expect(activityOf("XM-DAC-41302-ILO-RES")).toContain('<participating-org ref="XM-DAC-41302" type="40" role="1">');
  });

  it("writes the entries split from one multi-country activity back as that one activity", () => {
    expect(xml.match(/<iati-identifier>XM-DAC-41302-MULTI-1<\/iati-identifier>/g)).toHaveLength(1);
    const activity = activityOf("XM-DAC-41302-MULTI-1");
    expect(activity).toMatch(/<recipient-country code="BJ" percentage="60">[^]*<recipient-country code="TG" percentage="40">/);
    expect(activity).toContain('<transaction ref="C1"><transaction-type code="2"/><transaction-date iso-date="2025-01-15"/><value currency="USD" value-date="2025-01-15">1000</value>');
    // Twice, the Validator refuses the file.
    expect(errorsOf(xml.replace(activity, `${activity}${activity}`)).map((finding) => finding.id)).toContain("1.1.2");
  });

  it("attaches results and stays valid with them", () => {
    expect(activityOf("XM-DAC-41302-ILO-RES")).toContain('<result type="2">');
  });
});
