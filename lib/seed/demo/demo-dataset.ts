/**
 * The demonstration dataset as a whole (decision 2320): whether it is there, loading it on a new database,
 * and removing it again, taking with it exactly what its people wrote and what hangs on that.
 */
import { inArray, or, type SQL, sql } from "drizzle-orm";
import { type Database, queryRows, type Transaction } from "@/db/engine";
import {
  assessmentItems,
  auditLog,
  countrySteps,
  countrySubActivities,
  evidence,
  experiences,
  experienceTexts,
  milestones,
  needSupportLinks,
  notifications,
  reviewEntries,
  schemes,
  supportEntries,
  supportNeeds,
  supportTransactions,
  trainingParticipants,
  trainings,
  users,
} from "@/db/schema";
import { hasDemoDataset } from "./has-demo-dataset";
import { idList, removeDemoCostings } from "./remove-costing";
import { removeDemoPlansAndRounds } from "./remove-plans-rounds";
import { removeDemoResults } from "./remove-results";
import { type DemoOptions, type DemoSummary, generateDemoDataset } from "./generate-demo-dataset";

export { demoEmailDomain, demoSeed, type DemoOptions, type DemoSummary } from "./generate-demo-dataset";

export { hasDemoDataset };

/** One line for the console: what the dataset holds. */
export function describeDemoSummary(summary: DemoSummary): string {
  return `${summary.milestones} milestones, ${summary.supportEntries} support entries, ${summary.needs} needs, ${summary.reviewEntries} review entries, ${summary.trainings} trainings, ${summary.experiences} experiences, ${summary.schemes} inventory schemes, ${summary.assessmentItems} assessment matrix items, ${summary.costingScenarios} costed benefit scenarios, ${summary.indicatorValues} indicator values, ${summary.plannedSteps} planned steps and ${summary.countryReports} country reports by ${summary.people} invented people`;
}

/** Several instances may start together on one PostgreSQL server: one loads, the others find it there. */
const lockDemo = (tx: Transaction) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('socle-demo-dataset'))`);

/**
 * On start: loads the dataset into a database that has neither a demo dataset nor any activity of its own, so
 * an installation already in use never receives invented records. Null when it loaded nothing.
 */
export async function loadDemoDatasetOnStart(db: Database, options: DemoOptions = {}): Promise<DemoSummary | null> {
  return db.transaction(async (tx) => {
    await lockDemo(tx);
    if ((await hasDemoDataset(tx)) || (await hasActivity(tx))) return null;
    return generateDemoDataset(tx, options);
  });
}

/** `npm run db:seed -- --demo`: the previous demo dataset goes, a new one comes, in one transaction. */
export async function recreateDemoDataset(db: Database, options: DemoOptions = {}): Promise<DemoSummary> {
  return db.transaction(async (tx) => {
    await lockDemo(tx);
    await removeDemoDataset(tx);
    return generateDemoDataset(tx, options);
  });
}

/** Anything people recorded: a database with one of these is in use. */
async function hasActivity(tx: Transaction): Promise<boolean> {
  const [row] = await queryRows<{ used: boolean }>(
    tx,
    sql`select exists (select 1 from milestones) or exists (select 1 from support_entries) or exists (select 1 from support_needs)
        or exists (select 1 from trainings) or exists (select 1 from experiences) or exists (select 1 from review_entries)
        or exists (select 1 from schemes) or exists (select 1 from assessment_items) or exists (select 1 from costings)
        or exists (select 1 from country_indicators) or exists (select 1 from step_plans) or exists (select 1 from planned_milestones)
        or exists (select 1 from plan_baselines) or exists (select 1 from reporting_rounds) as used`,
  );
  return row!.used;
}

/**
 * Removes what the demo people wrote, what hangs on it (evidence, threads, transactions, links, participants,
 * translations, even when someone else added them), and the steps' progress they made; everything else stays.
 */
export async function removeDemoDataset(tx: Transaction): Promise<void> {
  const demo = sql`(select user_id from demo_people)`;
  const ids = async (query: SQL) => (await queryRows<{ id: string }>(tx, query)).map((row) => row.id);
  const milestoneIds = await ids(sql`select id from milestones where author_id in ${demo}`);
  const entryIds = await ids(sql`select id from support_entries where created_by_id in ${demo}`);
  const needIds = await ids(sql`select id from support_needs where created_by_id in ${demo}`);
  const trainingIds = await ids(sql`select id from trainings where created_by_id in ${demo}`);
  const experienceIds = await ids(sql`select id from experiences where created_by_id in ${demo}`);
  // A matrix the demo began is the demo's, with whatever was added to it since (as evidence on a demo milestone is).
  const demoMatrices = sql`(select country_code from assessment_matrices where created_by_id in ${demo})`;
  const itemIds = await ids(sql`select id from assessment_items where created_by_id in ${demo} or country_code in ${demoMatrices}`);
  const demoEvidence = or(inArray(evidence.milestoneId, milestoneIds), inArray(evidence.addedById, demo));
  const fileIds = (await tx.select({ id: evidence.fileId }).from(evidence).where(demoEvidence)).flatMap((row) => (row.id ? [row.id] : []));

  await tx.delete(evidence).where(demoEvidence);
  await tx.execute(sql`delete from stored_files where (id in ${idList(fileIds)} or uploaded_by_id in ${demo})
      and not exists (select 1 from evidence where evidence.file_id = stored_files.id)
      and not exists (select 1 from resources where resources.file_id = stored_files.id)
      and not exists (select 1 from support_imports where support_imports.file_id = stored_files.id)
      and not exists (select 1 from scheme_imports where scheme_imports.file_id = stored_files.id)`);
  await tx.delete(reviewEntries).where(or(inArray(reviewEntries.authorId, demo), inArray(reviewEntries.subjectId, [...milestoneIds, ...itemIds])));
  await removeDemoCostings(tx, { milestoneIds, needIds, itemIds });
  await removeDemoResults(tx, { entryIds, itemIds });
  await removeDemoPlansAndRounds(tx, { milestoneIds });
  // Before the milestones: an endorsed version and its recommendations name the dialogue's milestone.
  await tx.execute(sql`delete from assessment_versions where endorsed_by_id in ${demo} or country_code in ${demoMatrices}`);
  await tx.delete(assessmentItems).where(inArray(assessmentItems.id, itemIds));
  await tx.execute(sql`delete from assessment_matrices where created_by_id in ${demo}`);
  await removeEndorsementsAt(tx, milestoneIds);
  await tx.delete(notifications).where(inArray(notifications.actorId, demo));
  await tx
    .delete(needSupportLinks)
    .where(or(inArray(needSupportLinks.linkedById, demo), inArray(needSupportLinks.needId, needIds), inArray(needSupportLinks.supportEntryId, entryIds)));
  await tx.delete(supportTransactions).where(or(inArray(supportTransactions.createdById, demo), inArray(supportTransactions.supportEntryId, entryIds)));
  await tx.update(trainings).set({ supportEntryId: null }).where(inArray(trainings.supportEntryId, entryIds));
  await tx.delete(trainingParticipants).where(inArray(trainingParticipants.trainingId, trainingIds));
  await tx.delete(trainings).where(inArray(trainings.id, trainingIds));
  await tx.delete(supportEntries).where(inArray(supportEntries.id, entryIds));
  await tx.delete(supportNeeds).where(inArray(supportNeeds.id, needIds));
  await tx.delete(milestones).where(inArray(milestones.id, milestoneIds));
  await tx.delete(experienceTexts).where(inArray(experienceTexts.experienceId, experienceIds));
  await tx.delete(experiences).where(inArray(experiences.id, experienceIds));
  await tx.update(experiences).set({ featuredAt: null, featuredById: null }).where(inArray(experiences.featuredById, demo));
  await tx.delete(countrySubActivities).where(inArray(countrySubActivities.changedById, demo));
  await tx.delete(schemes).where(inArray(schemes.createdById, demo));
  // A step the demo moved goes back to where every new country's step starts, unless someone real moved it since.
  await tx.execute(sql`update country_steps set status = 'not_started', status_reason = null, status_changed_at = null, status_changed_by_id = null,
      signed_off_at = null, signed_off_by_id = null, sign_off_note = null, review_state = null, version = version + 1, updated_at = now()
    where status_changed_by_id in ${demo}`);
  await tx.update(countrySteps).set({ signedOffAt: null, signedOffById: null }).where(inArray(countrySteps.signedOffById, demo));
  await tx.execute(sql`delete from exchange_rates where created_by_id in ${demo}`);
  // A public page the demo published goes back to never published (decision 2200).
  await tx.execute(sql`delete from country_publications where published_by_id in ${demo}`);
  await tx.delete(auditLog).where(inArray(auditLog.actorId, demo));
  // Memberships, notices to them, preferences and follows go with the people (on delete cascade), and so does the marker.
  await tx.delete(users).where(inArray(users.id, demo));
}

/**
 * A real matrix endorsed at a demo dialogue: the endorsement hangs on the demo's milestone and goes with it. Its
 * versions go; its recommendations go back to proposed (a dropped one stays dropped) with a new version, so an open
 * form is refused rather than overwriting, and the matrix counts the change.
 */
async function removeEndorsementsAt(tx: Transaction, milestoneIds: string[]): Promise<void> {
  const dialogues = idList(milestoneIds);
  await tx.execute(sql`delete from assessment_versions where milestone_id in ${dialogues}`);
  const changed = await queryRows<{ country: string }>(
    tx,
    sql`update assessment_items set status = case when status = 'dropped' then status else 'proposed' end,
        decided_on = case when status = 'dropped' then decided_on end, decision_reason = case when status = 'dropped' then decision_reason end,
        endorsed_on = null, endorsement_milestone_id = null, endorsed_in_version = null, version = version + 1, updated_at = now()
      where endorsement_milestone_id in ${dialogues} returning country_code as country`,
  );
  const countries = [...new Set(changed.map((row) => row.country))];
  if (countries.length === 0) return;
  await tx.execute(sql`update assessment_matrices set version = version + 1, updated_at = now() where country_code in (${sql.join(countries.map((code) => sql`${code}`), sql`, `)})`);
}
