/**
 * Countries' public pages on a real database (decision 2200): the quality check's cases, publishing and taking back
 * (audited, versioned, a coordinator's alone), what the page reads (only what is shared with all, nothing of a
 * country not published, files only when shared with all), and which pages a write touches (the cache's refresh).
 * No leaks: a marker kept to Benin, and one in support only signed-in readers see, never reach a public output.
 */
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, countryPublications } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { logMilestone } from "@/lib/progress/log-milestone";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { getEvidenceFile, getPublicEvidenceFile } from "@/lib/progress/get-evidence-file";
import { follow } from "@/lib/results/test-helpers";
import { recordIndicatorValue } from "@/lib/results/record-value";
import { samplePdf } from "@/lib/files/sample-files";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyIdOf, createPerson, stepOf, upload, useTestDatabase } from "@/lib/testing/database";
import { countryListStamp, countryPageStamp } from "./changed-countries";
import { changeCountryPublication, getCountryPublication } from "./publish-country";
import { qualityWarnings } from "./quality-check";
import { listPublicCountries, readCountryView, readPublicCountry } from "./read-public-country";

const kept = `zqkept${randomBytes(4).toString("hex")}`;
const signedInOnly = `zqagency${randomBytes(4).toString("hex")}`;

const database = useTestDatabase();
let benin: Actor, coordinator: Actor, reviewer: Actor, adviser: Actor;
let sharedFileId: string, keptFileId: string;

beforeAll(async () => {
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  coordinator = await createPerson(database, { role: "coordinator" });
  reviewer = await createPerson(database, { role: "reviewer" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
});

describe("the quality check and the publish switch", () => {
  it("lists a completed step without evidence, no update for a year and nothing shared, before anything is logged", async () => {
    const stakeholders = await stepOf(database.db, "BJ", "stakeholders");
    await changeStepStatus(database.db, benin, { countryStepId: stakeholders.id, version: stakeholders.version, to: "completed", note: "Stakeholders mapped" });
    const { publication, check } = await getCountryPublication(database.db, coordinator, "bj");
    expect(publication).toMatchObject({ countryCode: "BJ", published: false, version: 0 });
    expect(check.map((warning) => warning.kind).sort()).toEqual(["completedStepWithoutEvidence", "nothingShared"]);
    // Togo has never been touched: nothing recorded at all reads as not updated for a year.
    expect((await getCountryPublication(database.db, coordinator, "TG")).check.map((warning) => warning.kind)).toEqual(["notUpdatedForAYear", "nothingShared"]);
  });

  it("finds a figure without its source, and a country last changed more than a year ago", async () => {
    const indicatorId = await follow(database, benin, "BJ", "SI_COV_BENFTS", { sharingLevel: "all", baselineSource: "" });
    await recordIndicatorValue(database.db, benin, { countryIndicatorId: indicatorId, period: "2023", value: "18.2", source: "" });
    const view = (await readCountryView(database.db, "BJ"))!;
    const warnings = qualityWarnings(view);
    expect(warnings.filter((warning) => warning.kind === "figureWithoutSource")).toEqual([
      { kind: "figureWithoutSource", indicatorCode: "SI_COV_BENFTS", period: "2019" },
      { kind: "figureWithoutSource", indicatorCode: "SI_COV_BENFTS", period: "2023" },
    ]);
    const twoYearsOn = new Date(Date.parse(view.lastUpdatedAt!) + 2 * 365 * 24 * 3600 * 1000);
    expect(qualityWarnings(view, twoYearsOn).some((warning) => warning.kind === "notUpdatedForAYear")).toBe(true);
    expect(warnings.some((warning) => warning.kind === "notUpdatedForAYear")).toBe(false);
  });

  it("refuses to publish over warnings unless told to, then records them in the row and the audit entry", async () => {
    await expect(changeCountryPublication(database.db, coordinator, { country: "BJ", published: "true", version: 0 })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { publishAnyway: "publication.warningsNotAccepted" },
    });
    expect(await database.db.select().from(countryPublications)).toEqual([]);
    const published = await changeCountryPublication(database.db, coordinator, { country: "BJ", published: "true", version: 0, publishAnyway: "on" });
    expect(published).toMatchObject({ published: true, version: 1 });
    expect(published.warnings.map((warning) => warning.kind).sort()).toEqual(["completedStepWithoutEvidence", "figureWithoutSource", "figureWithoutSource", "nothingShared"]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "country.publish"));
    expect(entry).toMatchObject({ actorId: coordinator.userId, countryCode: "BJ", entityId: "BJ", before: { published: false }, after: { published: true } });
    expect((entry!.after as { warnings: unknown[] }).warnings).toHaveLength(4);
  });

  it("refuses a stale switch, anyone but a coordinator, and bad input, changing nothing", async () => {
    await expect(changeCountryPublication(database.db, coordinator, { country: "BJ", published: false, version: 0 })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { published: true, version: 1 },
    });
    for (const actor of [benin, reviewer, adviser]) {
      await expect(changeCountryPublication(database.db, actor, { country: "BJ", published: false, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getCountryPublication(database.db, actor, "BJ")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(changeCountryPublication(database.db, coordinator, { country: "B1", published: "maybe", version: -1 })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { country: expect.any(String), published: "validation.invalid", version: "validation.invalid" },
    });
    const [row] = await database.db.select().from(countryPublications);
    expect(row).toMatchObject({ published: true, version: 1 });
  });

  it("unpublishes with its audit entry, and publishes again", async () => {
    await changeCountryPublication(database.db, coordinator, { country: "BJ", published: "false", version: 1 });
    expect(await readPublicCountry(database.db, "BJ")).toBeNull();
    const entries = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "country.unpublish"), eq(auditLog.countryCode, "BJ")));
    expect(entries).toHaveLength(1);
    await changeCountryPublication(database.db, coordinator, { country: "BJ", published: true, version: 2, publishAnyway: true });
    expect(await readPublicCountry(database.db, "bj")).toMatchObject({ code: "BJ" });
  });
});

describe("what a public page reads", () => {
  beforeAll(async () => {
    const { db } = database;
    const awareness = await stepOf(db, "BJ", "awareness");
    const shared = await logMilestone(db, benin, {
      countryStepId: awareness.id,
      title: "National forum on the floor held",
      occurredOn: "2025-04-02",
      sharingLevel: "all",
      evidenceSharingLevel: "all",
      files: [upload(samplePdf("Forum minutes"), "forum-minutes.pdf", "application/pdf")],
    });
    // Shared milestone, but its second file is kept to the country.
    await logMilestone(db, benin, {
      countryStepId: awareness.id,
      title: "Radio campaign",
      occurredOn: "2025-04-03",
      sharingLevel: "all",
      files: [upload(samplePdf(kept), `script-${kept}.pdf`, "application/pdf")],
    });
    await logMilestone(db, benin, { countryStepId: awareness.id, title: `Cabinet briefing ${kept}`, occurredOn: "2025-04-04", description: kept });
    // Shared first, then taken back.
    const takenBack = await logMilestone(db, benin, { countryStepId: awareness.id, title: "Draft decree", occurredOn: "2025-04-05", sharingLevel: "all" });
    await editMilestone(db, benin, { milestoneId: takenBack.id, version: 1, title: `Draft decree ${kept}`, occurredOn: "2025-04-05", description: "", sharingLevel: "country" });
    // Support every signed-in reader sees, but not the public: its title and description.
    const entry = await addSupportEntry(db, adviser, {
      countryCode: "BJ",
      agencyId: await agencyIdOf(db, "UNICEF"),
      kind: "financial",
      title: `Grant ${signedInOnly}`,
      description: signedInOnly,
      currency: "USD",
      amount: "25000",
      status: "ongoing",
    });
    await addSupportTransaction(db, adviser, { supportEntryId: entry.id, type: "committed", amount: "25000", occurredOn: "2025-02-01" });
    await follow(database, benin, "BJ", "SI_COV_CHLD", { baselineSource: kept });
    const page = (await readPublicCountry(db, "BJ"))!;
    const forum = page.milestones.find((milestone) => milestone.id === shared.id)!;
    sharedFileId = forum.evidence[0]!.id;
    const radio = page.milestones.find((milestone) => milestone.title === "Radio campaign")!;
    expect(radio.evidence).toEqual([]);
    const [keptEvidence] = await database.db.query.evidence.findMany({ where: (evidence, { like }) => like(evidence.title, `%${kept}%`) });
    keptFileId = keptEvidence!.id;
  });

  it("shows the steps, the milestones and evidence shared with all, the support converted and the shared results", async () => {
    const page = (await readPublicCountry(database.db, "BJ"))!;
    expect(page.steps.length).toBeGreaterThan(0);
    expect(page.steps.find((step) => step.key === "stakeholders")).toMatchObject({ status: "completed" });
    expect(page.milestones.map((milestone) => milestone.title)).toEqual(["Radio campaign", "National forum on the floor held"]);
    expect(page.support).toMatchObject({ reportingCurrency: "USD", converted: { committed: "25000" }, entries: 1, leftOut: 0 });
    expect(page.results.map((indicator) => indicator.code)).toEqual(["SI_COV_BENFTS"]);
  });

  it("serves a file shared with all to anyone, and nothing else; nothing of a country not published", async () => {
    expect((await getPublicEvidenceFile(database.db, sharedFileId)).originalName).toBe("forum-minutes.pdf");
    await expect(getPublicEvidenceFile(database.db, keptFileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicEvidenceFile(database.db, "not-an-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Its working group still reads it.
    expect((await getEvidenceFile(database.db, benin, keptFileId)).originalName).toContain(kept);
    await changeCountryPublication(database.db, coordinator, { country: "BJ", published: false, version: 3 });
    await expect(getPublicEvidenceFile(database.db, sharedFileId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await readPublicCountry(database.db, "BJ")).toBeNull();
    expect(await readPublicCountry(database.db, "TG")).toBeNull();
    expect(await readPublicCountry(database.db, "ZZ")).toBeNull();
    expect(await readPublicCountry(database.db, "<script>")).toBeNull();
    expect((await listPublicCountries(database.db)).find((country) => country.code === "BJ")).toMatchObject({ published: false, steps: null });
    await changeCountryPublication(database.db, coordinator, { country: "BJ", published: true, version: 4, publishAnyway: true });
  });

  it("lists every country by its SPF-I status, with step counts only for those published", async () => {
    const listed = await listPublicCountries(database.db);
    expect(listed.filter((country) => country.spfiStatus === "activities_under_way").map((country) => country.code)).toEqual(
      expect.arrayContaining(["BJ", "TG", "BF", "MZ", "RW", "AR", "SV", "HT", "NP", "TH", "VN"]),
    );
    expect(listed.filter((country) => country.spfiStatus === "interest_expressed").length).toBeGreaterThan(0);
    expect(listed.filter((country) => country.published).map((country) => country.code)).toEqual(["BJ"]);
    expect(listed.find((country) => country.code === "BJ")!.steps).toEqual({ done: 1, applicable: expect.any(Number) });
  });

  it("never carries a marker kept to the country, nor one only signed-in readers see", async () => {
    const outputs = JSON.stringify([await readPublicCountry(database.db, "BJ"), await listPublicCountries(database.db)]);
    expect(outputs).not.toContain(kept);
    expect(outputs).not.toContain(signedInOnly);
    // Each probe can fail: the working group's own view holds both.
    const insider = JSON.stringify(await (await import("@/lib/support/get-country-support")).getCountrySupport(database.db, benin, "BJ"));
    expect(insider).toContain(signedInOnly);
  });
});

describe("how fresh a public page must be", () => {
  it("moves a country's stamp with a change recorded for it or for no country, and the list's with any change", async () => {
    const [benin0, togo0, list0] = await Promise.all([countryPageStamp(database.db, "BJ"), countryPageStamp(database.db, "TG"), countryListStamp(database.db)]);
    const awareness = await stepOf(database.db, "BJ", "awareness");
    await logMilestone(database.db, benin, { countryStepId: awareness.id, title: "Forum report", occurredOn: "2025-05-01", sharingLevel: "all" });
    const benin1 = await countryPageStamp(database.db, "BJ");
    expect(benin1).not.toBe(benin0);
    expect(await countryPageStamp(database.db, "TG")).toBe(togo0);
    const list1 = await countryListStamp(database.db);
    expect(list1).not.toBe(list0);
    // A change naming no country (an exchange rate) may change every page.
    await database.db.insert(auditLog).values({ action: "exchangeRate.add", entityType: "exchange_rate", entityId: "probe" });
    expect(await countryPageStamp(database.db, "BJ")).not.toBe(benin1);
    expect(await countryPageStamp(database.db, "TG")).not.toBe(togo0);
    expect(await countryListStamp(database.db)).not.toBe(list1);
  });
});
