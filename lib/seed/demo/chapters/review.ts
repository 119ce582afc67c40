/**
 * The demonstration dataset's chapter on review: the reviewer's comments on shared milestones, one request for
 * changes per country (answered in most, then validated), and the validation of completed steps.
 */
import { eq } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import type { Random } from "../random";
import { type CountryPlan, dayMs, type Scene, type Story } from "../story";
import { reviewTexts } from "../progress-texts";
import type { DemoLanguage } from "../texts";

type ReviewItem = { at: number; kind: "comment" | "changes"; answeredAfterDays: number | null; validatedAfterDays: number | null };

/** Reads the milestones the progress chapter shared, so it follows that chapter. */
export function tellReview(story: Story, scene: Scene): void {
  const { db, tx, random, at, people } = story;
  const { plan, moment } = scene;
  const [memberA] = scene.members;
  const language = scene.country.language;
  const reviewedAt = (from: number, days: number) => moment(from + days * dayMs);
  const reviewStory = drawReviewStory(random, plan, story.end);
  for (const item of reviewStory) {
    at("review", item.at, async () => {
      const target = pickShared(scene.sharedMilestones, item.at);
      if (!target) return;
      if (item.kind === "comment") {
        await commentOnReview(db, people.reviewer, { subjectType: "milestone", subjectId: target.id, body: random.pick(reviewTexts.comment[language]) });
      } else {
        await reviewerDecides(story, language, "milestone", target.id, "changes_requested");
        if (item.answeredAfterDays !== null) {
          const answerAt = reviewedAt(item.at, item.answeredAfterDays);
          at("answer", answerAt, async () => {
            await commentOnReview(db, memberA, { subjectType: "milestone", subjectId: target.id, body: random.pick(reviewTexts.answer[language]) });
            const [current] = await tx.select().from(milestones).where(eq(milestones.id, target.id));
            await editMilestone(db, memberA, {
              milestoneId: target.id,
              version: current!.version,
              title: current!.title,
              occurredOn: current!.occurredOn,
              description: `${current!.description}\n\n${random.pick(reviewTexts.answer[language])}`,
            }).catch(answeredInTheThreadOnly);
          });
          if (item.validatedAfterDays !== null) {
            const validatedAt = reviewedAt(answerAt, item.validatedAfterDays);
            at("review", validatedAt, async () => {
              await reviewerDecides(story, language, "milestone", target.id, "validated");
            });
          }
        }
      }
    });
  }
}

/**
 * A milestone dated in the period of an accepted report (the rounds chapter's) is locked: the group's answer stays in
 * the review thread, as it would for a person, and the milestone as it was. Everything else is the story failing.
 */
function answeredInTheThreadOnly(error: unknown): void {
  if (error instanceof AppError && error.code === "CONFLICT" && error.message.startsWith("rounds.periodLocked")) return;
  throw error;
}

/** The reviewer validates most completed steps a few days or weeks later. */
export function validateStep(story: Story, scene: Scene, countryStepId: string, completedAt: number): void {
  const { random } = story;
  if (!random.chance(0.7)) return;
  story.at("review", scene.moment(completedAt + random.int(4, 25) * dayMs), () =>
    reviewerDecides(story, scene.country.language, "country_step", countryStepId, "validated"),
  );
}

/** The reviewer's decision on a milestone or a step as it now stands, with a reason in the country's language. */
async function reviewerDecides(
  story: Story,
  language: DemoLanguage,
  subjectType: "milestone" | "country_step",
  subjectId: string,
  decision: "changes_requested" | "validated",
): Promise<void> {
  // The version first, then the reason: the order of the random draws is part of the dataset.
  const version = await story.versionOf(subjectType === "milestone" ? "milestones" : "country_steps", subjectId);
  const reason = story.random.pick(reviewTexts[decision === "validated" ? "validated" : "changes"][language]);
  await decideReview(story.db, story.people.reviewer, { subjectType, subjectId, version, decision, reason });
}

function drawReviewStory(random: Random, plan: CountryPlan, end: number): ReviewItem[] {
  const within = (from: number, to: number) => from + Math.round(random.next() * Math.max(to - from, 0));
  const items: ReviewItem[] = [];
  for (let index = random.int(1, 3); index > 0; index--) {
    items.push({ at: within(plan.first + 30 * dayMs, end - 2 * dayMs), kind: "comment", answeredAfterDays: null, validatedAfterDays: null });
  }
  // One request for changes per country; some are recent and still wait for the working group's answer.
  const open = random.chance(0.35);
  const requestedAt = open ? end - random.int(5, 25) * dayMs : within(plan.first + 45 * dayMs, plan.last - 30 * dayMs);
  const answeredAfterDays = open ? null : random.int(3, 10);
  const stillQuiet = answeredAfterDays !== null && requestedAt + answeredAfterDays * dayMs > plan.last;
  items.push({
    at: requestedAt,
    kind: "changes",
    answeredAfterDays: stillQuiet ? null : answeredAfterDays,
    validatedAfterDays: stillQuiet || open || random.chance(0.2) ? null : random.int(3, 12),
  });
  return items;
}

/** The latest milestone shared before the reviewer's moment. */
function pickShared(shared: { id: string; at: number }[], before: number) {
  const earlier = shared.filter((milestone) => milestone.at < before);
  return earlier[earlier.length - 1];
}
