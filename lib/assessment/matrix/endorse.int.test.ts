/**
 * Endorsing a country's matrix at a national dialogue, and sharing it: the dialogue's milestone, the version its
 * endorser saw, the recommendations it names; the frozen content, its number, and what the draft changed since.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentVersions, auditLog } from "@/db/schema";
import { useTestDatabase } from "@/lib/testing/database";
import { addScheme } from "../add-scheme";
import { cashTransfer, createSchemeCast, fingerprintOf } from "../test-helpers";
import { withdrawScheme } from "../withdraw-scheme";
import type { AssessmentContent } from "./content";
import { addAssessmentItem } from "./add-item";
import { decideRecommendation } from "./decide-recommendation";
import { editAssessmentItem } from "./edit-item";
import { endorseAssessment } from "./endorse";
import { getAssessmentMatrix } from "./get-matrix";
import { getAssessmentVersion } from "./get-version";
import { moveAssessmentItem } from "./move-item";
import { shareAssessment } from "./share";
import { editForm, itemAudit, itemRow, matrixVersion, nationalDialogue, policyGap, recommendation, refusedDialogues } from "./test-helpers";
import { withdrawAssessmentItem } from "./withdraw-item";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
const ids = {} as Record<"gap" | "otherGap" | "first" | "second" | "withdrawn" | "togoRecommendation" | "dialogue" | "keptScheme" | "sharedScheme" | "withdrawnScheme", string>;
beforeAll(async () => {
  people = await createSchemeCast(database);
  const add = async (fields: Record<string, unknown>, actor = people.mozambique) => (await addAssessmentItem(database.db, actor, fields)).id;
  ids.gap = await add(policyGap());
  ids.otherGap = await add(policyGap({ statement: "Orphans' allowance reaches one child in ten" }));
  ids.first = await add(recommendation());
  ids.second = await add(recommendation({ guarantee: "health", statement: "Exempt pregnant women from user fees", recommendationKind: "management", priority: "medium" }));
  ids.withdrawn = await add(recommendation({ statement: "A universal child grant at once" }));
  await withdrawAssessmentItem(database.db, people.mozambique, { id: ids.withdrawn, version: 1, reason: "Replaced by the phased grant" });
  ids.togoRecommendation = await add(recommendation({ countryCode: "TG", statement: "Étendre les cantines scolaires" }), people.togo);
  ids.keptScheme = (await addScheme(database.db, people.mozambique, cashTransfer())).id;
  ids.sharedScheme = (await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Assistência Médica", guarantees: ["health"], kind: "health_coverage", sharingLevel: "all" }))).id;
  ids.withdrawnScheme = (await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Bolsa Antiga" }))).id;
  await withdrawScheme(database.db, people.mozambique, { id: ids.withdrawnScheme, version: 1, reason: "Ended" });
  ids.dialogue = await nationalDialogue(database, people.mozambique, { occurredOn: "2025-06-12" });
});

const endorse = async (overrides: Record<string, unknown> = {}, actor = people.mozambique) =>
  endorseAssessment(database.db, actor, { countryCode: "MZ", version: await matrixVersion(database), milestoneId: ids.dialogue, recommendationIds: [], ...overrides });

describe("what an endorsement must name", () => {
  it("a live milestone of the same country that holds live evidence", async () => {
    const refused = await refusedDialogues(database, people, { unknown: "assessmentRules.milestoneUnknown", needsEvidence: "assessmentRules.milestoneNeedsEvidence" });
    const before = await fingerprintOf(database);
    for (const [milestoneId, message] of refused) {
      await expect(endorse({ milestoneId, recommendationIds: [ids.first] })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { milestoneId: message } });
    }
    await expect(endorse({ milestoneId: "minutes" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { milestoneId: "validation.invalid" } });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("the matrix's version its endorser saw: any change since is a CONFLICT", async () => {
    const seen = await matrixVersion(database);
    await editAssessmentItem(database.db, people.mozambiqueColleague, editForm(await itemRow(database, ids.gap), { details: "Nampula, Zambézia and Niassa." }));
    const before = await fingerprintOf(database);
    await expect(endorse({ version: seen })).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "assessment", version: seen + 1 } });
    await expect(shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: seen, sharingLevel: "all" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("only live proposed recommendations of this country", async () => {
    const before = await fingerprintOf(database);
    for (const named of [[ids.gap], [ids.togoRecommendation], [ids.withdrawn], [ids.first, crypto.randomUUID()]]) {
      await expect(endorse({ recommendationIds: named })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { recommendationIds: "assessmentRules.notProposed" } });
    }
    await expect(endorse({ recommendationIds: Array.from({ length: 501 }, () => crypto.randomUUID()) })).rejects.toMatchObject({ code: "INVALID" });
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("an endorsed version", () => {
  it("freezes every live item and scheme as version 1; the named recommendations take the dialogue's date", async () => {
    // Named twice, as a form with a repeated checkbox sends it: endorsed once.
    const result = await endorse({ recommendationIds: [ids.first, ids.first] });
    expect(result).toMatchObject({ countryCode: "MZ", number: 1 });
    expect(await itemRow(database, ids.first)).toMatchObject({ status: "endorsed", endorsedOn: "2025-06-12", endorsementMilestoneId: ids.dialogue, endorsedInVersion: 1, version: 1 });
    expect(await itemRow(database, ids.second)).toMatchObject({ status: "proposed", endorsedOn: null });
    const [row] = await database.db.select().from(assessmentVersions).where(eq(assessmentVersions.id, result.id));
    expect(row).toMatchObject({ number: 1, endorsedOn: "2025-06-12", milestoneId: ids.dialogue, endorsedById: people.mozambique.userId });
    const content = row!.content as AssessmentContent;
    expect(content.items.map((item) => item.id)).toEqual([ids.second, ids.gap, ids.otherGap, ids.first]);
    expect(content.items.find((item) => item.id === ids.first)).toMatchObject({ status: "endorsed", recommendationKind: "benefit_coverage", priority: "high" });
    expect(content.schemes.map((scheme) => scheme.id).sort()).toEqual([ids.keptScheme, ids.sharedScheme].sort());
    expect((await itemAudit(database, ids.first)).at(-1)).toMatchObject({ action: "assessment.endorse", before: { status: "proposed" }, after: { status: "endorsed", endorsedInVersion: 1 } });
    const [matrixEntry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "assessment.endorseMatrix"));
    expect(matrixEntry).toMatchObject({ entityType: "assessment_matrix", entityId: "MZ", after: { number: 1, recommendations: 1, items: 4 } });

    const matrix = await getAssessmentMatrix(database.db, people.mozambique, "MZ");
    expect(matrix.changedSinceEndorsed).toBe(false);
    expect(matrix.versions.map((version) => [version.number, version.endorsedOn, version.milestone?.id, version.endorsedByName])).toEqual([[1, "2025-06-12", ids.dialogue, "Amélia Machava"]]);
    const version = await getAssessmentVersion(database.db, people.mozambique, "MZ", "1");
    expect(version).toMatchObject({ latestNumber: 1, version: { number: 1 }, sinceThen: { added: [], changed: [], removed: [] } });
    expect(version.blocks[0]!.schemes.map((scheme) => scheme.nationalName)).toEqual(["Assistência Médica"]);
  });

  it("an edit afterwards makes a new draft, compared with the version: added, changed with its fields, removed", async () => {
    // Moving an item changes its place, not what it says: still the endorsed matrix.
    expect(await moveAssessmentItem(database.db, people.mozambique, { id: ids.otherGap, version: 1, direction: "up" })).toMatchObject({ moved: true });
    expect((await getAssessmentMatrix(database.db, people.mozambique, "MZ")).changedSinceEndorsed).toBe(false);

    await editAssessmentItem(database.db, people.mozambique, editForm(await itemRow(database, ids.second), { statement: "Exempt pregnant women and infants from user fees", priority: "high" }));
    const added = (await addAssessmentItem(database.db, people.mozambique, policyGap({ guarantee: "active_age", statement: "No maternity benefit for informal workers" }))).id;
    await withdrawAssessmentItem(database.db, people.mozambique, { id: ids.gap, version: (await itemRow(database, ids.gap)).version, reason: "Answered by the phased grant" });
    await decideRecommendation(database.db, people.mozambique, { id: ids.first, version: 1, status: "adopted", decidedOn: "2025-09-30" });

    expect((await getAssessmentMatrix(database.db, people.mozambique, "MZ")).changedSinceEndorsed).toBe(true);
    const { sinceThen } = await getAssessmentVersion(database.db, people.mozambique, "MZ", 1);
    expect(sinceThen.added.map((item) => item.id)).toEqual([added]);
    expect(sinceThen.removed.map((item) => item.id)).toEqual([ids.gap]);
    expect(sinceThen.changed.map((change) => [change.after.id, change.fields])).toEqual([
      [ids.second, ["statement", "priority"]],
      [ids.first, ["status"]],
    ]);
    expect(sinceThen.changed[0]!.before.statement).toBe("Exempt pregnant women from user fees");
  });

  it("numbers the next endorsement 2, leaving version 1 as it was", async () => {
    const second = await nationalDialogue(database, people.mozambique, { occurredOn: "2026-03-02", title: "Second national dialogue" });
    expect(await endorse({ milestoneId: second, recommendationIds: [ids.second] })).toMatchObject({ number: 2 });
    expect(await itemRow(database, ids.second)).toMatchObject({ status: "endorsed", endorsedOn: "2026-03-02", endorsedInVersion: 2 });
    const first = await getAssessmentVersion(database.db, people.mozambique, "MZ", "1");
    expect(first.latestNumber).toBe(2);
    expect(first.blocks[0]!.sections.recommendation[0]).toMatchObject({ id: ids.second, status: "proposed" });
    expect((await getAssessmentMatrix(database.db, people.mozambique, "MZ")).changedSinceEndorsed).toBe(false);
    for (const number of ["0", "3", "1.5", "abc", -1, 2 ** 40, null]) {
      await expect(getAssessmentVersion(database.db, people.mozambique, "MZ", number)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("an empty matrix", () => {
  it("is not endorsed nor shared, whether never written or every item withdrawn", async () => {
    const benin = await nationalDialogue(database, people.coordinator, { countryCode: "BJ" });
    const before = await fingerprintOf(database);
    const refusal = { code: "INVALID", message: "assessmentRules.emptyMatrix" };
    await expect(endorse({ countryCode: "BJ", milestoneId: benin, version: 0 }, people.coordinator)).rejects.toMatchObject(refusal);
    await expect(shareAssessment(database.db, people.coordinator, { countryCode: "BJ", version: 0, sharingLevel: "all" })).rejects.toMatchObject(refusal);
    expect(await fingerprintOf(database)).toBe(before);
    const { id } = await addAssessmentItem(database.db, people.coordinator, policyGap({ countryCode: "BJ", statement: "Pas de pension sociale" }));
    await withdrawAssessmentItem(database.db, people.coordinator, { id, version: 1, reason: "Doublon" });
    const emptied = await fingerprintOf(database);
    await expect(endorse({ countryCode: "BJ", milestoneId: benin, version: await matrixVersion(database, "BJ") }, people.coordinator)).rejects.toMatchObject(refusal);
    expect(await fingerprintOf(database)).toBe(emptied);
  });
});

describe("sharing the matrix", () => {
  it("names the version seen, changes the level once, and is audited", async () => {
    const seen = await matrixVersion(database);
    const unchanged = await fingerprintOf(database);
    expect(await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: seen, sharingLevel: "country" })).toEqual({ countryCode: "MZ", version: seen });
    expect(await fingerprintOf(database)).toBe(unchanged);
    expect(await shareAssessment(database.db, people.mozambique, { countryCode: "mz", version: seen, sharingLevel: "all" })).toEqual({ countryCode: "MZ", version: seen + 1 });
    expect((await getAssessmentMatrix(database.db, people.reviewer, "MZ")).sharingLevel).toBe("all");
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "assessment.share"));
    expect(entry).toMatchObject({ entityType: "assessment_matrix", entityId: "MZ", actorId: people.mozambique.userId, before: { sharingLevel: "country" }, after: { sharingLevel: "all" } });
    await expect(shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: seen + 1, sharingLevel: "world" })).rejects.toMatchObject({ fieldErrors: { sharingLevel: "validation.choice" } });
  });
});
