/**
 * The stored costing as its workbook: what a Mozambique member downloads recomputes, formula by formula, to the
 * figures the read model shows; an outsider of a costing kept to its country, and a country without a frame, get
 * NOT_FOUND; a reader who may not export gets FORBIDDEN.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { costings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { expectModelFigures, workbookLabels } from "@/lib/testing/check-costing-workbook";
import { recomputeWorkbook } from "@/lib/testing/recompute-workbook";
import { addScenario } from "./add-scenario";
import { costingInputsOf, modelScenario, readCostingInputs } from "./content";
import { costingWorkbookOf } from "./costing-workbook-of";
import { getCosting } from "./get-costing";
import { childGrant, frameCosting, oldAgePension, writeInputs } from "./scenario-test-helpers";

const database = useTestDatabase();
let member: Actor;
let togo: Actor;
let adviser: Actor;

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  await frameCosting(database, member);
  await writeInputs(database);
  await addScenario(database.db, member, { countryCode: "MZ", ...childGrant() });
  await addScenario(database.db, member, { countryCode: "MZ", ...oldAgePension() });
});

describe("the costing's workbook", () => {
  it("recomputes to the read model's figures, scenario by scenario", async () => {
    const { workbook } = await costingWorkbookOf(database.db, member, "mz", workbookLabels());
    const recomputed = await recomputeWorkbook((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const view = await getCosting(database.db, member, "MZ");
    expect(view.scenarios).toHaveLength(2);
    const scenarios = view.scenarios.map((scenario) => ({ ...modelScenario(scenario), name: scenario.name }));
    const [costing] = await database.db.select().from(costings).where(eq(costings.countryCode, "MZ"));
    const costed = expectModelFigures(recomputed, costingInputsOf(await readCostingInputs(database.db, costing!)), scenarios);
    expect(costed.map((rows) => rows.map((row) => row.totalCost))).toEqual(view.scenarios.map((scenario) => scenario.rows.map((row) => row.totalCost)));
  });

  it("is kept from those who may not read or export the costing", async () => {
    await expect(costingWorkbookOf(database.db, togo, "MZ", workbookLabels())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(costingWorkbookOf(database.db, adviser, "MZ", workbookLabels())).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A reviewer exports everywhere, but Mozambique keeps its costing to itself: as if there were none.
    const reviewer = await createPerson(database, { role: "reviewer" });
    await expect(costingWorkbookOf(database.db, reviewer, "MZ", workbookLabels())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const coordinator = await createPerson(database, { role: "coordinator" });
    await expect(costingWorkbookOf(database.db, coordinator, "BJ", workbookLabels())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
