/**
 * The demonstration dataset's chapter on the assessment matrix (decision 1720): in the countries that have one
 * (assessment-matrices.ts), the working group writes its gaps, issues and recommendations once its inventory is
 * in, and keeps the matrix to itself or shares it. On a shared matrix the reviewer asks for a change on one
 * recommendation, which the group answers and makes; where a national dialogue endorsed the matrix, the group logs
 * the dialogue with its report on the policy-options step, endorses, then rewords one recommendation, adopts one
 * and drops one. Told after the inventory, last: it draws from the seeded source after every other chapter.
 */
import { eq } from "drizzle-orm";
import { assessmentItems, assessmentMatrices } from "@/db/schema";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { decideRecommendation } from "@/lib/assessment/matrix/decide-recommendation";
import { editAssessmentItem } from "@/lib/assessment/matrix/edit-item";
import { endorseAssessment } from "@/lib/assessment/matrix/endorse";
import { assessmentItemFormValues } from "@/lib/assessment/matrix/records";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { logMilestone } from "@/lib/progress/log-milestone";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import { type DemoMatrix, demoMatrices } from "../assessment-matrices";
import { demoPdf } from "../documents";
import type { StampedTable } from "../stamping";
import { dayMs, isoDay, type Scene, type Story } from "../story";

type Change = Parameters<Story["at"]>[0];

export function tellAssessment(story: Story, scene: Scene): void {
  const { db, tx, at, versionOf, people } = story;
  const { country, plan, moment } = scene;
  const matrix = demoMatrices[country.code];
  const assessment = plan.steps.find((step) => step.key === "assessment");
  if (!matrix || !assessment) return;
  const [memberA, memberB] = scene.members;
  const countryCode = country.code;
  const span = (assessment.completedAt ?? assessment.lastActivity) - assessment.start;
  const during = (share: number) => moment(assessment.start + Math.round(span * share));

  // Nothing is drawn while the changes run, so leaving a country out here changes nothing else in the dataset.
  let ours: boolean | undefined;
  const change = (kind: Change, when: number, run: () => Promise<void>, tables?: readonly StampedTable[]) =>
    at(
      kind,
      when,
      async () => {
        // A matrix there before the demo's first change is a real person's (the demo's went before the story): left to them.
        ours ??= (await tx.select({ code: assessmentMatrices.countryCode }).from(assessmentMatrices).where(eq(assessmentMatrices.countryCode, countryCode))).length === 0;
        if (ours) await run();
      },
      tables,
    );
  const ids = new Map<string, string>();
  const idOf = (key: string) => ids.get(key)!;
  const matrixVersion = async () => (await tx.select({ version: assessmentMatrices.version }).from(assessmentMatrices).where(eq(assessmentMatrices.countryCode, countryCode)))[0]!.version;

  // The items, over the middle of the step, after the inventory's first weeks.
  matrix.items.forEach((item, index) => {
    change("assessment", during(0.3 + (0.3 * index) / matrix.items.length), async () => {
      // The form's fields, as the data file names them (its key is not one).
      const { id } = await addAssessmentItem(db, index % 2 === 0 ? memberA : memberB, { countryCode, ...item });
      ids.set(item.key ?? String(index), id);
    });
  });
  if (matrix.sharing === "all") {
    change("assessment", during(0.63), async () => {
      await shareAssessment(db, memberA, { countryCode, version: await matrixVersion(), sharingLevel: "all" });
    });
  }
  const review = matrix.sharing === "all" ? matrix.review : undefined;
  if (review) {
    const decide = async (decision: "changes_requested" | "validated", reason: string) =>
      decideReview(db, people.reviewer, { subjectType: "assessment_item", subjectId: idOf(review.item), version: await versionOf("assessment_items", idOf(review.item)), decision, reason });
    change("review", during(0.7), async () => {
      await decide("changes_requested", review.request);
    });
    change(
      "answer",
      during(0.78),
      async () => {
        await commentOnReview(db, memberB, { subjectType: "assessment_item", subjectId: idOf(review.item), body: review.answer });
        await reword(story, memberB, idOf(review.item), { details: review.details });
      },
      ["review_entries", "notifications", "assessment_items", "assessment_matrices"],
    );
    change("review", during(0.85), async () => {
      await decide("validated", review.validation);
    });
  }
  const policyOptions = plan.steps.find((step) => step.key === "policy_options");
  if (matrix.dialogue && policyOptions) tellDialogue(story, scene, matrix, { ...policyOptions, change, idOf, matrixVersion });
}

type DialogueHelpers = {
  start: number;
  completedAt: number | null;
  lastActivity: number;
  change: (kind: Change, when: number, run: () => Promise<void>, tables?: readonly StampedTable[]) => void;
  idOf: (key: string) => string;
  matrixVersion: () => Promise<number>;
};

/** The national dialogue, halfway through the policy-options step (under way then), and what the group decided after it. */
function tellDialogue(story: Story, scene: Scene, matrix: DemoMatrix, step: DialogueHelpers): void {
  const dialogue = matrix.dialogue!;
  const { db } = story;
  const { country, moment } = scene;
  const [memberA, memberB] = scene.members;
  const { change, idOf } = step;
  const heldAt = moment(step.start + Math.round(((step.completedAt ?? step.lastActivity) - step.start) * 0.45));
  let milestoneId: string | undefined;
  change(
    "milestone",
    heldAt,
    async () => {
      const lines = [`${country.capital}, ${isoDay(heldAt)}`, ...dialogue.report.lines];
      const report = new File([new Uint8Array(demoPdf(dialogue.report.heading, lines))], dialogue.report.file, { type: "application/pdf" });
      const logged = await logMilestone(db, memberB, {
        countryStepId: story.stepId(country.code, "policy_options"),
        countryCode: country.code,
        title: dialogue.title,
        occurredOn: isoDay(heldAt),
        description: dialogue.description,
        sharingLevel: "all",
        evidenceSharingLevel: "all",
        files: [report],
      });
      milestoneId = logged.id;
    },
    ["milestones", "evidence", "stored_files"],
  );
  const endorsed = matrix.items.filter((item) => item.section === "recommendation" && !dialogue.postponed.includes(item.key!));
  change("assessment", Math.min(heldAt + 2 * 3_600_000, story.end), async () => {
    const recommendationIds = endorsed.map((item) => idOf(item.key!));
    await endorseAssessment(db, memberA, { countryCode: country.code, version: await step.matrixVersion(), milestoneId: milestoneId!, recommendationIds });
  });
  change("assessment", moment(heldAt + 12 * dayMs), async () => {
    await reword(story, memberA, idOf(dialogue.edit.item), dialogue.edit);
  });
  const decide = (when: number, key: string, status: "adopted" | "dropped", reason: string) =>
    change("assessment", when, async () => {
      const id = idOf(key);
      await decideRecommendation(db, memberB, { id, version: await story.versionOf("assessment_items", id), status, decidedOn: isoDay(when), reason });
    });
  decide(moment(heldAt + 30 * dayMs), dialogue.drop.item, "dropped", dialogue.drop.reason);
  decide(moment(heldAt + 45 * dayMs), dialogue.adopt.item, "adopted", dialogue.adopt.reason);
}

/** Edits an item's statement or details from its edit form as it now stands, keeping the rest. */
async function reword(story: Story, author: Scene["members"][number], id: string, text: { statement?: string; details?: string }): Promise<void> {
  const [item] = await story.tx.select().from(assessmentItems).where(eq(assessmentItems.id, id));
  await editAssessmentItem(story.db, author, { ...assessmentItemFormValues(item!), ...text });
}
