/**
 * What every chapter of the demonstration dataset tells its part with: the people, the ids looked up once, and
 * the scheduler that runs each change at its moment and moves what it wrote back to that moment.
 *
 * A chapter draws from the one seeded source, both when it schedules a change and when the change runs; the
 * dataset is the same for a seed only while the chapters are called, and their changes scheduled, in the same order.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { type Database, queryRows, type Transaction } from "@/db/engine";
import { agencies, assessmentItems, countrySteps, demoPeople, experiences, frameworkSteps, frameworkSubActivities, memberships, milestones, schemes, trainingInstitutions, users } from "@/db/schema";
import type { Actor, Membership } from "@/lib/actor";
import { demoAdvisers, demoCoordinator, demoCountries, demoReviewer, type DemoCountry } from "./countries";
import type { Random } from "./random";
import { type ChangeKind, stampSince, type StampedTable, writtenBy } from "./stamping";
import { type DemoLanguage, fill } from "./texts";

/** Where the demo people's addresses end: `.invalid` is reserved, so no mail can ever reach them. */
export const demoEmailDomain = "demo.socle.invalid";

export const dayMs = 86_400_000;
export const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

const stepKeys = ["stakeholders", "working_group", "awareness", "assessment", "policy_options", "costing_financing", "monitoring", "support_needs"];

export type Person = Actor;

export type People = {
  /** Each working group's two members. */
  members: Map<string, [Person, Person]>;
  /** One adviser per agency, by acronym. */
  advisers: Map<string, Person>;
  reviewer: Person;
  coordinator: Person;
};

export type Story = {
  tx: Transaction;
  /** The same transaction, as the use cases take it: every change of the story commits or fails with the others. */
  db: Database;
  random: Random;
  /** The first and last moments of the two years told. */
  start: number;
  end: number;
  people: People;
  agencyIds: Map<string, string>;
  /** Training institutions by seed key. */
  institutionIds: Map<string | null, string>;
  stepId(countryCode: string, key: string): string;
  /**
   * Whether someone outside the demo has moved the step (the demo's own moves were undone before the story): the
   * demo then writes nothing into it, so a dataset recreated in a database in use leaves their work as it is.
   */
  stepMovedByOthers(countryCode: string, key: string): boolean;
  /** The framework's sub-activities of a country's step, in their order. */
  subActivitiesOf(countryStepId: string): { id: string }[];
  /**
   * Schedules a change at `when` (no later than the last day); `tables` narrows what it wrote when the use case
   * wrote fewer than its kind may. A change may schedule the next ones, drawing their moments when it runs.
   */
  at(kind: ChangeKind, when: number, run: () => Promise<void>, tables?: readonly StampedTable[]): void;
  /** A moment in the working hours of the country's day on which `day` falls. */
  momentIn(country: DemoCountry): (day: number) => number;
  /** A record's version as it is now, for a change that must quote it. */
  versionOf(table: "country_steps" | "milestones" | "experiences" | "schemes" | "assessment_items", id: string): Promise<number>;
  /** Runs the story in time order; a change scheduled by another change joins the queue at its own moment. */
  runInOrder(): Promise<void>;
};

/** Sketch of a country's process: when it starts, each started step's days, the step that would come next. */
export type CountryPlan = {
  first: number;
  /** The working group's last day of activity. */
  last: number;
  steps: { key: string; start: number; completedAt: number | null; lastActivity: number }[];
  nextKey: string | undefined;
};

/**
 * One country's part of the story, handed from chapter to chapter: what an earlier chapter scheduled fills its
 * lists when the changes run, so a later chapter reads them inside its own changes, never while scheduling.
 */
export type Scene = {
  country: DemoCountry;
  plan: CountryPlan;
  moment: (day: number) => number;
  members: [Person, Person];
  /** A text of the country's language with its names filled in. */
  say(template: string): string;
  /** The milestones shared with everyone, which the reviewer reads. */
  sharedMilestones: { id: string; at: number }[];
  /** The support entries the agencies offered of themselves (not those answering a need). */
  supportEntries: { id: string; agency: string; step: string; category: string | null }[];
};

type Scheduled = { at: number; order: number; run: () => Promise<void> };

export async function openStory(tx: Transaction, random: Random, start: number, end: number): Promise<Story> {
  // Rows written from here on carry a time after this; everything the generator already moved back is before it.
  const [clock] = await queryRows<{ fresh: string | Date }>(tx, sql`select (now() - interval '10 minutes') as fresh`);
  const freshFrom = new Date(clock!.fresh).toISOString();

  const people = await createPeople(tx, start - 30 * dayMs);
  const agencyIds = new Map((await tx.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies)).map((row) => [row.acronym, row.id]));
  const institutionIds = new Map(
    (await tx.select({ id: trainingInstitutions.id, seedKey: trainingInstitutions.seedKey }).from(trainingInstitutions)).map((row) => [row.seedKey, row.id]),
  );
  const stepRows = await tx
    .select({
      id: countrySteps.id,
      countryCode: countrySteps.countryCode,
      key: frameworkSteps.key,
      frameworkStepId: countrySteps.frameworkStepId,
      status: countrySteps.status,
    })
    .from(countrySteps)
    .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(inArray(countrySteps.countryCode, demoCountries.map((country) => country.code)));
  const subActivityRows = await tx
    .select({ id: frameworkSubActivities.id, stepId: frameworkSubActivities.stepId })
    .from(frameworkSubActivities)
    .orderBy(frameworkSubActivities.position);

  const schedule: Scheduled[] = [];
  return {
    tx,
    db: tx as unknown as Database,
    random,
    start,
    end,
    people,
    agencyIds,
    institutionIds,
    stepId: (countryCode, key) => stepRows.find((row) => row.countryCode === countryCode && row.key === key)!.id,
    stepMovedByOthers: (countryCode, key) => stepRows.find((row) => row.countryCode === countryCode && row.key === key)!.status !== "not_started",
    subActivitiesOf: (countryStepId) => subActivityRows.filter((row) => row.stepId === stepRows.find((step) => step.id === countryStepId)!.frameworkStepId),
    at: (kind, when, run, tables = writtenBy[kind]) => {
      const stampAt = Math.min(when, end);
      schedule.push({
        at: stampAt,
        order: schedule.length,
        run: async () => {
          await run();
          await stampSince(tx, freshFrom, stampAt, tables);
        },
      });
    },
    momentIn: (country) => {
      const offset = country.utcOffsetHours * 3_600_000;
      return (day) => Math.min(Math.floor((day + offset) / dayMs) * dayMs - offset + random.int(8, 16) * 3_600_000 + random.int(0, 59) * 60_000, end);
    },
    versionOf: async (table, id) => {
      const column = { country_steps: countrySteps, milestones, experiences, schemes, assessment_items: assessmentItems }[table];
      const [row] = await tx.select({ version: column.version }).from(column).where(eq(column.id, id));
      return row!.version;
    },
    runInOrder: () => runInOrder(schedule),
  };
}

/** Draws the country's plan: call it where the country's part begins, before its chapters draw anything. */
export function openScene(story: Story, country: DemoCountry): Scene {
  const drawn = planCountry(country, story.random, story.start, story.end);
  // Drawn in full first, so the draws that follow are the same whatever the database holds.
  const plan = { ...drawn, steps: drawn.steps.filter((step) => !story.stepMovedByOthers(country.code, step.key)) };
  const words = { scheme: country.scheme, short: country.short, ministry: country.ministry, institution: country.institution, statistics: country.statisticsOffice, capital: country.capital };
  return {
    country,
    plan,
    moment: story.momentIn(country),
    members: story.people.members.get(country.code)!,
    say: (template) => fill(template, words),
    sharedMilestones: [],
    supportEntries: [],
  };
}

async function runInOrder(schedule: Scheduled[]): Promise<void> {
  const byTime = (a: Scheduled, b: Scheduled) => a.at - b.at || a.order - b.order;
  schedule.sort(byTime);
  for (let done = 0; done < schedule.length; done++) {
    const known = schedule.length;
    await schedule[done]!.run();
    if (schedule.length > known) {
      const pending = schedule.splice(done + 1).sort(byTime);
      schedule.push(...pending);
    }
  }
}

function planCountry(country: DemoCountry, random: Random, start: number, end: number): CountryPlan {
  const first = start + country.startsAfterMonths * 30 * dayMs + random.int(0, 10) * dayMs;
  const last = end - country.quietForDays * dayMs;
  const keys = stepKeys.filter((key) => key !== country.notApplicable?.key);
  const started = Math.min(country.completed + country.underWay, keys.length);
  const gap = (last - first) / (started + 0.4);
  const steps = keys.slice(0, started).map((key, index) => {
    const stepStart = first + Math.round(index * gap * 0.95);
    const completed = index < country.completed;
    const completedAt = completed ? Math.min(stepStart + Math.round(gap * (1.1 + random.next() * 0.3)), last - (started - index) * 5 * dayMs) : null;
    return { key, start: stepStart, completedAt, lastActivity: completed ? completedAt! : last };
  });
  return { first, last, steps, nextKey: keys[started] };
}

const slug = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");

type DemoPersonSpec = { name: string; membership: Membership; locale: DemoLanguage | null };

/** The people of the story: two members per working group, one adviser per agency, a reviewer, a coordinator. None can sign in. */
async function createPeople(tx: Transaction, createdAt: number): Promise<People> {
  const agencyIds = new Map((await tx.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies)).map((row) => [row.acronym, row.id]));
  const specs: DemoPersonSpec[] = [
    ...demoCountries.flatMap((country) =>
      country.members.map((name) => ({ name, locale: country.language, membership: { role: "working_group_member" as const, countryCode: country.code, agencyId: null } })),
    ),
    ...Object.entries(demoAdvisers).map(([acronym, name]) => ({ name, locale: null, membership: { role: "agency_adviser" as const, countryCode: null, agencyId: agencyIds.get(acronym)! } })),
    { name: demoReviewer, locale: null, membership: { role: "reviewer", countryCode: null, agencyId: null } },
    { name: demoCoordinator, locale: null, membership: { role: "coordinator", countryCode: null, agencyId: null } },
  ];
  const at = new Date(createdAt);
  const rows = await tx
    .insert(users)
    .values(specs.map((spec) => ({ email: `${slug(spec.name)}@${demoEmailDomain}`, name: spec.name, locale: spec.locale, createdAt: at, updatedAt: at })))
    .returning({ id: users.id, email: users.email, name: users.name });
  await tx.insert(memberships).values(rows.map((row, index) => ({ userId: row.id, ...specs[index]!.membership, createdAt: at })));
  await tx.insert(demoPeople).values(rows.map((row) => ({ userId: row.id })));
  const people: Person[] = rows.map((row, index) => ({ userId: row.id, email: row.email, name: row.name, locale: specs[index]!.locale, memberships: [specs[index]!.membership] }));
  const members = new Map<string, [Person, Person]>();
  for (const country of demoCountries) {
    const [first, second] = people.filter((person) => person.memberships[0]!.countryCode === country.code);
    members.set(country.code, [first!, second!]);
  }
  const advisers = new Map(Object.keys(demoAdvisers).map((acronym) => [acronym, people.find((person) => person.memberships[0]!.agencyId === agencyIds.get(acronym))!]));
  const byRole = (role: string) => people.find((person) => person.memberships[0]!.role === role)!;
  return { members, advisers, reviewer: byRole("reviewer"), coordinator: byRole("coordinator") };
}
