/**
 * What the scenario and package screens read, on a real database: one scenario costed year by year with the
 * recommendation it costs and the packages holding it, the withdrawn ones for those who may restore them, the
 * recommendations a scenario may cost, and the costing's history; each under the costing's sharing rule.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { matrixVersion } from "@/lib/assessment/matrix/test-helpers";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { addPackage } from "./add-package";
import { addScenario } from "./add-scenario";
import { editScenario } from "./edit-scenario";
import { getCostingScenario, listWithdrawnCostingScenarios } from "./get-scenario";
import { listCostingHistory } from "./history";
import { listCostableRecommendations } from "./recommendation-choices";
import { childGrant, costingVersion, frameCosting, oldAgePension, recommendationsOf, scenarioEdit, scenarioRow, writeInputs } from "./scenario-test-helpers";
import { shareCosting } from "./share";
import { withdrawScenario } from "./withdraw-scenario";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let outsiders: Actor[];
let recommendations: Awaited<ReturnType<typeof recommendationsOf>>;
const ids = { grant: "", pension: "", withdrawn: "", togo: "", low: "", high: "" };
beforeAll(async () => {
  people = await createSchemeCast(database);
  outsiders = [people.togo, people.adviser, people.reviewer];
  await frameCosting(database, people.mozambique);
  await writeInputs(database);
  await frameCosting(database, people.togo, "TG");
  recommendations = await recommendationsOf(database, people.mozambique);
  ids.grant = (await addScenario(database.db, people.mozambique, childGrant({ recommendationId: recommendations.endorsed }))).id;
  ids.pension = (await addScenario(database.db, people.mozambique, oldAgePension())).id;
  ids.withdrawn = (await addScenario(database.db, people.mozambique, childGrant({ name: "School meals allowance" }))).id;
  await withdrawScenario(database.db, people.mozambique, { id: ids.withdrawn, version: 1, reason: "Left to the education budget" });
  ids.togo = (await addScenario(database.db, people.togo, childGrant({ countryCode: "TG" }))).id;
  ids.low = (await addPackage(database.db, people.mozambique, { countryCode: "MZ", name: "Low option", scenarioIds: [ids.grant] })).id;
  ids.high = (await addPackage(database.db, people.mozambique, { countryCode: "MZ", name: "High option", scenarioIds: [ids.pension, ids.grant] })).id;
});

const read = (actor: Actor, id: unknown, code: unknown = "MZ") => getCostingScenario(database.db, actor, code, id);
const share = async (sharingLevel: "all" | "country") => shareCosting(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersion(database), sharingLevel });

describe("one scenario", () => {
  it("is costed year by year from the stored inputs; a year without figures is null with the model's problems", async () => {
    const view = await read(people.mozambiqueColleague, ids.grant);
    expect(view).toMatchObject({
      country: { code: "MZ" },
      frame: { baseYear: 2025, horizonYear: 2030, currency: "MZN" },
      costingVersion: await costingVersion(database),
      scenario: { id: ids.grant, name: "Child grant 0–2", eligibleShare: "1", takeUpStart: "0.5", benefitAmount: "100", version: 1, withdrawn: false, withdrawalReason: null },
      form: { id: ids.grant, version: 1, eligibleShare: "100", takeUpStart: "50", benefitAmount: "100", recommendationId: recommendations.endorsed },
    });
    expect(view.rows.map((row) => row.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // 1,000 children × 50 % × 100 a month × 12 = 600,000, of a GDP of 10 billion.
    expect(view.rows[0]).toMatchObject({ eligiblePopulation: "1000", beneficiaries: "500", annualBenefit: "1200", totalCost: "600000", shareOfGdp: "0.00006", problems: [] });
    expect(view.rows[5]).toMatchObject({ totalCost: null, shareOfGdp: null });
    expect(view.rows[5]!.problems.map((problem) => problem.code)).toContain("missingPopulation");
  });

  it("names the recommendation it costs as the matrix shows it, and the live packages holding it", async () => {
    const view = await read(people.coordinator, ids.grant);
    expect(view.recommendation).toEqual({ id: recommendations.endorsed, statement: "Extend the child grant (0–2 years) nationwide by 2030", status: "endorsed", recommendationKind: "benefit_coverage", withdrawn: false });
    expect(view.packages).toEqual([{ id: ids.low, name: "Low option" }, { id: ids.high, name: "High option" }]);
    expect((await read(people.mozambique, ids.pension)).recommendation).toBeNull();
  });

  it("is not found under another country's address, for an id that is not one, or a country that does not exist", async () => {
    await expect(read(people.coordinator, ids.togo)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read(people.coordinator, ids.grant, "TG")).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const id of ["nope", crypto.randomUUID(), undefined, ["x"]]) await expect(read(people.mozambique, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(read(people.mozambique, ids.grant, "ZZ")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await read(people.togo, ids.togo, "tg")).scenario.id).toBe(ids.togo);
  });

  it("kept to its country, refuses outsiders as if it did not exist; shared with all, everyone reads it but not a kept matrix's recommendation", async () => {
    for (const outsider of outsiders) {
      for (const id of [ids.grant, crypto.randomUUID()]) await expect(read(outsider, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await share("all");
    for (const outsider of outsiders) {
      const view = await read(outsider, ids.grant);
      expect(view.scenario.recommendationId).toBe(recommendations.endorsed);
      expect(view.recommendation).toBeNull();
    }
    await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), sharingLevel: "all" });
    expect((await read(people.reviewer, ids.grant)).recommendation).toMatchObject({ id: recommendations.endorsed, status: "endorsed" });
  });

  it("withdrawn, is read with its reason by those who may restore it, and by no one else", async () => {
    const view = await read(people.mozambiqueColleague, ids.withdrawn);
    expect(view.scenario).toMatchObject({ withdrawn: true, withdrawalReason: "Left to the education budget", version: 2 });
    expect(view.form.withdrawn).toBe(true);
    expect((await read(people.coordinator, ids.withdrawn)).scenario.withdrawn).toBe(true);
    // The costing is shared with all since the test before: readers who may not restore it still do not see it.
    for (const reader of [people.reviewer, people.adviser, people.togo]) await expect(read(reader, ids.withdrawn)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("withdrawn scenarios", () => {
  it("are listed for those who may restore them, newest first; empty for readers, outsiders of a kept costing and a costing not framed", async () => {
    const second = (await addScenario(database.db, people.mozambique, childGrant({ name: "Funeral grant" }))).id;
    await withdrawScenario(database.db, people.mozambique, { id: second, version: 1, reason: "Out of scope" });
    expect((await listWithdrawnCostingScenarios(database.db, people.coordinator, "MZ")).map((row) => [row.name, row.withdrawalReason])).toEqual([
      ["Funeral grant", "Out of scope"],
      ["School meals allowance", "Left to the education budget"],
    ]);
    expect(await listWithdrawnCostingScenarios(database.db, people.reviewer, "MZ")).toEqual([]);
    await share("country");
    expect(await listWithdrawnCostingScenarios(database.db, people.togo, "MZ")).toEqual([]);
    // Togo has no costing yet: its member's overview asks all the same.
    expect(await listWithdrawnCostingScenarios(database.db, people.togo, "TG")).toEqual([]);
  });
});

describe("the recommendations a scenario may cost", () => {
  it("are the live benefit or coverage recommendations endorsed or adopted, in the matrix's order", async () => {
    const choices = await listCostableRecommendations(database.db, people.mozambique, "MZ");
    expect(choices.map((choice) => [choice.id, choice.status])).toEqual([
      [recommendations.endorsed, "endorsed"],
      [recommendations.adopted, "adopted"],
    ]);
    expect(choices[0]).toMatchObject({ statement: "Extend the child grant (0–2 years) nationwide by 2030", guarantee: "children" });
  });

  it("are none for someone who does not read the matrix", async () => {
    await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), sharingLevel: "country" });
    for (const outsider of outsiders) expect(await listCostableRecommendations(database.db, outsider, "MZ")).toEqual([]);
  });
});

describe("the costing's history", () => {
  it("lists the frame, scenarios and packages newest first, each named as it is called now, withdrawn ones too", async () => {
    const grant = await scenarioRow(database, ids.grant);
    await editScenario(database.db, people.mozambique, scenarioEdit(grant, childGrant({ recommendationId: recommendations.endorsed }), { name: "Child grant 0–2, nationwide" }));
    const history = await listCostingHistory(database.db, people.coordinator, { countryCode: "MZ" });
    expect(history.total).toBeGreaterThan(8);
    expect(history.rows[0]).toMatchObject({ action: "costing.scenario_edit", entityType: "costing_scenario", entityId: ids.grant, subject: "Child grant 0–2, nationwide", actorName: "Amélia Machava" });
    expect(history.rows[0]!.changes).toEqual([{ field: "name", before: "Child grant 0–2", after: "Child grant 0–2, nationwide" }]);
    const actions = history.rows.map((entry) => [entry.action, entry.subject]);
    expect(actions).toContainEqual(["costing.package_add", "High option"]);
    expect(actions).toContainEqual(["costing.scenario_withdraw", "School meals allowance"]);
    // The frame's entry is the costing's own, with no subject; Togo's costing is not Mozambique's.
    expect(actions).toContainEqual(["costing.frame", null]);
    expect(history.rows.every((entry) => entry.entityId !== ids.togo && entry.entityId !== "TG")).toBe(true);
  });

  it("of one scenario or package holds its entries only; a page past the last is the last", async () => {
    const scenario = await listCostingHistory(database.db, people.mozambique, { countryCode: "MZ", subject: { kind: "scenario", id: ids.grant }, page: "7" });
    expect(scenario.rows.map((entry) => entry.action)).toEqual(["costing.scenario_edit", "costing.scenario_add"]);
    expect(scenario).toMatchObject({ page: 1, pageCount: 1, total: 2 });
    const costingPackage = await listCostingHistory(database.db, people.mozambique, { countryCode: "MZ", subject: { kind: "package", id: ids.low } });
    expect(costingPackage.rows.map((entry) => [entry.action, entry.subject])).toEqual([["costing.package_add", "Low option"]]);
    // Another country's scenario, asked for under Mozambique's address, has no entries here.
    expect((await listCostingHistory(database.db, people.coordinator, { countryCode: "MZ", subject: { kind: "scenario", id: ids.togo } })).total).toBe(0);
    await expect(listCostingHistory(database.db, people.mozambique, { countryCode: "MZ", subject: { kind: "scenario", id: "nope" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("kept to its country, is refused to outsiders; its working group and coordinators read it", async () => {
    for (const outsider of outsiders) await expect(listCostingHistory(database.db, outsider, { countryCode: "MZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCostingHistory(database.db, people.mozambique, { countryCode: "nowhere" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCostingHistory(database.db, people.togo, { countryCode: "TG" })).rows.map((entry) => entry.action)).toEqual(["costing.scenario_add", "costing.frame"]);
  });
});
