/**
 * What becomes of a recommendation after its national dialogue, on a real database: dropped from proposed or
 * endorsed with a reason, adopted only once endorsed and not before its dialogue, reopened to where it was; each
 * decision in its history, and a refused one changing nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/database";
import { createSchemeCast, fingerprintOf } from "../test-helpers";
import { addAssessmentItem } from "./add-item";
import { decideRecommendation } from "./decide-recommendation";
import { endorseAssessment } from "./endorse";
import { getAssessmentItem, listAssessmentItemHistory } from "./get-item";
import { itemRow, matrixVersion, nationalDialogue, policyGap, recommendation } from "./test-helpers";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
});

const add = async (fields: Record<string, unknown>) => (await addAssessmentItem(database.db, people.mozambique, fields)).id;

describe("deciding a recommendation", () => {
  it("drops a proposed one with a reason and reopens it as proposed; adopting needs an endorsement", async () => {
    const id = await add(recommendation({ guarantee: "active_age", statement: "Public works in the dry season" }));
    const before = await fingerprintOf(database);
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "adopted", decidedOn: "2025-07-01" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { status: "assessmentRules.adoptNeedsEndorsement" },
    });
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "dropped", decidedOn: "2025-07-01", reason: " " })).rejects.toMatchObject({
      fieldErrors: { reason: "assessmentRules.dropReasonRequired" },
    });
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "dropped", reason: "No budget" })).rejects.toMatchObject({
      fieldErrors: { decidedOn: "assessmentRules.decidedOnRequired" },
    });
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "reopened" })).rejects.toMatchObject({ fieldErrors: { status: "assessmentRules.decisionNotAllowed" } });
    expect(await fingerprintOf(database)).toBe(before);

    expect(await decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "dropped", decidedOn: "2025-07-01", reason: "No budget before 2027" })).toMatchObject({ version: 2 });
    expect(await itemRow(database, id)).toMatchObject({ status: "dropped", decidedOn: "2025-07-01", decisionReason: "No budget before 2027" });
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "reopened" })).rejects.toMatchObject({ code: "CONFLICT", current: { status: "dropped", version: 2 } });
    await decideRecommendation(database.db, people.mozambique, { id, version: 2, status: "reopened", decidedOn: "2025-08-01", reason: "ignored" });
    expect(await itemRow(database, id)).toMatchObject({ status: "proposed", decidedOn: null, decisionReason: null, version: 3 });
    const history = await listAssessmentItemHistory(database.db, people.mozambique, { itemId: id });
    expect(history.rows.map((entry) => entry.action)).toEqual(["assessment.decide", "assessment.decide", "assessment.add"]);
    expect(history.rows[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: "status", before: "proposed", after: "dropped" },
        { field: "decisionReason", before: null, after: "No budget before 2027" },
      ]),
    );

    const gap = await add(policyGap({ guarantee: "active_age" }));
    await expect(decideRecommendation(database.db, people.mozambique, { id: gap, version: 1, status: "dropped", decidedOn: "2025-07-01", reason: "x" })).rejects.toMatchObject({
      fieldErrors: { status: "assessmentRules.notRecommendation" },
    });
  });

  it("adopts an endorsed one on or after its dialogue, drops it with a reason and reopens it as endorsed", async () => {
    const id = await add(recommendation({ guarantee: "active_age", statement: "Unemployment insurance for formal workers", recommendationKind: "management" }));
    const milestoneId = await nationalDialogue(database, people.mozambique, { occurredOn: "2025-06-12" });
    await endorseAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), milestoneId, recommendationIds: [id] });
    expect(await itemRow(database, id)).toMatchObject({ status: "endorsed", endorsedOn: "2025-06-12", endorsementMilestoneId: milestoneId, endorsedInVersion: 1, version: 1 });
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "adopted", decidedOn: "2025-06-11" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { decidedOn: "assessmentRules.decidedBeforeEndorsed" },
    });
    await decideRecommendation(database.db, people.mozambique, { id, version: 1, status: "adopted", decidedOn: "2025-06-12" });
    expect(await itemRow(database, id)).toMatchObject({ status: "adopted", decidedOn: "2025-06-12", decisionReason: "" });
    await expect(decideRecommendation(database.db, people.mozambique, { id, version: 2, status: "dropped", decidedOn: "2025-09-01", reason: "x" })).rejects.toMatchObject({
      fieldErrors: { status: "assessmentRules.decisionNotAllowed" },
    });
    await decideRecommendation(database.db, people.mozambique, { id, version: 2, status: "reopened" });
    expect(await itemRow(database, id)).toMatchObject({ status: "endorsed", decidedOn: null, endorsedOn: "2025-06-12" });
    await decideRecommendation(database.db, people.coordinator, { id, version: 3, status: "dropped", decidedOn: "2025-09-01", reason: "Merged into the pension reform" });
    expect(await itemRow(database, id)).toMatchObject({ status: "dropped", decisionReason: "Merged into the pension reform" });
    await decideRecommendation(database.db, people.mozambique, { id, version: 4, status: "reopened" });
    expect(await itemRow(database, id)).toMatchObject({ status: "endorsed", endorsementMilestoneId: milestoneId, version: 5 });
    const item = await getAssessmentItem(database.db, people.mozambique, id);
    expect(item.endorsementMilestone).toEqual({ id: milestoneId, title: "National dialogue on the assessment matrix" });
  });
});
