/**
 * The assessment matrix's item writes on a real database: sections and positions, a recommendation's kind and
 * priority, stale edits, order, withdraw and restore, who may write, and bad input refused on its field with
 * nothing changed. Decisions after a dialogue: decide-recommendation.int.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/database";
import { withValues } from "@/lib/validation/zod";
import { createSchemeCast, fingerprintOf } from "../test-helpers";
import { addAssessmentItem } from "./add-item";
import { decideRecommendation } from "./decide-recommendation";
import { editAssessmentItem } from "./edit-item";
import { endorseAssessment } from "./endorse";
import { getAssessmentItem, listAssessmentItemHistory } from "./get-item";
import { getAssessmentMatrix } from "./get-matrix";
import { moveAssessmentItem } from "./move-item";
import { shareAssessment } from "./share";
import { editForm, implementationIssue, itemAudit, itemRow, matrixCounts, matrixVersion, nationalDialogue, policyGap, recommendation } from "./test-helpers";
import { restoreAssessmentItem, withdrawAssessmentItem } from "./withdraw-item";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
});

const add = async (fields: Record<string, unknown>, actor = people.mozambique) => (await addAssessmentItem(database.db, actor, fields)).id;
const statementsOf = async (guarantee: string, section: "policy_gap" | "implementation_issue" | "recommendation") => {
  const matrix = await getAssessmentMatrix(database.db, people.mozambique, "MZ");
  return matrix.blocks.find((block) => block.guarantee === guarantee)!.sections[section].map((item) => [item.statement, item.position]);
};

describe("adding items", () => {
  it("puts each item at the end of its block's section; a recommendation is proposed with its kind and priority", async () => {
    const firstGap = await add(policyGap());
    const secondGap = await add(policyGap({ statement: "No allowance for children with disabilities" }));
    const healthGap = await add(policyGap({ guarantee: "health", statement: "Informal workers have no health cover" }));
    const issue = await add(implementationIssue());
    const proposed = await add(recommendation({ priority: "medium" }));
    expect((await itemRow(database, firstGap)).position).toBe(1);
    expect((await itemRow(database, secondGap)).position).toBe(2);
    expect((await itemRow(database, healthGap)).position).toBe(1);
    expect((await itemRow(database, issue)).position).toBe(1);
    expect(await itemRow(database, proposed)).toMatchObject({ position: 1, recommendationKind: "benefit_coverage", priority: "medium", status: "proposed", version: 1, reviewState: null });

    const matrix = await getAssessmentMatrix(database.db, people.mozambiqueColleague, "mz");
    expect(matrix).toMatchObject({ readable: true, sharingLevel: "country", version: 5, itemCount: 5, changedSinceEndorsed: null, versions: [] });
    expect(matrix.blocks.map((block) => block.guarantee)).toEqual(["health", "children", "active_age", "older_persons"]);
    const children = matrix.blocks[1]!.sections;
    expect(children.policy_gap.map((item) => item.id)).toEqual([firstGap, secondGap]);
    expect(children.implementation_issue.map((item) => item.id)).toEqual([issue]);
    expect(children.recommendation.map((item) => item.id)).toEqual([proposed]);
    expect((await itemAudit(database, proposed))[0]).toMatchObject({ action: "assessment.add", countryCode: "MZ", actorId: people.mozambique.userId, after: { statement: "Extend the child grant (0–2 years) nationwide by 2030", status: "proposed" } });
  });

  it("drops a kind and a priority sent for a gap or an issue, and refuses a recommendation without them", async () => {
    const gap = await add(policyGap({ guarantee: "active_age", recommendationKind: "management", priority: "high" }));
    expect(await itemRow(database, gap)).toMatchObject({ recommendationKind: null, priority: null, status: null });
    const issue = await add(implementationIssue({ guarantee: "active_age", recommendationKind: "benefit_coverage", priority: "low" }));
    expect(await itemRow(database, issue)).toMatchObject({ recommendationKind: null, priority: null, status: null });
    const before = await matrixCounts(database);
    await expect(addAssessmentItem(database.db, people.mozambique, recommendation({ recommendationKind: "", priority: "" }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { recommendationKind: "assessmentRules.kindRequired", priority: "assessmentRules.priorityRequired" },
    });
    await expect(addAssessmentItem(database.db, people.mozambique, recommendation({ priority: undefined }))).rejects.toMatchObject({ fieldErrors: { priority: "assessmentRules.priorityRequired" } });
    expect(await matrixCounts(database)).toEqual(before);
  });
});

describe("editing an item", () => {
  it("records only the changed fields, keeps a gap without kind, and asks a recommendation for its kind and priority", async () => {
    const gap = await add(policyGap({ guarantee: "older_persons" }));
    const edited = await editAssessmentItem(database.db, people.mozambique, editForm(await itemRow(database, gap), { details: "Also in Niassa.", recommendationKind: "management", priority: "low" }));
    expect(edited.version).toBe(2);
    expect(await itemRow(database, gap)).toMatchObject({ details: "Also in Niassa.", recommendationKind: null, priority: null });
    const entry = (await itemAudit(database, gap)).at(-1)!;
    expect(entry).toMatchObject({ action: "assessment.edit", before: { details: "Children under five in Nampula and Zambézia receive nothing." } });
    expect(entry.after).toEqual({ details: "Also in Niassa." });

    const proposed = await add(recommendation({ guarantee: "older_persons" }));
    const row = await itemRow(database, proposed);
    const before = await fingerprintOf(database);
    await expect(editAssessmentItem(database.db, people.mozambique, editForm(row, { priority: "" }))).rejects.toMatchObject({ code: "INVALID", fieldErrors: { priority: "assessmentRules.priorityRequired" } });
    await expect(editAssessmentItem(database.db, people.mozambique, editForm(row, { recommendationKind: "" }))).rejects.toMatchObject({ fieldErrors: { recommendationKind: "assessmentRules.kindRequired" } });
    expect(await fingerprintOf(database)).toBe(before);
    await editAssessmentItem(database.db, people.mozambique, editForm(row, { recommendationKind: "management", priority: "low" }));
    expect((await itemAudit(database, proposed)).at(-1)!.after).toEqual({ recommendationKind: "management", priority: "low" });
  });

  it("saving what is already there writes no version, no history and no matrix change", async () => {
    const gap = await add(policyGap({ guarantee: "older_persons", statement: "No social pension before 70" }));
    const before = await fingerprintOf(database);
    const matrix = await matrixVersion(database);
    expect(await editAssessmentItem(database.db, people.mozambique, editForm(await itemRow(database, gap), { statement: "  No social pension before 70 " }))).toMatchObject({ version: 1 });
    expect(await fingerprintOf(database)).toBe(before);
    expect(await matrixVersion(database)).toBe(matrix);
    expect(await itemAudit(database, gap)).toHaveLength(1);
  });

  it("refuses a stale edit with the item as it now stands and who saved it, never written over it", async () => {
    const gap = await add(policyGap({ guarantee: "older_persons", statement: "Pensions not indexed" }));
    const stale = await itemRow(database, gap);
    await editAssessmentItem(database.db, people.mozambiqueColleague, editForm(stale, { statement: "Pensions not indexed since 2015" }));
    const before = await fingerprintOf(database);
    await expect(editAssessmentItem(database.db, people.mozambique, editForm(stale, { details: "Mine" }))).rejects.toMatchObject({
      code: "CONFLICT",
      current: { id: gap, version: 2, statement: "Pensions not indexed since 2015", section: "policy_gap", recommendationKind: "", withdrawn: false, changedBy: "Tomás Cossa" },
    });
    for (const write of [
      () => moveAssessmentItem(database.db, people.mozambique, { id: gap, version: 1, direction: "up" }),
      () => withdrawAssessmentItem(database.db, people.mozambique, { id: gap, version: 1, reason: "Duplicate" }),
      () => restoreAssessmentItem(database.db, people.mozambique, { id: gap, version: 1 }),
    ]) {
      await expect(write()).rejects.toMatchObject({ code: "CONFLICT", current: { version: 2 } });
    }
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("order, withdrawal and restore", () => {
  it("moves an item up and down within its section; the first up and the last down change nothing", async () => {
    const [first, second, third] = [await add(implementationIssue({ guarantee: "health", statement: "A" })), await add(implementationIssue({ guarantee: "health", statement: "B" })), await add(implementationIssue({ guarantee: "health", statement: "C" }))];
    expect(await moveAssessmentItem(database.db, people.mozambique, { id: third!, version: 1, direction: "up" })).toMatchObject({ moved: true, version: 2 });
    expect(await statementsOf("health", "implementation_issue")).toEqual([["A", 1], ["C", 2], ["B", 3]]);
    expect((await itemAudit(database, third!)).at(-1)).toMatchObject({ action: "assessment.move", before: { position: 3 }, after: { position: 2 } });
    // The neighbour's open form still saves: its version is left alone.
    expect((await itemRow(database, second!)).version).toBe(1);
    const before = await fingerprintOf(database);
    expect(await moveAssessmentItem(database.db, people.mozambique, { id: first!, version: 1, direction: "up" })).toMatchObject({ moved: false, version: 1 });
    expect(await moveAssessmentItem(database.db, people.mozambique, { id: second!, version: 1, direction: "down" })).toMatchObject({ moved: false, version: 1 });
    expect(await fingerprintOf(database)).toBe(before);
    await moveAssessmentItem(database.db, people.mozambique, { id: first!, version: 1, direction: "down" });
    expect(await statementsOf("health", "implementation_issue")).toEqual([["C", 1], ["A", 2], ["B", 3]]);
  });

  it("withdraws with a reason and restores at the end of its section, each change in the item's history", async () => {
    const ids = [];
    for (const statement of ["Fees at health posts", "Drug shortages", "Few clinics in the north"]) ids.push(await add(policyGap({ guarantee: "health", statement })));
    const middle = ids[1]!;
    await expect(withdrawAssessmentItem(database.db, people.mozambique, { id: middle, version: 1, reason: "  " })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { reason: "validation.required" } });
    expect(await withdrawAssessmentItem(database.db, people.mozambique, { id: middle, version: 1, reason: "Covered by the issue on supplies" })).toMatchObject({ version: 2 });
    const matrix = await getAssessmentMatrix(database.db, people.mozambiqueColleague, "MZ");
    expect(matrix.blocks[0]!.sections.policy_gap.map((item) => item.id)).not.toContain(middle);
    expect(matrix.withdrawn.map((item) => [item.id, item.withdrawalReason])).toEqual([[middle, "Covered by the issue on supplies"]]);
    expect(await getAssessmentItem(database.db, people.mozambiqueColleague, middle)).toMatchObject({ withdrawn: true, version: 2 });
    // A withdrawn item is not edited, moved or withdrawn again.
    await expect(editAssessmentItem(database.db, people.mozambique, editForm(await itemRow(database, middle)))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveAssessmentItem(database.db, people.mozambique, { id: middle, version: 2, direction: "up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawAssessmentItem(database.db, people.mozambique, { id: middle, version: 2, reason: "Twice" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const added = await add(policyGap({ guarantee: "health", statement: "Maternity care charged" }));
    expect(await restoreAssessmentItem(database.db, people.mozambiqueColleague, { id: middle, version: 2 })).toMatchObject({ version: 3 });
    const positions = await statementsOf("health", "policy_gap");
    expect(positions.slice(-4).map(([statement]) => statement)).toEqual(["Fees at health posts", "Few clinics in the north", "Maternity care charged", "Drug shortages"]);
    expect((await itemRow(database, middle)).position).toBeGreaterThan((await itemRow(database, added)).position);
    // Restoring again changes nothing.
    const before = await fingerprintOf(database);
    expect(await restoreAssessmentItem(database.db, people.mozambiqueColleague, { id: middle, version: 3 })).toMatchObject({ version: 3 });
    expect(await fingerprintOf(database)).toBe(before);

    const history = await listAssessmentItemHistory(database.db, people.coordinator, { itemId: middle });
    expect(history.rows.map((entry) => [entry.action, entry.actorName, entry.subject])).toEqual([
      ["assessment.restore", "Tomás Cossa", "Drug shortages"],
      ["assessment.withdraw", "Amélia Machava", "Drug shortages"],
      ["assessment.add", "Amélia Machava", "Drug shortages"],
    ]);
    expect(history.rows[1]!.changes).toEqual([
      { field: "withdrawn", before: false, after: true },
      { field: "reason", before: null, after: "Covered by the issue on supplies" },
    ]);
  });
});

describe("who may write", () => {
  it("a Togo member, an adviser and a reviewer change nothing of Mozambique's matrix; a coordinator does", async () => {
    const gap = await add(policyGap({ guarantee: "older_persons", statement: "Widows excluded from survivor benefits" }));
    const proposed = await add(recommendation({ guarantee: "older_persons" }));
    await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), sharingLevel: "all" });
    const milestoneId = await nationalDialogue(database, people.mozambique);
    const version = await matrixVersion(database);
    const before = await fingerprintOf(database);
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      const writes = [
        () => addAssessmentItem(database.db, outsider, policyGap()),
        () => editAssessmentItem(database.db, outsider, { id: gap, version: 1, statement: "Taken over", details: "" }),
        () => moveAssessmentItem(database.db, outsider, { id: gap, version: 1, direction: "up" }),
        () => withdrawAssessmentItem(database.db, outsider, { id: gap, version: 1, reason: "Not ours" }),
        () => restoreAssessmentItem(database.db, outsider, { id: gap, version: 1 }),
        () => decideRecommendation(database.db, outsider, { id: proposed, version: 1, status: "dropped", decidedOn: "2025-07-01", reason: "x" }),
        () => endorseAssessment(database.db, outsider, { countryCode: "MZ", version, milestoneId, recommendationIds: [proposed] }),
        () => shareAssessment(database.db, outsider, { countryCode: "MZ", version, sharingLevel: "country" }),
      ];
      for (const write of writes) await expect(write()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await fingerprintOf(database)).toBe(before);
    // A Togo member writes Togo's own matrix; a coordinator writes Mozambique's.
    const togo = await add(policyGap({ countryCode: "TG", statement: "Pas d'allocation pour les enfants de moins de cinq ans" }), people.togo);
    expect((await itemRow(database, togo)).countryCode).toBe("TG");
    await editAssessmentItem(database.db, people.coordinator, { id: gap, version: 1, statement: "Widows and widowers excluded", details: "" });
    expect((await itemAudit(database, gap)).at(-1)).toMatchObject({ action: "assessment.edit", actorId: people.coordinator.userId });
  });
});

describe("bad input changes nothing", () => {
  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    ["no statement", { statement: "   " }, { statement: "validation.required" }],
    ["a statement too long", { statement: "x".repeat(2001) }, { statement: withValues("validation.tooLong", { maximum: 2000 }) }],
    ["details too long", { details: "x".repeat(5001) }, { details: withValues("validation.tooLong", { maximum: 5000 }) }],
    ["control characters", { statement: "Gap\u0007" }, { statement: "validation.controlCharacters" }],
    ["an unknown guarantee", { guarantee: "pensions" }, { guarantee: "validation.choice" }],
    ["an unknown section", { section: "existing_scheme" }, { section: "validation.choice" }],
    ["an unknown kind", { section: "recommendation", recommendationKind: "lottery", priority: "high" }, { recommendationKind: "validation.choice" }],
    ["an unknown priority", { section: "recommendation", recommendationKind: "management", priority: "urgent" }, { priority: "validation.choice" }],
    ["an unknown country", { countryCode: "ZZ" }, { countryCode: "validation.countryCodeUnknown" }],
  ];
  for (const [name, overrides, fieldErrors] of cases) {
    it(`refuses ${name} on its field`, async () => {
      const before = await matrixCounts(database);
      const fingerprint = await fingerprintOf(database);
      await expect(addAssessmentItem(database.db, people.coordinator, policyGap(overrides))).rejects.toMatchObject({ code: "INVALID", fieldErrors });
      expect(await matrixCounts(database)).toEqual(before);
      expect(await fingerprintOf(database)).toBe(fingerprint);
    });
  }

  it("refuses the same on the other writes, and a forged id as not found", async () => {
    const gap = await add(policyGap({ guarantee: "older_persons", statement: "Rural pensioners travel to collect" }));
    const before = await matrixCounts(database);
    const fingerprint = await fingerprintOf(database);
    await expect(editAssessmentItem(database.db, people.mozambique, { id: gap, version: 1, statement: "x".repeat(2001) })).rejects.toMatchObject({ code: "INVALID" });
    await expect(editAssessmentItem(database.db, people.mozambique, { id: gap, version: "one", statement: "x" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(moveAssessmentItem(database.db, people.mozambique, { id: gap, version: 1, direction: "sideways" })).rejects.toMatchObject({ fieldErrors: { direction: "validation.choice" } });
    await expect(withdrawAssessmentItem(database.db, people.mozambique, { id: gap, version: 1, reason: "x".repeat(1001) })).rejects.toMatchObject({ code: "INVALID" });
    await expect(decideRecommendation(database.db, people.mozambique, { id: gap, version: 1, status: "adopted", decidedOn: "2025-02-30" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(decideRecommendation(database.db, people.mozambique, { id: gap, version: 1, status: "cancelled", decidedOn: "2025-02-01" })).rejects.toMatchObject({ fieldErrors: { status: "validation.choice" } });
    await expect(editAssessmentItem(database.db, people.mozambique, { id: "not-a-uuid", version: 1, statement: "x" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { id: "validation.invalid" } });
    for (const write of [
      () => editAssessmentItem(database.db, people.mozambique, { id: crypto.randomUUID(), version: 1, statement: "x" }),
      () => moveAssessmentItem(database.db, people.mozambique, { id: crypto.randomUUID(), version: 1, direction: "up" }),
      () => restoreAssessmentItem(database.db, people.mozambique, { id: crypto.randomUUID(), version: 1 }),
      () => getAssessmentItem(database.db, people.mozambique, "not-a-uuid"),
      () => listAssessmentItemHistory(database.db, people.mozambique, { itemId: ["x"] }),
    ]) {
      await expect(write()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await matrixCounts(database)).toEqual(before);
    expect(await fingerprintOf(database)).toBe(fingerprint);
  });
});
