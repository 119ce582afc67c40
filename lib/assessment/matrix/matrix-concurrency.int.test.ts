/**
 * Changes to one country's matrix at once, as on PostgreSQL with a pool of connections: additions queue on the
 * matrix's row and take distinct positions; an endorsement never freezes a matrix its endorser did not see.
 */
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentItems, assessmentVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import type { AssessmentContent } from "./content";
import { addAssessmentItem } from "./add-item";
import { editAssessmentItem } from "./edit-item";
import { endorseAssessment } from "./endorse";
import { getAssessmentMatrix } from "./get-matrix";
import { editForm, itemRow, matrixVersion, nationalDialogue, policyGap, recommendation } from "./test-helpers";

const people = 10;
const database = useTestDatabase();
let members: Actor[];
let dialogue: string;
beforeAll(async () => {
  members = await Promise.all(Array.from({ length: people }, (_, index) => createPerson(database, { role: "working_group_member", countryCode: "MZ", name: `Member ${index}` })));
  dialogue = await nationalDialogue(database, members[0]!);
});

/** Runs every change at once; every refusal must be an AppError. */
async function race(changes: (() => Promise<unknown>)[]) {
  const outcomes = await Promise.allSettled(changes.map((change) => change()));
  for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason, String(outcome.reason)).toBeInstanceOf(AppError);
  return outcomes.map((outcome) => (outcome.status === "fulfilled" ? "saved" : (outcome.reason as AppError).code));
}

const versionsOf = async () => database.db.select().from(assessmentVersions).where(eq(assessmentVersions.countryCode, "MZ"));

describe("one country's matrix changed at once", () => {
  it("ten members add to the same section of a matrix never written: ten distinct positions, ten changes counted", async () => {
    const outcomes = await race(members.map((member, index) => () => addAssessmentItem(database.db, member, policyGap({ statement: `Gap noted by member ${index}` }))));
    expect(outcomes).toEqual(Array(people).fill("saved"));
    const rows = await database.db
      .select({ position: assessmentItems.position })
      .from(assessmentItems)
      .where(and(eq(assessmentItems.countryCode, "MZ"), eq(assessmentItems.guarantee, "children"), eq(assessmentItems.section, "policy_gap"), isNull(assessmentItems.deletedAt)));
    expect(rows.map((row) => row.position).sort((a, b) => a - b)).toEqual(Array.from({ length: people }, (_, index) => index + 1));
    expect(await matrixVersion(database)).toBe(people);
  });

  it("two endorsements of the version both saw: one is frozen, the other is told of the conflict", async () => {
    const seen = await matrixVersion(database);
    const before = (await versionsOf()).length;
    const outcomes = await race(members.slice(0, 2).map((member) => () => endorseAssessment(database.db, member, { countryCode: "MZ", version: seen, milestoneId: dialogue, recommendationIds: [] })));
    expect(outcomes.sort()).toEqual(["CONFLICT", "saved"]);
    expect((await versionsOf()).map((version) => version.number).sort()).toEqual(Array.from({ length: before + 1 }, (_, index) => index + 1));
  });

  it("an edit racing an endorsement: the endorsement is refused, or it freezes the text its endorser saw and the edit makes a new draft", async () => {
    for (let round = 0; round < 5; round++) {
      const { id } = await addAssessmentItem(database.db, members[0]!, recommendation({ statement: `Recommendation of round ${round}` }));
      const form = editForm(await itemRow(database, id), { statement: `Recommendation of round ${round}, revised` });
      const seen = await matrixVersion(database);
      const versions = (await versionsOf()).length;
      const [edit, endorsement] = await race([
        () => editAssessmentItem(database.db, members[1]!, form),
        () => endorseAssessment(database.db, members[2]!, { countryCode: "MZ", version: seen, milestoneId: dialogue, recommendationIds: [id] }),
      ]);
      // The edit started from the item's own version, which an endorsement leaves alone: it always saves.
      expect(edit).toBe("saved");
      expect((await itemRow(database, id)).statement).toBe(`Recommendation of round ${round}, revised`);
      if (endorsement === "CONFLICT") {
        expect(await versionsOf()).toHaveLength(versions);
        expect(await itemRow(database, id)).toMatchObject({ status: "proposed", endorsedInVersion: null });
        continue;
      }
      expect(endorsement).toBe("saved");
      const frozen = (await versionsOf()).find((version) => version.number === versions + 1)!.content as AssessmentContent;
      expect(frozen.items.find((item) => item.id === id)).toMatchObject({ statement: `Recommendation of round ${round}`, status: "endorsed" });
      expect((await getAssessmentMatrix(database.db, members[0]!, "MZ")).changedSinceEndorsed).toBe(true);
    }
  });
});
