/**
 * The matrix and the activity read on a real database: filters, counts, the matrix as of a past day rebuilt
 * from the history, what changed between two dates, and aggregates that follow the reader's permissions.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, milestones } from "@/db/schema";
import { chooseFollowedCountries } from "@/lib/activity/choose-followed-countries";
import { maxFollowedCountries } from "@/lib/validation/review";
import { getActivityFeed } from "@/lib/activity/get-activity-feed";
import type { Actor } from "@/lib/actor";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { deleteMilestone } from "@/lib/progress/delete-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { getProgressMatrix, type ProgressMatrix } from "./get-progress-matrix";
import { listMatrixChanges } from "./list-matrix-changes";

const database = useTestDatabase();
let benin: Actor;
let togo: Actor;
let reviewer: Actor;
let unicef: Actor;
let nobody: Actor;

beforeAll(async () => {
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ", name: "Adjoa Mensah" });
  togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  reviewer = await createPerson(database, { role: "reviewer" });
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  nobody = await createPerson(database, { role: null });

  // Benin: step 2 completed with two milestones (one deleted); UNICEF supports it.
  const step = await stepOf(database.db, "BJ", "working_group");
  const kept = await logMilestone(database.db, benin, {
    countryStepId: step.id,
    title: "Decree signed",
    occurredOn: "2024-03-14",
    sharingLevel: "all",
    links: [{ url: "https://example.org/decree", title: "Decree" }],
  });
  const dropped = await logMilestone(database.db, benin, { countryStepId: step.id, title: "Draft decree", occurredOn: "2024-02-01" });
  await deleteMilestone(database.db, benin, { milestoneId: dropped.id });
  await changeStepStatus(database.db, benin, { countryStepId: step.id, version: step.version, to: "completed", note: "Decree published" });
  await addSupportEntry(database.db, unicef, {
    countryCode: "BJ",
    agencyId: await agencyIdOf(database.db, "UNICEF"),
    countryStepId: step.id,
    kind: "technical",
    technicalCategory: "policy_legal_design",
    title: "Drafting support for the decree",
    status: "delivered",
  });

  // Dates in the past, as if it had happened over March 2024.
  await database.db.update(milestones).set({ createdAt: new Date("2024-03-05T10:00:00Z") }).where(eq(milestones.id, kept.id));
  await database.db
    .update(auditLog)
    .set({ at: new Date("2024-03-10T10:00:00Z") })
    .where(and(eq(auditLog.action, "step.status"), eq(auditLog.entityId, step.id)));
});

const cell = (matrix: ProgressMatrix, code: string, key: string) => {
  const column = matrix.steps.findIndex((step) => step.key === key);
  return matrix.countries.find((country) => country.code === code)?.cells[column] ?? null;
};

describe("the matrix", () => {
  it("has the eight framework steps as columns and every country as a row", async () => {
    const matrix = await getProgressMatrix(database.db, reviewer, {});
    expect(matrix.steps.map((step) => step.key)).toHaveLength(8);
    expect(matrix.countries).toHaveLength(18);
    expect(cell(matrix, "BJ", "working_group")).toMatchObject({ status: "completed", milestones: 1, supportEntries: 1, reviewState: null });
    expect(cell(matrix, "BJ", "working_group")!.lastUpdate).toBeInstanceOf(Date);
    expect(cell(matrix, "TG", "working_group")).toMatchObject({ status: "not_started", milestones: 0, supportEntries: 0, lastUpdate: null });
  });

  it("filters by region, SPF-I status, step status (of one step or any), supporting agency and staleness", async () => {
    const codes = async (query: Record<string, string>) => (await getProgressMatrix(database.db, togo, query)).countries.map((country) => country.code);
    expect(await codes({ region: "africa", status: "completed" })).toEqual(["BJ"]);
    expect(await codes({ status: "completed", step: "working_group" })).toEqual(["BJ"]);
    expect(await codes({ status: "completed", step: "awareness" })).toEqual([]);
    expect(await codes({ agency: "UNICEF" })).toEqual(["BJ"]);
    expect(await codes({ agency: "ILO" })).toEqual([]);
    expect(await codes({ region: "americas", spfiStatus: "activities_under_way" })).toEqual(["AR", "HT", "SV"]);
    // Benin was updated today; every other country never was.
    expect(await codes({ stale: "30" })).not.toContain("BJ");
    expect(await codes({ stale: "30", region: "africa" })).toEqual(["BF", "BW", "DZ", "GH", "MZ", "RW", "TG"]);
  });

  it("refuses unknown filter values per field, and a reader without a role", async () => {
    await expect(getProgressMatrix(database.db, reviewer, { region: "atlantis", stale: "0", asOf: "2999-01-01" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { region: "validation.choice", stale: "validation.tooSmall?minimum=1", asOf: "progress.futureDate" },
    });
    await expect(getProgressMatrix(database.db, nobody, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("rebuilds each cell as it stood at the end of a past day", async () => {
    const asOf = async (day: string) => cell(await getProgressMatrix(database.db, reviewer, { asOf: day }), "BJ", "working_group");
    expect(await asOf("2024-03-01")).toMatchObject({ status: "not_started", milestones: 0, supportEntries: 0, lastUpdate: null });
    expect(await asOf("2024-03-07")).toMatchObject({ status: "not_started", milestones: 1 });
    expect(await asOf("2024-03-10")).toMatchObject({ status: "completed", milestones: 1, lastUpdate: new Date("2024-03-10T10:00:00Z") });
    expect((await getProgressMatrix(database.db, reviewer, { asOf: "2024-03-07", status: "completed" })).countries).toEqual([]);
  });

  it("counts milestones through the sharing rule: one kept to Benin counts for its group, not for a reviewer", async () => {
    const step = await stepOf(database.db, "BJ", "working_group");
    await logMilestone(database.db, benin, { countryStepId: step.id, title: "Internal minutes", occurredOn: "2024-03-15" });
    expect(cell(await getProgressMatrix(database.db, reviewer, {}), "BJ", "working_group")).toMatchObject({ milestones: 1 });
    expect(cell(await getProgressMatrix(database.db, benin, {}), "BJ", "working_group")).toMatchObject({ milestones: 2 });
    const today = new Date().toISOString().slice(0, 10);
    const changes = await listMatrixChanges(database.db, reviewer, { from: "2024-01-01", to: today });
    expect(changes.entries.some((entry) => entry.subject === "Decree signed")).toBe(true);
    expect(changes.entries.some((entry) => entry.subject === "Internal minutes")).toBe(false);
  });
});

describe("what changed between two dates", () => {
  it("lists the step's status change on its day, and nothing outside the period", async () => {
    const march = await listMatrixChanges(database.db, reviewer, { from: "2024-03-10", to: "2024-03-10", region: "africa" });
    expect(march.entries).toEqual([
      expect.objectContaining({ action: "step.status", countryCode: "BJ", statusFrom: "not_started", statusTo: "completed", actorName: "Adjoa Mensah" }),
    ]);
    expect((await listMatrixChanges(database.db, reviewer, { from: "2024-03-11", to: "2024-03-31" })).entries).toEqual([]);
    await expect(listMatrixChanges(database.db, reviewer, { from: "2024-03-11", to: "2024-03-01" })).rejects.toMatchObject({ fieldErrors: { to: "matrix.toBeforeFrom" } });
  });
});

describe("the activity feed", () => {
  it("follows a working group's own country, an adviser's supported countries, everything for a reviewer; unfollowing removes a country", async () => {
    const feed = async (actor: Actor) => getActivityFeed(database.db, actor, {});
    expect((await feed(togo)).followed).toEqual(["TG"]);
    expect((await feed(togo)).entries).toEqual([]);
    expect((await feed(unicef)).followed).toEqual(["BJ"]);
    const reviewerFeed = await feed(reviewer);
    expect(reviewerFeed.followed).toHaveLength(18);
    // The draft decree (logged, then deleted) and the internal minutes were kept to Benin: no trace for a reviewer.
    expect(reviewerFeed.entries.map((entry) => entry.action)).toEqual(["support.add", "milestone.log", "step.status"]);

    await chooseFollowedCountries(database.db, togo, { countryCodes: ["TG", "bj"] });
    expect((await feed(togo)).followed).toEqual(["BJ", "TG"]);
    expect((await feed(togo)).entries.length).toBeGreaterThan(0);
    await chooseFollowedCountries(database.db, reviewer, { countryCodes: reviewerFeed.followed.filter((code) => code !== "BJ") });
    expect((await feed(reviewer)).entries).toEqual([]);
    await expect(getActivityFeed(database.db, nobody, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("saves a choice of countries as one change: each country whose choice changes audited, the same choice again nothing", async () => {
    const person = await createPerson(database, { role: "working_group_member", countryCode: "NP" });
    const followed = async () => (await getActivityFeed(database.db, person, {})).followed;
    const audited = async () =>
      (await database.db.select({ countryCode: auditLog.countryCode, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.action, "country.follow"), eq(auditLog.actorId, person.userId))))
        .map((row) => `${row.countryCode}:${String(row.after?.following)}`)
        .sort();
    expect(await followed()).toEqual(["NP"]);

    // A form's ticks: one value is a string, several an array, none nothing at all.
    expect(await chooseFollowedCountries(database.db, person, { countryCodes: ["BJ", "NP", "TG", "bj"] })).toEqual({ following: 3, changed: 2 });
    expect(await followed()).toEqual(["BJ", "NP", "TG"]);
    expect(await audited()).toEqual(["BJ:true", "TG:true"]);
    expect(await chooseFollowedCountries(database.db, person, { countryCodes: ["BJ", "NP", "TG"] })).toEqual({ following: 3, changed: 0 });
    expect(await audited()).toHaveLength(2);
    expect(await chooseFollowedCountries(database.db, person, { countryCodes: "TG" })).toEqual({ following: 1, changed: 2 });
    expect(await followed()).toEqual(["TG"]);
    expect(await audited()).toEqual(["BJ:false", "BJ:true", "NP:false", "TG:true"]);

    // A country Socle does not know, a code that is none, a list longer than any choice: refused, nothing changed.
    for (const countryCodes of [["TG", "ZZ"], ["TG", "Benin"], Array.from({ length: maxFollowedCountries + 1 }, () => "TG")]) {
      await expect(chooseFollowedCountries(database.db, person, { countryCodes })).rejects.toMatchObject({ code: "INVALID" });
    }
    expect(await followed()).toEqual(["TG"]);
    expect(await audited()).toHaveLength(4);

    expect(await chooseFollowedCountries(database.db, person, {})).toEqual({ following: 0, changed: 1 });
    expect(await getActivityFeed(database.db, person, {})).toMatchObject({ followed: [], entries: [], total: 0 });
    await expect(chooseFollowedCountries(database.db, nobody, { countryCodes: ["TG"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

