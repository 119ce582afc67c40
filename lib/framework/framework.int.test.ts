/**
 * Framework versions on a real database: the preview of a new version, publishing it (audited, refused when
 * stale or for anyone but a coordinator), and moving countries to it with their history kept.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, countries, countrySteps, countrySubActivities, frameworkVersions, milestones } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { logMilestone } from "@/lib/progress/log-milestone";
import { markSubActivity } from "@/lib/progress/mark-sub-activity";
import { addNationalStep } from "@/lib/progress/add-national-step";
import { getCountryWorkspace } from "@/lib/progress/get-country-workspace";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { frameworkFormValues } from "./framework-form";
import { getFramework } from "./get-framework";
import { moveCountriesToFramework } from "./move-countries-to-framework";
import { previewFrameworkVersion, publishFrameworkVersion } from "./publish-framework-version";

const database = useTestDatabase();
let coordinator: Actor;
let reviewer: Actor;
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  reviewer = await createPerson(database, { role: "reviewer" });
});

/** The latest version as the editor's form posts it, changed by `edit`. */
async function proposal(edit: (steps: Record<string, unknown>[]) => Record<string, unknown>[]) {
  const { latest, steps } = await getFramework(database.db, coordinator);
  const values = frameworkFormValues(latest.number, steps);
  return { ...values, notes: "Adds legislation", steps: edit(values.steps) };
}

const legislation = {
  key: "",
  position: "5",
  title: { en: "Draft the legislation", fr: "Rédiger la législation", es: "", pt: "" },
  description: { en: "Put the floor into law.", fr: "", es: "", pt: "" },
  requiresEvidence: "on",
  subActivities: { 0: { key: "", title: { en: "Consult social partners" } } },
};
const spareRow = { key: "", position: "99", title: { en: "" }, description: { en: "" } };

/** Version 2: the first step removed, awareness retitled, legislation added after policy options, assessment first. */
const version2 = () =>
  proposal((steps) => [
    ...steps.map((step) =>
      step.key === "stakeholders"
        ? { ...step, remove: "on" }
        : step.key === "awareness"
          ? { ...step, title: { ...(step.title as object), en: "Raise awareness and build the will to act" } }
          : step.key === "assessment"
            ? { ...step, position: "1" }
            : step,
    ),
    legislation,
    spareRow,
  ]);

describe("a new framework version", () => {
  let bjStakeholders: string;
  it("is previewed step by step and country by country, without writing anything", async () => {
    bjStakeholders = (await stepOf(database.db, "BJ", "stakeholders")).id;
    await logMilestone(database.db, coordinator, { countryStepId: bjStakeholders, title: "Stakeholder map", occurredOn: "2026-01-10" });
    const preview = await previewFrameworkVersion(database.db, coordinator, await version2());
    expect(preview.number).toBe(2);
    const byKey = Object.fromEntries(preview.changes.map((change) => [change.key, change]));
    expect(byKey.draft_the_legislation).toMatchObject({ change: "added" });
    expect(byKey.stakeholders).toMatchObject({ change: "removed" });
    expect(byKey.awareness).toMatchObject({ change: "changed", fields: ["title", "position"] });
    expect(byKey.assessment).toMatchObject({ change: "changed", fields: ["position"] });
    expect(byKey.costing_financing).toMatchObject({ change: "unchanged" });
    const benin = preview.countries.find((country) => country.code === "BJ")!;
    expect(benin).toMatchObject({ fromVersion: 1, added: ["draft_the_legislation"], kept: ["stakeholders"], milestonesOnKept: 1 });
    expect(await database.db.select().from(frameworkVersions)).toHaveLength(1);
  });

  it("is published by a coordinator, audited; a reviewer or a stale edit is refused", async () => {
    await expect(publishFrameworkVersion(database.db, reviewer, await version2())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const input = await version2();
    expect(await publishFrameworkVersion(database.db, coordinator, input)).toEqual({ number: 2 });
    await expect(publishFrameworkVersion(database.db, coordinator, input)).rejects.toMatchObject({ code: "CONFLICT" });
    const { steps, versions } = await getFramework(database.db, coordinator);
    expect(steps.map((step) => step.key)).toEqual([
      "assessment",
      "working_group",
      "awareness",
      "policy_options",
      "draft_the_legislation",
      "costing_financing",
      "monitoring",
      "support_needs",
    ]);
    expect(steps.find((step) => step.key === "draft_the_legislation")).toMatchObject({ requiresEvidence: true, subActivities: [{ key: "consult_social_partners" }] });
    expect(versions.map((version) => version.number)).toEqual([2, 1]);
    expect(versions[0]!.countries).toBe(0);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, "framework.publish"));
    expect(audit?.after).toMatchObject({ number: 2, notes: "Adds legislation" });
  });

  it("moves a country with its history: same step rows, a kept step marked, new steps added, ticks following", async () => {
    const assessment = await stepOf(database.db, "BJ", "assessment");
    const [firstSub] = (await getCountryWorkspace(database.db, coordinator, "BJ")).steps.find((step) => step.key === "assessment")!.checklist;
    await markSubActivity(database.db, coordinator, { countryStepId: assessment.id, subActivityId: firstSub!.id, done: "true" });
    const national = await addNationalStep(database.db, coordinator, { countryCode: "BJ", afterStepId: (await stepOf(database.db, "BJ", "awareness")).id, title: "National dialogue" });
    const before = await database.db.select({ id: countrySteps.id }).from(countrySteps).where(eq(countrySteps.countryCode, "BJ"));

    expect(await moveCountriesToFramework(database.db, coordinator, { versionNumber: "2", countries: "bj" })).toEqual({ moved: ["BJ"] });

    const { country, steps } = await getCountryOverview(database.db, coordinator, "BJ");
    expect(country.frameworkVersion).toBe(2);
    const ids = new Set(steps.map((step) => step.id));
    for (const { id } of before) expect(ids.has(id)).toBe(true);
    expect(steps.map((step) => [step.key ?? "national", step.fromOlderVersion])).toEqual([
      ["stakeholders", true],
      ["assessment", false],
      ["working_group", false],
      ["awareness", false],
      ["national", false],
      ["policy_options", false],
      ["draft_the_legislation", false],
      ["costing_financing", false],
      ["monitoring", false],
      ["support_needs", false],
    ]);
    expect(steps.find((step) => step.id === national.id)).toBeDefined();
    expect(steps.find((step) => step.key === "assessment")).toMatchObject({ subActivitiesDone: 1, subActivitiesTotal: 5 });
    expect(steps.find((step) => step.key === "awareness")!.title).toMatchObject({ en: "Raise awareness and build the will to act" });
    const [kept] = await database.db.select().from(milestones).where(eq(milestones.countryStepId, bjStakeholders));
    expect(kept?.title).toBe("Stakeholder map");
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "framework.move"), eq(auditLog.entityId, "BJ")));
    expect(audit).toMatchObject({ countryCode: "BJ", before: { frameworkVersion: 1 }, after: { frameworkVersion: 2, added: ["draft_the_legislation"], keptFromOlderVersion: ["stakeholders"] } });
    expect(await database.db.select().from(countrySubActivities).where(eq(countrySubActivities.countryStepId, assessment.id))).toHaveLength(1);
  });

  it("moves all the other countries at once, and a reviewer may not", async () => {
    await expect(moveCountriesToFramework(database.db, reviewer, { versionNumber: "2", countries: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { moved } = await moveCountriesToFramework(database.db, coordinator, { versionNumber: "2", countries: "all" });
    expect(moved).not.toContain("BJ");
    expect(moved).toContain("TG");
    const onOld = await database.db
      .select({ code: countries.code })
      .from(countries)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, countries.frameworkVersionId))
      .where(eq(frameworkVersions.number, 1))
      .orderBy(asc(countries.code));
    expect(onOld).toEqual([]);
    await expect(moveCountriesToFramework(database.db, coordinator, { versionNumber: "9", countries: "all" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
