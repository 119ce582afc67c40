/**
 * From a package's financing gap to funding needs on key step 8, end to end on a real database: the gap computed
 * from the stored inputs, years without a gap or without a known cost reported, a year already needed skipped
 * until its need is withdrawn, stale versions, who may do it, and an adviser answering a need so made.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, costingNeeds, needSupportLinks, supportNeeds } from "@/db/schema";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { answerNeed } from "@/lib/support/answer-need";
import { withdrawNeed } from "@/lib/support/withdraw-need";
import { agencyIdOf, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addPackage } from "./add-package";
import { addScenario } from "./add-scenario";
import { createNeedsFromPackage } from "./create-needs";
import { listPackageNeeds } from "./package-needs";
import { childGrant, costingCounts, costingVersion, frameCosting, writeInputs } from "./scenario-test-helpers";
import { setFinancing } from "./set-financing";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let packageId: string;
beforeAll(async () => {
  people = await createSchemeCast(database);
  await frameCosting(database, people.mozambique);
  await writeInputs(database);
  // 600,000 meticais a year (scenario-test-helpers.ts); population figures stop in 2029, so 2030's cost is unknown.
  const grant = (await addScenario(database.db, people.mozambique, childGrant())).id;
  packageId = (await addPackage(database.db, people.mozambique, { countryCode: "MZ", name: "Low option", scenarioIds: [grant] })).id;
  await setFinancing(database.db, people.mozambique, {
    countryCode: "MZ",
    version: await costingVersion(database),
    packageId,
    rows: [
      { year: 2026, kind: "reallocation", amount: "600000", source: "Budget line 12.4" },
      { year: 2027, kind: "external", amount: "200000", source: "World Bank" },
    ],
  });
});

const createNeeds = async (years: unknown, actor = people.mozambique) => createNeedsFromPackage(database.db, actor, { countryCode: "MZ", version: await costingVersion(database), packageId, years });
const needRow = async (id: string) => (await database.db.select().from(supportNeeds).where(eq(supportNeeds.id, id)))[0]!;

describe("turning a package's gap into funding needs", () => {
  it("makes a funding need for each chosen year with a gap, on key step 8, linked to the package and year", async () => {
    const before = await costingCounts(database);
    const result = await createNeeds(["2030", "2028", "2026", "2027"]);
    expect(result).toMatchObject({
      countryCode: "MZ",
      version: before.version + 1,
      created: [
        { year: 2027, estimateAmount: "400000" },
        { year: 2028, estimateAmount: "600000" },
      ],
      skipped: [
        { year: 2026, reason: "noGap" },
        { year: 2030, reason: "costUnknown" },
      ],
    });
    const step = await stepOf(database.db, "MZ", "support_needs");
    const need = await needRow(result.created[0]!.needId);
    expect(need).toMatchObject({
      countryCode: "MZ",
      countryStepId: step.id,
      kind: "funding",
      estimateAmount: "400000.0000",
      estimateCurrency: "MZN",
      description: "Low option — financing gap 2027",
      priority: "medium",
      createdById: people.mozambique.userId,
    });
    const links = await database.db.select().from(costingNeeds).where(eq(costingNeeds.packageId, packageId));
    expect(links.map(({ needId, year }) => ({ needId, year })).sort((a, b) => a.year - b.year)).toEqual(result.created.map(({ needId, year }) => ({ needId, year })));
    const needAudit = await database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "support_need"), eq(auditLog.entityId, need.id)));
    expect(needAudit).toMatchObject([{ action: "need.add", countryCode: "MZ", after: { kind: "funding", estimateAmount: "400000", estimateCurrency: "MZN" } }]);
    const after = await costingCounts(database);
    expect(after).toMatchObject({ needs: before.needs + 2, costingNeeds: before.costingNeeds + 2, audit: before.audit + 3 });
  });

  it("skips a year already turned into a live need, and makes it again once that need is withdrawn", async () => {
    const first = await createNeeds([2025, 2027]);
    expect(first.created).toMatchObject([{ year: 2025, estimateAmount: "600000" }]);
    const [skipped] = first.skipped;
    expect(skipped).toMatchObject({ year: 2027, reason: "alreadyNeeded" });
    await withdrawNeed(database.db, people.mozambique, { id: skipped!.needId, version: 1 });
    const again = await createNeeds([2027]);
    expect(again.created).toMatchObject([{ year: 2027, estimateAmount: "400000" }]);
    expect(again.created[0]!.needId).not.toBe(skipped!.needId);
    // The package's page lists the live needs only: the withdrawn one has given its year to the new one.
    const needs = await listPackageNeeds(database.db, packageId);
    expect(needs.map((need) => [need.year, need.needId])).toEqual([
      [2025, first.created[0]!.needId],
      [2027, again.created[0]!.needId],
      [2028, expect.any(String)],
    ]);
    expect(needs[1]).toMatchObject({ estimateAmount: "400000.0000", estimateCurrency: "MZN" });
  });

  it("writes nothing when every chosen year is left out", async () => {
    const before = await costingCounts(database);
    const result = await createNeeds([2026, 2028]);
    expect(result).toEqual({
      countryCode: "MZ",
      version: before.version,
      created: [],
      skipped: [
        { year: 2026, reason: "noGap" },
        { year: 2028, reason: "alreadyNeeded", needId: expect.any(String) },
      ],
    });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("refuses a stale costing, years outside the frame or none, and another country's package, changing nothing", async () => {
    await frameCosting(database, people.togo, "TG");
    const togoPackage = (await addPackage(database.db, people.togo, { countryCode: "TG", name: "Togo", scenarioIds: [] })).id;
    const before = await costingCounts(database);
    await expect(createNeedsFromPackage(database.db, people.mozambique, { countryCode: "MZ", version: before.version - 1, packageId, years: [2029] })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { kind: "costing", version: before.version, packageId },
    });
    await expect(createNeeds([2029, 2031])).rejects.toMatchObject({ code: "INVALID", fieldErrors: { years: "costingScenarioRules.yearOutsideFrame" } });
    await expect(createNeeds([])).rejects.toMatchObject({ code: "INVALID", fieldErrors: { years: "costingScenarioRules.yearsRequired" } });
    await expect(createNeeds(Array.from({ length: 17 }, (_, index) => 2025 + index))).rejects.toMatchObject({ fieldErrors: { years: "validation.tooMany?maximum=16" } });
    await expect(createNeedsFromPackage(database.db, people.mozambique, { countryCode: "MZ", version: before.version, packageId: togoPackage, years: [2029] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await costingCounts(database)).toEqual(before);
  });

  it("is for the country's working group and coordinators: Togo's member, an adviser and a reviewer are refused", async () => {
    const before = await costingCounts(database);
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      await expect(createNeeds([2029], outsider)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await costingCounts(database)).toEqual(before);
    expect((await createNeeds([2029], people.coordinator)).created).toMatchObject([{ year: 2029, estimateAmount: "600000" }]);
  });

  it("gives needs that an adviser answers as any other", async () => {
    const [made] = await database.db.select().from(costingNeeds).where(and(eq(costingNeeds.packageId, packageId), eq(costingNeeds.year, 2028)));
    const needId = made!.needId;
    const { id: supportEntryId } = await addSupportEntry(database.db, people.adviser, {
      countryCode: "MZ",
      agencyId: await agencyIdOf(database.db, "ILO"),
      kind: "financial",
      title: "Child grant pilot financing, 2028",
      status: "planned",
      amount: "600000",
      currency: "MZN",
    });
    await answerNeed(database.db, people.adviser, { needId, supportEntryId });
    expect(await database.db.select().from(needSupportLinks).where(eq(needSupportLinks.needId, needId))).toMatchObject([{ supportEntryId, linkedById: people.adviser.userId }]);
  });
});
