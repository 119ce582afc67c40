/**
 * A costing's benefit scenarios on a real database: percentages typed and shares stored, the database's checks said
 * on the field to correct, the recommendation a scenario may cost, positions, stale edits, withdraw and restore, who
 * may write, and bad input refused with nothing changed.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { decideRecommendation } from "@/lib/assessment/matrix/decide-recommendation";
import { itemRow } from "@/lib/assessment/matrix/test-helpers";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { addScenario } from "./add-scenario";
import { editScenario } from "./edit-scenario";
import { childGrant, costingCounts, costingVersion, frameCosting, oldAgePension, recommendationsOf, scenarioEdit, scenarioRow } from "./scenario-test-helpers";
import { restoreScenario, withdrawScenario } from "./withdraw-scenario";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let recommendations: Awaited<ReturnType<typeof recommendationsOf>>;
let togoRecommendation: string;
beforeAll(async () => {
  people = await createSchemeCast(database);
  await frameCosting(database, people.mozambique);
  recommendations = await recommendationsOf(database, people.mozambique);
  togoRecommendation = (await recommendationsOf(database, people.togo, "TG")).endorsed;
});

const add = async (fields: Record<string, unknown>, actor = people.mozambique) => (await addScenario(database.db, actor, fields)).id;
const scenarioAudit = (id: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "costing_scenario"), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));

describe("adding scenarios", () => {
  it("stores shares typed as percentages, drops what the kinds do not use, and counts a change of the costing", async () => {
    const before = await costingVersion(database);
    const grant = await add(childGrant({ eligibleShare: "12,5", benefitAmount: "1 000", takeUpTarget: "60 %" }));
    expect(await scenarioRow(database, grant)).toMatchObject({
      countryCode: "MZ",
      targetKind: "ages",
      ageFrom: 0,
      ageTo: 2,
      eligibleShare: "0.125000",
      benefitAmount: "1000.0000",
      benefitShare: null,
      indexation: "none",
      takeUpTarget: "0.600000",
      version: 1,
      createdById: people.mozambique.userId,
    });
    const pension = await add(oldAgePension({ benefitAmount: "999", indexation: "inflation", eligibleShare: "" }));
    expect(await scenarioRow(database, pension)).toMatchObject({ ageFrom: 65, ageTo: null, eligibleShare: "1.000000", benefitAmount: null, benefitShare: "0.400000", indexation: "none", administrativeRate: "0.050000" });
    const mothers = await add(childGrant({ name: "Maternity grant", targetKind: "mothers_of_newborns", sex: "female", ageFrom: "15", eligibleShare: "70", administrativeConvention: "share_of_total", administrativeRate: "99.5" }));
    expect(await scenarioRow(database, mothers)).toMatchObject({ targetKind: "mothers_of_newborns", ageFrom: null, ageTo: null, sex: "all", eligibleShare: "0.700000", administrativeRate: "0.995000" });
    expect(await costingVersion(database)).toBe(before + 3);
    expect((await scenarioAudit(grant))[0]).toMatchObject({ action: "costing.scenario_add", countryCode: "MZ", actorId: people.mozambique.userId, after: { name: "Child grant 0–2", eligibleShare: "0.125", benefitAmount: "1000" } });
  });

  it("puts each scenario after the country's last live one", async () => {
    const first = await add(childGrant({ name: "First" }));
    const second = await add(childGrant({ name: "Second" }));
    expect((await scenarioRow(database, second)).position).toBe((await scenarioRow(database, first)).position + 1);
  });

  it("says each of the database's checks on the field to correct, and changes nothing", async () => {
    const before = await costingCounts(database);
    const refused = async (fields: Record<string, unknown>, fieldErrors: Record<string, string>) =>
      expect(addScenario(database.db, people.mozambique, childGrant(fields))).rejects.toMatchObject({ code: "INVALID", fieldErrors });
    await refused({ ageFrom: "" }, { ageFrom: "costingScenarioRules.ageFromRequired" });
    await refused({ ageFrom: "10", ageTo: "5" }, { ageTo: "costingScenarioRules.ageToBeforeFrom" });
    await refused({ ageFrom: "-1" }, { ageFrom: "validation.tooSmall?minimum=0" });
    await refused({ benefitAmount: "" }, { benefitAmount: "costingScenarioRules.benefitAmountRequired" });
    await refused({ benefitAmount: "-5" }, { benefitAmount: "validation.amountNegative" });
    await refused({ benefitAmount: "0" }, { benefitAmount: "validation.amountPositive" });
    await refused({ benefitKind: "gdp_per_head_share" }, { benefitShare: "costingScenarioRules.benefitShareRequired" });
    await refused({ benefitKind: "poverty_line_share", benefitShare: "0" }, { benefitShare: "costingScenarioRules.benefitShare" });
    await refused({ benefitKind: "poverty_line_share", benefitShare: "1000.5" }, { benefitShare: "costingScenarioRules.benefitShare" });
    await refused({ eligibleShare: "100.01" }, { eligibleShare: "costingScenarioRules.percentage" });
    await refused({ eligibleShare: "-5" }, { eligibleShare: "costingScenarioRules.percentage" });
    await refused({ takeUpStart: "1e2" }, { takeUpStart: "costingScenarioRules.percentage" });
    await refused({ takeUpTarget: "12.34567" }, { takeUpTarget: "costingScenarioRules.percentage" });
    await refused({ administrativeRate: "100" }, { administrativeRate: "costingScenarioRules.administrativeRate" });
    await refused({ takeUpYear: "2031" }, { takeUpYear: "costingScenarioRules.takeUpYearOutsideFrame" });
    await refused({ takeUpYear: "2024" }, { takeUpYear: "costingScenarioRules.takeUpYearOutsideFrame" });
    await refused({ takeUpYear: "2027.5" }, { takeUpYear: "costingRules.yearWhole" });
    await refused({ name: "  " }, { name: "validation.required" });
    await refused({ targetKind: "households" }, { targetKind: "validation.choice" });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("refuses a scenario before the costing's frame is set", async () => {
    await expect(addScenario(database.db, people.coordinator, childGrant({ countryCode: "BJ" }))).rejects.toMatchObject({ code: "INVALID", message: "costingRules.noFrame" });
  });
});

describe("the recommendation a scenario costs", () => {
  it("links an endorsed or adopted recommendation of kind benefit or coverage of the same country", async () => {
    const endorsed = await add(childGrant({ recommendationId: recommendations.endorsed }));
    const adopted = await add(oldAgePension({ recommendationId: recommendations.adopted }));
    expect((await scenarioRow(database, endorsed)).recommendationId).toBe(recommendations.endorsed);
    expect((await scenarioRow(database, adopted)).recommendationId).toBe(recommendations.adopted);
  });

  it("refuses a proposed or management recommendation, a withdrawn one, a gap, another country's and an unknown id", async () => {
    const before = await costingCounts(database);
    const refused = (recommendationId: string, message: string) =>
      expect(addScenario(database.db, people.mozambique, childGrant({ recommendationId }))).rejects.toMatchObject({ code: "INVALID", fieldErrors: { recommendationId: message } });
    await refused(recommendations.proposed, "costingScenarioRules.recommendationNotEndorsed");
    await refused(recommendations.management, "costingScenarioRules.recommendationNotBenefit");
    await refused(recommendations.withdrawn, "costingScenarioRules.recommendationUnknown");
    await refused(recommendations.gap, "costingScenarioRules.recommendationUnknown");
    await refused(togoRecommendation, "costingScenarioRules.recommendationUnknown");
    await refused(crypto.randomUUID(), "costingScenarioRules.recommendationUnknown");
    await refused("not-an-id", "validation.invalid");
    expect(await costingCounts(database)).toEqual(before);
  });

  it("keeps a link whose recommendation was dropped since, and checks a link only when it changes", async () => {
    const fields = childGrant({ name: "Linked, then dropped", recommendationId: recommendations.endorsed });
    const id = await add(fields);
    const item = await itemRow(database, recommendations.endorsed);
    await decideRecommendation(database.db, people.mozambique, { id: item.id, version: item.version, status: "dropped", decidedOn: "2025-08-01", reason: "Not affordable before 2030" });
    const renamed = await editScenario(database.db, people.mozambique, scenarioEdit(await scenarioRow(database, id), fields, { name: "Kept after the drop" }));
    expect(renamed.version).toBe(2);
    await expect(editScenario(database.db, people.mozambique, scenarioEdit(await scenarioRow(database, id), fields, { recommendationId: recommendations.proposed }))).rejects.toMatchObject({
      fieldErrors: { recommendationId: "costingScenarioRules.recommendationNotEndorsed" },
    });
    const unlinked = await editScenario(database.db, people.mozambique, scenarioEdit(await scenarioRow(database, id), fields, { recommendationId: "" }));
    expect(unlinked.version).toBe(3);
    expect((await scenarioRow(database, id)).recommendationId).toBeNull();
  });
});

describe("editing a scenario", () => {
  it("records only the changed fields, and saving what is there writes nothing", async () => {
    const fields = childGrant({ name: "To edit" });
    const id = await add(fields);
    const versionBefore = await costingVersion(database);
    const edited = await editScenario(database.db, people.mozambique, scenarioEdit(await scenarioRow(database, id), fields, { takeUpTarget: "75", benefitKind: "poverty_line_share", benefitShare: "25" }));
    expect(edited).toEqual({ id, countryCode: "MZ", version: 2 });
    expect(await scenarioRow(database, id)).toMatchObject({ takeUpTarget: "0.750000", benefitKind: "poverty_line_share", benefitAmount: null, benefitShare: "0.250000", indexation: "none" });
    expect(await costingVersion(database)).toBe(versionBefore + 1);
    const entry = (await scenarioAudit(id)).at(-1)!;
    expect(entry).toMatchObject({ action: "costing.scenario_edit", before: { takeUpTarget: "0.5", benefitAmount: "100", benefitShare: null } });
    expect(entry.after).toEqual({ benefitKind: "poverty_line_share", benefitAmount: null, benefitShare: "0.25", takeUpTarget: "0.75" });

    const again = scenarioEdit(await scenarioRow(database, id), fields, { takeUpTarget: "75.00", benefitKind: "poverty_line_share", benefitShare: "25" });
    const countsBefore = await costingCounts(database);
    expect(await editScenario(database.db, people.mozambique, again)).toEqual({ id, countryCode: "MZ", version: 2 });
    expect(await costingCounts(database)).toEqual(countsBefore);
  });

  it("refuses a stale edit with the scenario as it stands, in percentages, and who saved it", async () => {
    const fields = childGrant({ name: "Edited twice" });
    const id = await add(fields);
    const opened = await scenarioRow(database, id);
    await editScenario(database.db, people.mozambiqueColleague, scenarioEdit(opened, fields, { eligibleShare: "80" }));
    const before = await costingCounts(database);
    await expect(editScenario(database.db, people.mozambique, scenarioEdit(opened, fields, { name: "Mine" }))).rejects.toMatchObject({
      code: "CONFLICT",
      current: { id, version: 2, name: "Edited twice", eligibleShare: "80", takeUpStart: "50", benefitAmount: "100", ageTo: "2", changedBy: "Tomás Cossa" },
    });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("refuses a take-up year outside the frame", async () => {
    const fields = childGrant({ name: "Year" });
    const id = await add(fields);
    await expect(editScenario(database.db, people.mozambique, scenarioEdit(await scenarioRow(database, id), fields, { takeUpYear: "2040" }))).rejects.toMatchObject({
      fieldErrors: { takeUpYear: "costingScenarioRules.takeUpYearOutsideFrame" },
    });
  });
});

describe("withdrawing and restoring a scenario", () => {
  it("withdraws with a reason, hides the scenario from edits, and restores it at the end", async () => {
    const fields = childGrant({ name: "Withdrawn" });
    const id = await add(fields);
    const later = await add(childGrant({ name: "Added after" }));
    await expect(withdrawScenario(database.db, people.mozambique, { id, version: 1, reason: " " })).rejects.toMatchObject({ fieldErrors: { reason: "validation.required" } });
    expect(await withdrawScenario(database.db, people.mozambique, { id, version: 1, reason: "Costed within the pension" })).toEqual({ id, countryCode: "MZ", version: 2 });
    expect(await scenarioRow(database, id)).toMatchObject({ withdrawalReason: "Costed within the pension", deletedById: people.mozambique.userId });
    await expect(editScenario(database.db, people.mozambique, scenarioEdit(await scenarioRow(database, id), fields))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreScenario(database.db, people.mozambique, { id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT", current: { withdrawn: true } });
    expect(await restoreScenario(database.db, people.mozambique, { id, version: 2 })).toEqual({ id, countryCode: "MZ", version: 3 });
    const restored = await scenarioRow(database, id);
    expect(restored).toMatchObject({ deletedAt: null, withdrawalReason: null });
    expect(restored.position).toBeGreaterThan((await scenarioRow(database, later)).position);
    // Restoring again changes nothing.
    const before = await costingCounts(database);
    expect(await restoreScenario(database.db, people.mozambique, { id, version: 3 })).toEqual({ id, countryCode: "MZ", version: 3 });
    expect(await costingCounts(database)).toEqual(before);
    expect((await scenarioAudit(id)).map((entry) => entry.action)).toEqual(["costing.scenario_add", "costing.scenario_withdraw", "costing.scenario_restore"]);
  });
});

describe("who may write scenarios", () => {
  it("lets the country's working group and coordinators write, and refuses Togo's member, an adviser and a reviewer", async () => {
    const fields = childGrant({ name: "Guarded" });
    const id = await add(fields, people.coordinator);
    expect((await scenarioRow(database, id)).createdById).toBe(people.coordinator.userId);
    const row = await scenarioRow(database, id);
    const before = await costingCounts(database);
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      await expect(addScenario(database.db, outsider, fields)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(editScenario(database.db, outsider, scenarioEdit(row, fields, { name: "Taken over" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withdrawScenario(database.db, outsider, { id, version: row.version, reason: "Not ours" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(restoreScenario(database.db, outsider, { id, version: row.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await costingCounts(database)).toEqual(before);
    expect((await editScenario(database.db, people.mozambique, scenarioEdit(row, fields, { name: "Ours" }))).version).toBe(2);
  });
});
