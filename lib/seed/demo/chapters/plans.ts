/**
 * The demonstration dataset's chapter on plans (issue 20): a week into its process, each working group plans the
 * steps it will work on (planned start and end), plans two milestones ahead on the step it will be working on at the
 * end, and saves the plan as a baseline the next day. The plans are drawn around what the story then does, so most
 * countries are on track; Haiti, whose group has gone quiet, is behind (its steps under way were due to end months
 * ago, and its next step to start). Benin later moves the end of its step under way, so its roadmap slips against the
 * baseline. A country whose plan a real person began (a step planned, a milestone planned, a baseline) is left alone.
 */
import { eq, sql } from "drizzle-orm";
import { queryRows } from "@/db/engine";
import { stepPlans } from "@/db/schema";
import { addPlannedMilestone } from "@/lib/plans/add-planned-milestone";
import { saveBaseline } from "@/lib/plans/save-baseline";
import { setStepPlan } from "@/lib/plans/set-step-plan";
import { baselineName, baselineNote, plannedMilestoneTitles } from "../plan-round-texts";
import { dayMs, isoDay, type Scene, type Story } from "../story";

/** The one country whose plan the story leaves behind. */
export const behindPlanCountry = "HT";
/** The country that moves a planned date after saving its baseline. */
export const replannedCountry = "BJ";

type StepDates = { key: string; countryStepId: string; plannedStart: string; plannedEnd: string };

export function tellPlans(story: Story, scene: Scene): void {
  const { db, random, end } = story;
  const { country, plan, moment, members, say } = scene;
  const [memberA, memberB] = members;
  if (plan.steps.length === 0) return;
  const behind = country.code === behindPlanCountry;
  const plannedAt = plan.first + 7 * dayMs;

  // Drawn here, in order, whatever the database holds when the changes run.
  const steps: StepDates[] = plan.steps.map((step) => {
    const startShift = random.int(-12, 12);
    const endShift = random.int(-20, 14);
    const plannedStart = step.start + startShift * dayMs;
    const plannedEnd =
      step.completedAt !== null ? step.completedAt + endShift * dayMs : behind ? plan.last - random.int(30, 80) * dayMs : end + random.int(45, 160) * dayMs;
    return { key: step.key, countryStepId: story.stepId(country.code, step.key), plannedStart: isoDay(plannedStart), plannedEnd: isoDay(Math.max(plannedEnd, plannedStart + 14 * dayMs)) };
  });
  if (plan.nextKey && !story.stepMovedByOthers(country.code, plan.nextKey)) {
    const start = behind ? plan.last - random.int(10, 40) * dayMs : end + random.int(20, 70) * dayMs;
    steps.push({ key: plan.nextKey, countryStepId: story.stepId(country.code, plan.nextKey), plannedStart: isoDay(start), plannedEnd: isoDay(start + random.int(120, 240) * dayMs) });
  }
  // The step the group works on at the end (the last one started and not completed), where it plans milestones ahead.
  const underWay = plan.steps.filter((step) => step.completedAt === null).at(-1);
  const expected = behind
    ? [plan.last - random.int(20, 40) * dayMs, plan.last + random.int(10, 30) * dayMs]
    : [end + random.int(10, 40) * dayMs, end + random.int(50, 100) * dayMs];
  const slip = random.int(30, 60);
  const replannedAt = end - random.int(20, 50) * dayMs;

  let mine = false;
  story.at("plan", moment(plannedAt), async () => {
    if (await planBegunByOthers(story, country.code)) return;
    mine = true;
    for (const step of steps) await setStepPlan(db, memberA, { countryStepId: step.countryStepId, countryCode: country.code, version: 0, plannedStart: step.plannedStart, plannedEnd: step.plannedEnd });
    if (!underWay) return;
    const countryStepId = story.stepId(country.code, underWay.key);
    for (const [index, title] of plannedMilestoneTitles.entries()) {
      await addPlannedMilestone(db, memberA, {
        countryCode: country.code,
        countryStepId,
        title: say(title[country.language]),
        expectedOn: isoDay(expected[index]!),
        // The workshop is the group's own business; the validation is announced to everyone.
        sharingLevel: index === 0 ? "country" : "all",
      });
    }
  });

  story.at("plan", moment(plannedAt + dayMs), async () => {
    if (!mine) return;
    await saveBaseline(db, memberB, { countryCode: country.code, name: baselineName[country.language], note: say(baselineNote[country.language]) });
  });

  if (country.code !== replannedCountry || !underWay) return;
  story.at("plan", moment(replannedAt), async () => {
    if (!mine) return;
    const step = steps.find((candidate) => candidate.key === underWay.key)!;
    const [current] = await story.tx.select({ version: stepPlans.version }).from(stepPlans).where(eq(stepPlans.countryStepId, step.countryStepId));
    const plannedEnd = isoDay(Date.parse(step.plannedEnd) + slip * dayMs);
    await setStepPlan(db, memberA, { countryStepId: step.countryStepId, countryCode: country.code, version: current!.version, plannedStart: step.plannedStart, plannedEnd });
  });
}

/** Whether anyone has planned in the country already (the demo's own plans were removed before the story). */
async function planBegunByOthers(story: Story, countryCode: string): Promise<boolean> {
  const [row] = await queryRows<{ begun: boolean }>(
    story.tx,
    sql`select exists (select 1 from step_plans where country_code = ${countryCode}) or exists (select 1 from planned_milestones where country_code = ${countryCode})
        or exists (select 1 from plan_baselines where country_code = ${countryCode}) as begun`,
  );
  return row!.begun;
}
