/**
 * The demonstration dataset's generator (decision 2320): about two years of activity in the eleven countries
 * where SPF-I activities are under way, written by invented people through the real use cases (so the audit
 * log, history, review states and notifications are what Socle itself writes), each change then moved back to
 * its day in the same transaction. The same seed and last day give the same dataset.
 *
 * The story is told in chapters (`chapters/`), each scheduling its changes on the one `Story` (`story.ts`) and
 * drawing from the one seeded source in turn: the order of the calls below is part of the dataset, and a chapter
 * that reads what another's changes leave on the scene (shared milestones, support entries) comes after it.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Transaction } from "@/db/engine";
import { tellAssessment } from "./chapters/assessment";
import { tellCosting } from "./chapters/costing";
import { tellExchangeRates } from "./chapters/exchange-rates";
import { tellInventory } from "./chapters/inventory";
import { tellTrainings, tellWriteUps } from "./chapters/learning";
import { tellPlans } from "./chapters/plans";
import { tellPublication } from "./chapters/publication";
import { tellProgress } from "./chapters/progress";
import { tellResults } from "./chapters/results";
import { tellReview } from "./chapters/review";
import { tellRounds } from "./chapters/rounds";
import { tellSupport } from "./chapters/support";
import { demoCountries } from "./countries";
import { seededRandom } from "./random";
import { dayMs, isoDay, openScene, openStory } from "./story";

export { demoEmailDomain } from "./story";

/** The seed the dataset is drawn from, unless a caller asks for another. */
export const demoSeed = 2320;

export type DemoOptions = {
  seed?: number;
  /** The dataset's last day (YYYY-MM-DD, before today); it covers the two years before. Default: yesterday. */
  lastDay?: string;
};

export type DemoSummary = {
  people: number;
  milestones: number;
  supportEntries: number;
  needs: number;
  reviewEntries: number;
  trainings: number;
  experiences: number;
  schemes: number;
  assessmentItems: number;
  costingScenarios: number;
  indicatorValues: number;
  plannedSteps: number;
  countryReports: number;
};

/**
 * Writes the dataset in the caller's transaction. The caller has made sure no demo dataset is there
 * (loadDemoDatasetOnStart, recreateDemoDataset in demo-dataset.ts).
 */
export async function generateDemoDataset(tx: Transaction, options: DemoOptions = {}): Promise<DemoSummary> {
  const random = seededRandom(options.seed ?? demoSeed);
  const lastDay = options.lastDay ?? isoDay(Date.now() - dayMs);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastDay) || lastDay >= isoDay(Date.now())) throw new Error(`The demo dataset's last day must be a past date, not ${lastDay}`);
  const end = Date.parse(`${lastDay}T17:00:00Z`);
  const story = await openStory(tx, random, end - 730 * dayMs, end);

  const scenes = demoCountries.map((country) => {
    const scene = openScene(story, country);
    tellProgress(story, scene);
    tellReview(story, scene);
    tellSupport(story, scene);
    tellTrainings(story, scene);
    return scene;
  });
  tellWriteUps(story, scenes);
  for (const scene of scenes) tellInventory(story, scene);
  // The matrices draw after the inventories, so everything before stays as it was drawn without them.
  for (const scene of scenes) tellAssessment(story, scene);
  // The costing reads the matrices' endorsed recommendations, and draws after them for the same reason.
  for (const scene of scenes) tellCosting(story, scene);
  // The results draw after every chapter before them, so those stay as they were drawn.
  for (const scene of scenes) tellResults(story, scene);
  // Plans and reporting rounds last of all, for the same reason; a round's draft reads what the others wrote.
  for (const scene of scenes) tellPlans(story, scene);
  tellRounds(story, scenes);
  // The rates draw last, so every chapter before stays as it was drawn.
  tellExchangeRates(story);
  // Three countries' public pages, published on the last day over what the quality check finds (decision 2200).
  tellPublication(story);

  await story.runInOrder();
  await settleNotifications(tx);
  return summarize(tx);
}

/**
 * Demo notices are never mailed; each person has read all but their three latest, so every bell has something to
 * show. The reminders of the demo's rounds are Socle's own notices (no actor), picked by the round they open.
 */
async function settleNotifications(tx: Transaction): Promise<void> {
  await tx.execute(sql`update notifications n set mailed_at = n.created_at,
      read_at = case when latest.rank > 3 then n.created_at + interval '1 day' else null end
    from (select id, row_number() over (partition by user_id order by created_at desc, kind, link) as rank
          from notifications where actor_id in (select user_id from demo_people)
            or (actor_id is null and kind = 'report_reminder' and exists (select 1 from reporting_rounds r
              where r.opened_by_id in (select user_id from demo_people) and notifications.link like '%/' || r.id::text))) latest
    where n.id = latest.id`);
}

async function summarize(tx: Transaction): Promise<DemoSummary> {
  const demo = sql`(select user_id from demo_people)`;
  const count = async (table: string, person: string) => {
    const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(person)} in ${demo}`);
    return row!.n;
  };
  return {
    people: await count("demo_people", "user_id"),
    milestones: await count("milestones", "author_id"),
    supportEntries: await count("support_entries", "created_by_id"),
    needs: await count("support_needs", "created_by_id"),
    reviewEntries: await count("review_entries", "author_id"),
    trainings: await count("trainings", "created_by_id"),
    experiences: await count("experiences", "created_by_id"),
    schemes: await count("schemes", "created_by_id"),
    assessmentItems: await count("assessment_items", "created_by_id"),
    costingScenarios: await count("costing_scenarios", "created_by_id"),
    indicatorValues: await count("indicator_values", "created_by_id"),
    plannedSteps: await count("step_plans", "updated_by_id"),
    countryReports: await count("country_reports", "created_by_id"),
  };
}
