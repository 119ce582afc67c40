/** Fuzzed assessment matrix writes: each generated input is accepted or refused with a 4xx, and a refused one changes nothing. */
import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { assessmentItems } from "@/db/schema";
import { assessmentSections, guarantees } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addAssessmentItem } from "./add-item";
import { decideRecommendation } from "./decide-recommendation";
import { editAssessmentItem } from "./edit-item";
import { endorseAssessment } from "./endorse";
import { moveAssessmentItem } from "./move-item";
import { shareAssessment } from "./share";
import { matrixVersion, nationalDialogue, policyGap, recommendation } from "./test-helpers";
import { restoreAssessmentItem, withdrawAssessmentItem } from "./withdraw-item";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let mozambique: Actor;
const ids = { gaps: [] as string[], recommendations: [] as string[], togo: "", dialogue: "", togoDialogue: "", withoutEvidence: "" };

beforeAll(async () => {
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  const togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  const add = async (fields: Record<string, unknown>, actor = mozambique) => (await addAssessmentItem(database.db, actor, fields)).id;
  ids.gaps = [await add(policyGap()), await add(policyGap({ statement: "No allowance for children with disabilities" }))];
  ids.recommendations = [await add(recommendation()), await add(recommendation({ statement: "Index the child grant to prices" })), await add(recommendation({ guarantee: "health" }))];
  ids.togo = await add(recommendation({ countryCode: "TG" }), togo);
  ids.dialogue = await nationalDialogue(database, mozambique);
  ids.togoDialogue = await nationalDialogue(database, togo, { countryCode: "TG" });
  ids.withoutEvidence = await nationalDialogue(database, mozambique, { evidence: false });
});

const versionOf = (id: unknown) => versionIn(database.db, assessmentItems, id);
/** The matrix's version for `withVersion`: endorsing and sharing name it, not an item's. */
const withMatrixVersion = (values: Record<string, unknown>) => withVersion(values, () => matrixVersion(database));
const text = (maximum: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== "") }, fc.string({ minLength: maximum - 5, maxLength: maximum + 20 }));
const blankOr = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(""), arbitrary);
const date = () => blankOr(mostly(["2025-06-12", "2026-01-31"], fc.constantFrom("2025-02-30", "12/06/2025", "0000-00-00", "2025-06-11")));
const itemFields = () => ({
  statement: text(2000),
  details: blankOr(text(5000)),
  recommendationKind: blankOr(mostly(["benefit_coverage", "management"], fc.constant("lottery"))),
  priority: blankOr(mostly(["high", "medium", "low"], fc.constant("urgent"))),
});

describe("fuzzed assessment matrix writes get a 4xx or succeed, and refusals change nothing", () => {
  it("adding an item", async () => {
    const input = formLike({
      countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "ZZ", "MOZ")),
      guarantee: mostly([...guarantees], fc.constantFrom("pensions", "")),
      section: mostly([...assessmentSections], fc.constant("existing_scheme")),
      ...itemFields(),
    });
    await fuzz(input, (values) => addAssessmentItem(database.db, mozambique, values));
  }, fuzzTimeout);

  it("editing an item", async () => {
    const input = formLike({ id: idAmong(...ids.gaps, ...ids.recommendations, ids.togo), version: versionLike(), ...itemFields() });
    await fuzz(input, async (values) => editAssessmentItem(database.db, mozambique, await withVersion(values, () => versionOf(values.id))));
  }, fuzzTimeout);

  it("moving an item", async () => {
    const input = formLike({ id: idAmong(...ids.gaps, ids.togo), version: versionLike(), direction: mostly(["up", "down"], fc.constantFrom("left", "")) });
    await fuzz(input, async (values) => moveAssessmentItem(database.db, mozambique, await withVersion(values, () => versionOf(values.id))));
  }, fuzzTimeout);

  it("withdrawing and restoring an item", async () => {
    const input = fc.tuple(fc.boolean(), formLike({ id: idAmong(ids.gaps[1]!, ids.togo), version: versionLike(), reason: blankOr(text(1000)) }));
    await fuzz(input, async ([withdraw, values]) => {
      const versioned = await withVersion(values, () => versionOf(values.id));
      return withdraw ? withdrawAssessmentItem(database.db, mozambique, versioned) : restoreAssessmentItem(database.db, mozambique, versioned);
    });
  }, fuzzTimeout);

  it("deciding a recommendation", async () => {
    const mixed = formLike({
      id: idAmong(...ids.recommendations, ids.gaps[0]!, ids.togo),
      version: versionLike(),
      status: mostly(["adopted", "dropped", "reopened"], fc.constantFrom("endorsed", "cancelled")),
      decidedOn: date(),
      reason: blankOr(text(2000)),
    });
    // Few decisions are allowed from a given status: dropping and reopening, valid throughout, reach the accepted path.
    const valid = fc.record({ id: fc.constantFrom(...ids.recommendations), version: fc.constant(currentVersion), status: fc.constantFrom("dropped", "reopened"), decidedOn: fc.constant("2025-07-01"), reason: text(2000) });
    const input = fc.oneof(mixed, valid) as fc.Arbitrary<Record<string, unknown>>;
    await fuzz(input, async (values) => decideRecommendation(database.db, mozambique, await withVersion(values, () => versionOf(values.id))));
  }, fuzzTimeout);

  it("endorsing the matrix", async () => {
    const named = fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      fc.subarray([...ids.recommendations, ids.gaps[0]!, ids.togo]),
      fc.constantFrom(ids.recommendations[2]!, ["not-a-uuid"], Array.from({ length: 501 }, () => crypto.randomUUID())),
    );
    const input = formLike({
      countryCode: mostly(["MZ"], fc.constantFrom("TG", "ZZ")),
      version: fc.oneof({ weight: 3, arbitrary: fc.constant(currentVersion) }, fc.constantFrom(0, 1, -1, "2.5", 2 ** 53)),
      milestoneId: fc.oneof({ weight: 3, arbitrary: fc.constant(ids.dialogue) }, idAmong(ids.togoDialogue, ids.withoutEvidence)),
      recommendationIds: named,
    });
    await fuzz(input, async (values) => endorseAssessment(database.db, mozambique, await withMatrixVersion(values)));
  }, fuzzTimeout);

  it("sharing the matrix", async () => {
    const input = formLike({
      countryCode: mostly(["MZ", "mz"], fc.constantFrom("TG", "ZZ")),
      version: fc.oneof({ weight: 3, arbitrary: fc.constant(currentVersion) }, fc.constantFrom(0, 1, "x", 2 ** 53)),
      sharingLevel: mostly(["country", "all"], fc.constant("world")),
    });
    await fuzz(input, async (values) => shareAssessment(database.db, mozambique, await withMatrixVersion(values)));
  }, fuzzTimeout);
});
