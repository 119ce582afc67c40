/**
 * A country's plan as the roadmap draws it (decision 2000): per step, in position order, its planned dates, its
 * actual start (first live milestone the reader may see) and end (the day it was completed), a chosen baseline's
 * dates, the slippage in days and its state; with the planned milestones the reader may see by the sharing rule.
 * Three queries whatever the size of the plan: the country and baseline, the steps, the planned milestones.
 */
import { and, asc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, milestones, planBaselineMilestones, planBaselines, planBaselineSteps, plannedMilestones, stepPlans } from "@/db/schema";
import type { sharingLevels, stepStatuses } from "@/db/schema/values";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { type StepTitle, stepTitle } from "@/lib/progress/step-title";
import { milestoneVisibleTo, plannedMilestoneVisibleTo } from "@/lib/sharing/visibility";
import { countryCodeSchema } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import { countryPlanQuerySchema, type CountryPlanQuery } from "@/lib/validation/plans";
import { isLate, judgeStep, type PlanState, utcToday } from "./plan-arithmetic";

export type PlannedMilestoneView = {
  id: string;
  version: number;
  countryStepId: string;
  title: string;
  description: string;
  expectedOn: string;
  sharingLevel: (typeof sharingLevels)[number];
  /** A live milestone was logged for it. */
  logged: boolean;
  /** The milestone logged for it and its day, when the reader may read that milestone. */
  milestoneId: string | null;
  loggedOn: string | null;
  /** Its expected day has passed and nothing was logged. */
  late: boolean;
  /** Withdrawn since the chosen baseline was saved: listed only when comparing with that baseline. */
  withdrawn: boolean;
  /** Its title and expected day in the chosen baseline; null when it was planned after the baseline or none is chosen. */
  baselineTitle: string | null;
  baselineExpectedOn: string | null;
};

export type StepPlanView = {
  countryStepId: string;
  position: number;
  /** The framework step's key; null for a national step. */
  key: string | null;
  title: StepTitle;
  status: (typeof stepStatuses)[number];
  /** The step plan's version, for the next edit (0: not planned yet). */
  planVersion: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  baselineStart: string | null;
  baselineEnd: string | null;
  state: PlanState;
  slippageDays: number | null;
  baselineSlippageDays: number | null;
  plannedMilestones: PlannedMilestoneView[];
};

export type PlanBaselineRef = { id: string; name: string; note: string; version: number; createdAt: Date };

export type CountryPlan = { countryCode: string; today: string; baseline: PlanBaselineRef | null; steps: StepPlanView[] };

/** A calendar day as text, whichever engine reads it. */
const dayText = (day: SQL) => sql<string | null>`to_char(${day}, 'YYYY-MM-DD')`;

export async function getCountryPlan(db: Queryable, actor: Actor, countryCode: unknown, options: CountryPlanQuery = {}): Promise<CountryPlan> {
  const code = countryCodeSchema.safeParse(countryCode);
  if (!code.success) throw notFound();
  assertCan(actor, "country.read", { countryCode: code.data });
  const query = parseInput(countryPlanQuerySchema, options);
  const today = query.today ?? utcToday();
  const baselineId = query.baselineId ?? null;

  const [heads, stepRows, milestoneRows] = await Promise.all([
    readHead(db, code.data, baselineId),
    readSteps(db, actor, code.data, baselineId),
    readPlannedMilestones(db, actor, code.data, baselineId),
  ]);
  const head = heads[0];
  if (!head || (baselineId !== null && head.baseline === null)) throw notFound();

  const byStep = new Map<string, PlannedMilestoneView[]>();
  for (const row of milestoneRows) {
    const logged = row.milestoneId !== null && row.loggedDeletedAt === null && row.loggedExists;
    const view: PlannedMilestoneView = {
      id: row.id,
      version: row.version,
      countryStepId: row.countryStepId,
      title: row.title,
      description: row.description,
      expectedOn: row.expectedOn,
      sharingLevel: row.sharingLevel,
      logged,
      milestoneId: logged && row.loggedOn !== null ? row.milestoneId : null,
      loggedOn: logged ? row.loggedOn : null,
      late: row.deletedAt === null && isLate(row.expectedOn, logged, today),
      withdrawn: row.deletedAt !== null,
      baselineTitle: row.baselineTitle,
      baselineExpectedOn: row.baselineExpectedOn,
    };
    byStep.set(row.countryStepId, [...(byStep.get(row.countryStepId) ?? []), view]);
  }

  const steps = stepRows.map((row): StepPlanView => {
    const judged = judgeStep({ status: row.status, plannedEnd: row.plannedEnd, actualEnd: row.actualEnd, baselineEnd: row.baselineEnd }, today);
    return { ...row, planVersion: row.planVersion ?? 0, ...judged, plannedMilestones: byStep.get(row.countryStepId) ?? [] };
  });
  return { countryCode: head.code, today, baseline: head.baseline, steps };
}

/** The country, and the chosen baseline if it is a live one of the country. */
function readHead(db: Queryable, countryCode: string, baselineId: string | null) {
  const baselineOn = baselineId
    ? and(eq(planBaselines.id, baselineId), eq(planBaselines.countryCode, countries.code), isNull(planBaselines.deletedAt))
    : sql`false`;
  return db
    .select({
      code: countries.code,
      baseline: sql<PlanBaselineRef | null>`case when ${planBaselines.id} is null then null else json_build_object(
        'id', ${planBaselines.id}, 'name', ${planBaselines.name}, 'note', ${planBaselines.note}, 'version', ${planBaselines.version},
        'createdAt', ${planBaselines.createdAt}) end`.mapWith((value: PlanBaselineRef | null) =>
        value === null ? null : { ...value, createdAt: new Date(value.createdAt) },
      ),
    })
    .from(countries)
    .leftJoin(planBaselines, baselineOn)
    .where(eq(countries.code, countryCode));
}

function readSteps(db: Queryable, actor: Actor, countryCode: string, baselineId: string | null) {
  // The first live milestone the reader may see: a milestone kept to the country does not date the step for others.
  const actualStart = sql<string | null>`(select to_char(min(${milestones.occurredOn}), 'YYYY-MM-DD') from ${milestones}
    where ${milestones.countryStepId} = ${countrySteps.id} and ${milestones.deletedAt} is null and ${milestoneVisibleTo(actor)})`;
  // The day a completed step was signed off (UTC): what the step page and the reports call its completion.
  const actualEnd = sql<string | null>`case when ${countrySteps.status} = 'completed'
    then to_char(coalesce(${countrySteps.signedOffAt}, ${countrySteps.statusChangedAt}) at time zone 'UTC', 'YYYY-MM-DD') end`;
  return db
    .select({
      countryStepId: countrySteps.id,
      position: countrySteps.position,
      key: frameworkSteps.key,
      title: stepTitle,
      status: countrySteps.status,
      planVersion: stepPlans.version,
      plannedStart: dayText(sql`${stepPlans.plannedStart}`),
      plannedEnd: dayText(sql`${stepPlans.plannedEnd}`),
      actualStart,
      actualEnd,
      baselineStart: dayText(sql`${planBaselineSteps.plannedStart}`),
      baselineEnd: dayText(sql`${planBaselineSteps.plannedEnd}`),
    })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .leftJoin(stepPlans, eq(stepPlans.countryStepId, countrySteps.id))
    .leftJoin(planBaselineSteps, baselineId ? and(eq(planBaselineSteps.baselineId, baselineId), eq(planBaselineSteps.countryStepId, countrySteps.id)) : sql`false`)
    .where(eq(countrySteps.countryCode, countryCode))
    .orderBy(asc(countrySteps.position), asc(countrySteps.id));
}

/** The live planned milestones the reader may see, and with a baseline those of it withdrawn since; by expected day. */
function readPlannedMilestones(db: Queryable, actor: Actor, countryCode: string, baselineId: string | null) {
  return db
    .select({
      id: plannedMilestones.id,
      version: plannedMilestones.version,
      countryStepId: plannedMilestones.countryStepId,
      title: plannedMilestones.title,
      description: plannedMilestones.description,
      expectedOn: plannedMilestones.expectedOn,
      sharingLevel: plannedMilestones.sharingLevel,
      deletedAt: plannedMilestones.deletedAt,
      milestoneId: plannedMilestones.milestoneId,
      loggedExists: sql<boolean>`${milestones.id} is not null`,
      loggedDeletedAt: milestones.deletedAt,
      // The logged milestone's day only for a reader who may read it: being logged is the planned milestone's news.
      loggedOn: sql<string | null>`case when ${milestones.id} is not null and ${milestoneVisibleTo(actor)} then to_char(${milestones.occurredOn}, 'YYYY-MM-DD') end`,
      baselineTitle: planBaselineMilestones.title,
      baselineExpectedOn: planBaselineMilestones.expectedOn,
    })
    .from(plannedMilestones)
    .leftJoin(milestones, eq(milestones.id, plannedMilestones.milestoneId))
    .leftJoin(
      planBaselineMilestones,
      baselineId ? and(eq(planBaselineMilestones.baselineId, baselineId), eq(planBaselineMilestones.plannedMilestoneId, plannedMilestones.id)) : sql`false`,
    )
    .where(
      and(
        eq(plannedMilestones.countryCode, countryCode),
        plannedMilestoneVisibleTo(actor),
        or(isNull(plannedMilestones.deletedAt), sql`${planBaselineMilestones.plannedMilestoneId} is not null`),
      ),
    )
    .orderBy(asc(plannedMilestones.expectedOn), asc(plannedMilestones.createdAt), asc(plannedMilestones.id));
}
