/**
 * A costing's packages and their financing on a real database: the scenarios a package may hold, stale edits,
 * withdrawal, financing replaced year by year under the costing's version, who may write, and bad input refused
 * with nothing changed.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { addPackage } from "./add-package";
import { addScenario } from "./add-scenario";
import { editPackage } from "./edit-package";
import { childGrant, costingCounts, costingVersion, frameCosting, oldAgePension, packageRow } from "./scenario-test-helpers";
import { packageFinancing, setFinancing } from "./set-financing";
import { withdrawPackage } from "./withdraw-package";
import { withdrawScenario } from "./withdraw-scenario";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
const scenarios = { grant: "", pension: "", withdrawn: "", togo: "" };
beforeAll(async () => {
  people = await createSchemeCast(database);
  await frameCosting(database, people.mozambique);
  await frameCosting(database, people.togo, "TG");
  scenarios.grant = (await addScenario(database.db, people.mozambique, childGrant())).id;
  scenarios.pension = (await addScenario(database.db, people.mozambique, oldAgePension())).id;
  scenarios.withdrawn = (await addScenario(database.db, people.mozambique, childGrant({ name: "Withdrawn" }))).id;
  await withdrawScenario(database.db, people.mozambique, { id: scenarios.withdrawn, version: 1, reason: "Merged" });
  scenarios.togo = (await addScenario(database.db, people.togo, childGrant({ countryCode: "TG" }))).id;
});

const add = async (fields: Record<string, unknown> = {}, actor = people.mozambique) =>
  (await addPackage(database.db, actor, { countryCode: "MZ", name: "Low option", scenarioIds: [scenarios.grant], ...fields })).id;
const packageAudit = (id: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "costing_package"), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));

describe("packages", () => {
  it("holds live scenarios of its country, each once, in the order given; a checkbox's false is dropped", async () => {
    const before = await costingVersion(database);
    const id = await add({ name: "High option", scenarioIds: [scenarios.pension, false, scenarios.grant, scenarios.pension] });
    expect(await packageRow(database, id)).toMatchObject({ name: "High option", scenarioIds: [scenarios.pension, scenarios.grant], version: 1 });
    expect(await costingVersion(database)).toBe(before + 1);
    expect((await packageAudit(id))[0]).toMatchObject({ action: "costing.package_add", countryCode: "MZ", after: { name: "High option", scenarioIds: [scenarios.pension, scenarios.grant] } });
    const single = await add({ scenarioIds: scenarios.grant });
    expect((await packageRow(database, single)).scenarioIds).toEqual([scenarios.grant]);
  });

  it("refuses a withdrawn scenario, another country's, an unknown one and more than 50, and changes nothing", async () => {
    const before = await costingCounts(database);
    for (const scenarioId of [scenarios.withdrawn, scenarios.togo, crypto.randomUUID()]) {
      await expect(add({ scenarioIds: [scenarios.grant, scenarioId] })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { scenarioIds: "costingScenarioRules.scenarioUnknown" } });
    }
    const tooMany = Array.from({ length: 51 }, () => crypto.randomUUID());
    await expect(add({ scenarioIds: tooMany })).rejects.toMatchObject({ fieldErrors: { scenarioIds: "validation.tooMany?maximum=50" } });
    await expect(add({ name: "" })).rejects.toMatchObject({ fieldErrors: { name: "validation.required" } });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("edits from the version seen, refuses a stale edit with the package as it is, and keeps a withdrawn scenario it already held", async () => {
    const id = await add({ scenarioIds: [scenarios.grant] });
    const renamed = await editPackage(database.db, people.mozambiqueColleague, { id, version: 1, name: "Low option (2025)", scenarioIds: [scenarios.grant, scenarios.pension] });
    expect(renamed).toEqual({ id, countryCode: "MZ", version: 2 });
    expect((await packageAudit(id)).at(-1)).toMatchObject({ action: "costing.package_edit", before: { name: "Low option", scenarioIds: [scenarios.grant] } });

    const before = await costingCounts(database);
    await expect(editPackage(database.db, people.mozambique, { id, version: 1, name: "Mine", scenarioIds: [] })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { id, version: 2, name: "Low option (2025)", scenarioIds: [scenarios.grant, scenarios.pension], changedBy: "Tomás Cossa" },
    });
    expect(await editPackage(database.db, people.mozambique, { id, version: 2, name: "Low option (2025)", scenarioIds: [scenarios.grant, scenarios.pension] })).toEqual({ id, countryCode: "MZ", version: 2 });
    expect(await costingCounts(database)).toEqual(before);

    // A scenario withdrawn after it joined stays in the package (costed again once restored), but cannot be added.
    const holding = await add({ scenarioIds: [scenarios.grant] });
    const extra = (await addScenario(database.db, people.mozambique, childGrant({ name: "Held, then withdrawn" }))).id;
    await editPackage(database.db, people.mozambique, { id: holding, version: 1, name: "Low option", scenarioIds: [scenarios.grant, extra] });
    await withdrawScenario(database.db, people.mozambique, { id: extra, version: 1, reason: "Paused" });
    expect((await editPackage(database.db, people.mozambique, { id: holding, version: 2, name: "Low option, renamed", scenarioIds: [scenarios.grant, extra] })).version).toBe(3);
    await expect(editPackage(database.db, people.mozambique, { id: holding, version: 3, name: "Low option, renamed", scenarioIds: [scenarios.grant, extra, scenarios.withdrawn] })).rejects.toMatchObject({
      fieldErrors: { scenarioIds: "costingScenarioRules.scenarioUnknown" },
    });
  });

  it("withdraws a package with a reason; it is then out of reach of edits and financing", async () => {
    const id = await add();
    expect(await withdrawPackage(database.db, people.mozambique, { id, version: 1, reason: "Replaced by the high option" })).toEqual({ id, countryCode: "MZ", version: 2 });
    expect(await packageRow(database, id)).toMatchObject({ withdrawalReason: "Replaced by the high option", deletedById: people.mozambique.userId });
    await expect(editPackage(database.db, people.mozambique, { id, version: 2, name: "Back", scenarioIds: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const version = await costingVersion(database);
    await expect(setFinancing(database.db, people.mozambique, { countryCode: "MZ", version, packageId: id, rows: [{ year: 2026, kind: "external", amount: "1", source: "" }] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("financing a package", () => {
  const row = (year: number, kind: string, amount: string, source = "") => ({ year: String(year), kind, amount, source });

  it("replaces the years given and leaves the others; the same financing again writes nothing", async () => {
    const packageId = await add({ name: "Financed" });
    let version = await costingVersion(database);
    const first = await setFinancing(database.db, people.mozambique, {
      countryCode: "MZ",
      version,
      packageId,
      rows: [row(2026, "reallocation", "250 000", "Budget line 12.4"), row(2026, "external", "100000"), row(2027, "new_revenue", "50000.50", "Tobacco excise")],
    });
    expect(first).toEqual({ countryCode: "MZ", packageId, version: version + 1 });
    version = first.version;
    const second = await setFinancing(database.db, people.mozambique, { countryCode: "MZ", version, packageId, rows: [row(2026, "contributions", "75000")] });
    expect(await packageFinancing(database.db, packageId)).toEqual([
      { year: 2026, kind: "contributions", amount: "75000", source: "" },
      { year: 2027, kind: "new_revenue", amount: "50000.5", source: "Tobacco excise" },
    ]);
    expect((await packageAudit(packageId)).at(-1)).toMatchObject({
      action: "costing.financing",
      before: { years: [2026], rows: [{ year: 2026, kind: "external", amount: "100000" }, { year: 2026, kind: "reallocation", amount: "250000", source: "Budget line 12.4" }] },
      after: { years: [2026], rows: [{ year: 2026, kind: "contributions", amount: "75000" }] },
    });
    const before = await costingCounts(database);
    expect(await setFinancing(database.db, people.mozambique, { countryCode: "MZ", version: second.version, packageId, rows: [row(2026, "contributions", "75000.00")] })).toEqual({ countryCode: "MZ", packageId, version: second.version });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("refuses years outside the frame, a kind twice in a year, a negative amount, too many rows and an empty list, and changes nothing", async () => {
    const packageId = await add({ name: "Refused financing" });
    const version = await costingVersion(database);
    const before = await costingCounts(database);
    const refused = (rows: unknown, fieldErrors: Record<string, string>) =>
      expect(setFinancing(database.db, people.mozambique, { countryCode: "MZ", version, packageId, rows })).rejects.toMatchObject({ code: "INVALID", fieldErrors });
    await refused([row(2026, "external", "1"), row(2031, "external", "1"), row(2024, "external", "1")], { "rows.1.year": "costingScenarioRules.yearOutsideFrame", "rows.2.year": "costingScenarioRules.yearOutsideFrame" });
    await refused([row(2026, "external", "1"), row(2026, "external", "2")], { "rows.1.kind": "costingScenarioRules.financingTwice" });
    await refused([row(2026, "external", "-1")], { "rows.0.amount": "validation.amountNegative" });
    await refused([row(2026, "loans", "1")], { "rows.0.kind": "validation.choice" });
    await refused(Array.from({ length: 65 }, (_, index) => row(2025 + (index % 6), "external", "1")), { rows: "validation.tooMany?maximum=64" });
    await refused([], { rows: "validation.tooFew?minimum=1" });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("refuses a stale costing version with the package's financing and who saved the costing last", async () => {
    const packageId = await add({ name: "Stale financing" });
    const seen = await costingVersion(database);
    await addScenario(database.db, people.mozambiqueColleague, childGrant({ name: "Added meanwhile" }));
    const before = await costingCounts(database);
    await expect(setFinancing(database.db, people.mozambique, { countryCode: "MZ", version: seen, packageId, rows: [row(2026, "external", "1")] })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "costing", countryCode: "MZ", version: seen + 1, packageId, financing: [], changedBy: "Tomás Cossa" },
    });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("finds no package of another country under this country's code", async () => {
    const togoPackage = (await addPackage(database.db, people.togo, { countryCode: "TG", name: "Togo", scenarioIds: [scenarios.togo] })).id;
    await expect(setFinancing(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersion(database), packageId: togoPackage, rows: [row(2026, "external", "1")] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("who may write packages and financing", () => {
  it("lets the country's working group and coordinators write, and refuses Togo's member, an adviser and a reviewer", async () => {
    const id = await add({ name: "Guarded" }, people.coordinator);
    const version = await costingVersion(database);
    const before = await costingCounts(database);
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      await expect(addPackage(database.db, outsider, { countryCode: "MZ", name: "Taken", scenarioIds: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(editPackage(database.db, outsider, { id, version: 1, name: "Taken", scenarioIds: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withdrawPackage(database.db, outsider, { id, version: 1, reason: "Not ours" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setFinancing(database.db, outsider, { countryCode: "MZ", version, packageId: id, rows: [{ year: 2026, kind: "external", amount: "1", source: "" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await costingCounts(database)).toEqual(before);
    expect((await setFinancing(database.db, people.coordinator, { countryCode: "MZ", version, packageId: id, rows: [{ year: 2026, kind: "external", amount: "1", source: "" }] })).version).toBe(version + 1);
  });
});
