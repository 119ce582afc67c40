/**
 * The demonstration dataset's generator (decision 2320): about two years of activity in the eleven countries
 * where SPF-I activities are under way, written by invented people through the real use cases (so the audit
 * log, history, review states and notifications are what Socle itself writes), each change then moved back to
 * its day in the same transaction. The same seed and last day give the same dataset.
 */
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Database, queryRows, type Transaction } from "@/db/engine";
import {
  agencies,
  countrySteps,
  demoPeople,
  experiences,
  frameworkSteps,
  frameworkSubActivities,
  memberships,
  milestones,
  trainingInstitutions,
  users,
} from "@/db/schema";
import type { Actor, Membership } from "@/lib/actor";
import { editExperience } from "@/lib/experiences/edit-experience";
import { featureExperience } from "@/lib/experiences/feature-experience";
import { publishExperience } from "@/lib/experiences/publish-experience";
import { writeExperience } from "@/lib/experiences/write-experience";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { markSubActivity } from "@/lib/progress/mark-sub-activity";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { recordTraining } from "@/lib/trainings/record-training";
import { agencyCurrencies, amountRanges, demoAdvisers, demoCoordinator, demoCountries, demoReviewer, type DemoCountry } from "./countries";
import { demoDocx, demoPdf } from "./documents";
import { demoExperiences } from "./experiences";
import { drawUuid, type Random, seededRandom } from "./random";
import {
  courses,
  type DemoLanguage,
  documentLines,
  fill,
  financialSupport,
  milestoneDescriptions,
  minutesTitle,
  needTexts,
  reviewTexts,
  signOffNotes,
  stepTexts,
  supportDescription,
  technicalSupport,
} from "./texts";

/** The seed the dataset is drawn from, unless a caller asks for another. */
export const demoSeed = 2320;

/** Where the demo people's addresses end: `.invalid` is reserved, so no mail can ever reach them. */
export const demoEmailDomain = "demo.socle.invalid";

export type DemoOptions = {
  seed?: number;
  /** The dataset's last day (YYYY-MM-DD, before today); it covers the two years before. Default: yesterday. */
  lastDay?: string;
};

export type DemoSummary = { people: number; milestones: number; supportEntries: number; needs: number; reviewEntries: number; trainings: number; experiences: number };

const dayMs = 86_400_000;
const stepKeys = ["stakeholders", "working_group", "awareness", "assessment", "policy_options", "costing_financing", "monitoring", "support_needs"];

type Person = Actor;

/** One change of the story, at its moment; `stamp` names the tables whose fresh rows move back to that moment. */
type Scheduled = { at: number; order: number; run: () => Promise<void> };

/** A table the use cases write, the timestamp columns they fill with "now", and the column naming who wrote the row. */
type Stamped = { columns: string[]; person: string };
const stampedTables = {
  milestones: { columns: ["created_at", "updated_at"], person: "author_id" },
  evidence: { columns: ["created_at"], person: "added_by_id" },
  stored_files: { columns: ["created_at"], person: "uploaded_by_id" },
  country_steps: { columns: ["status_changed_at", "signed_off_at", "updated_at"], person: "status_changed_by_id" },
  country_sub_activities: { columns: ["changed_at"], person: "changed_by_id" },
  support_entries: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  support_transactions: { columns: ["created_at"], person: "created_by_id" },
  support_needs: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  need_support_links: { columns: ["created_at"], person: "linked_by_id" },
  review_entries: { columns: ["created_at"], person: "author_id" },
  notifications: { columns: ["created_at"], person: "actor_id" },
  trainings: { columns: ["created_at", "updated_at"], person: "created_by_id" },
  experiences: { columns: ["created_at", "updated_at", "featured_at", "published_at"], person: "created_by_id" },
  experience_texts: { columns: ["updated_at"], person: "" },
} satisfies Record<string, Stamped>;
type StampedTable = keyof typeof stampedTables;

/** The kinds of change in the story, and the tables each one writes (every one also writes the audit log). */
const writtenBy = {
  milestone: ["milestones", "evidence", "stored_files", "country_steps"],
  review: ["review_entries", "notifications"],
  answer: ["review_entries", "notifications", "milestones"],
  subActivity: ["country_sub_activities"],
  step: ["country_steps"],
  support: ["support_entries", "need_support_links", "notifications"],
  transaction: ["support_transactions", "notifications"],
  need: ["support_needs", "notifications"],
  training: ["trainings"],
  experience: ["experiences", "experience_texts"],
} satisfies Record<string, StampedTable[]>;
type ChangeKind = keyof typeof writtenBy;

const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * Writes the dataset in the caller's transaction. The caller has made sure no demo dataset is there
 * (loadDemoDatasetOnStart, recreateDemoDataset in demo-dataset.ts).
 */
export async function generateDemoDataset(tx: Transaction, options: DemoOptions = {}): Promise<DemoSummary> {
  const random = seededRandom(options.seed ?? demoSeed);
  const lastDay = options.lastDay ?? isoDay(Date.now() - dayMs);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastDay) || lastDay >= isoDay(Date.now())) throw new Error(`The demo dataset's last day must be a past date, not ${lastDay}`);
  const end = Date.parse(`${lastDay}T17:00:00Z`);
  const start = end - 730 * dayMs;
  // Rows written from here on carry a time after this; everything the generator already moved back is before it.
  const [clock] = await queryRows<{ fresh: string | Date }>(tx, sql`select (now() - interval '10 minutes') as fresh`);
  const freshFrom = new Date(clock!.fresh).toISOString();

  const db = tx as unknown as Database;
  const people = await createPeople(tx, start - 30 * dayMs);
  const agencyIds = new Map((await tx.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies)).map((row) => [row.acronym, row.id]));
  const institutionIds = new Map(
    (await tx.select({ id: trainingInstitutions.id, seedKey: trainingInstitutions.seedKey }).from(trainingInstitutions)).map((row) => [row.seedKey, row.id]),
  );
  const stepRows = await tx
    .select({ id: countrySteps.id, countryCode: countrySteps.countryCode, key: frameworkSteps.key, frameworkStepId: countrySteps.frameworkStepId })
    .from(countrySteps)
    .innerJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(inArray(countrySteps.countryCode, demoCountries.map((country) => country.code)));
  const stepId = (countryCode: string, key: string) => stepRows.find((row) => row.countryCode === countryCode && row.key === key)!.id;
  const subActivityRows = await tx
    .select({ id: frameworkSubActivities.id, stepId: frameworkSubActivities.stepId })
    .from(frameworkSubActivities)
    .orderBy(frameworkSubActivities.position);

  const versionOf = async (table: "country_steps" | "milestones" | "experiences", id: string) => {
    const column = table === "country_steps" ? countrySteps : table === "milestones" ? milestones : experiences;
    const [row] = await tx.select({ version: column.version }).from(column).where(eq(column.id, id));
    return row!.version;
  };

  const schedule: Scheduled[] = [];
  const at = (kind: ChangeKind, when: number, run: () => Promise<void>, tables: readonly StampedTable[] = writtenBy[kind]) => {
    const stampAt = Math.min(when, end);
    schedule.push({
      at: stampAt,
      order: schedule.length,
      run: async () => {
        await run();
        await stampSince(tx, freshFrom, stampAt, tables);
      },
    });
  };

  /** A moment in the working hours of the country's day on which `day` falls. */
  const momentIn = (country: DemoCountry) => {
    const offset = country.utcOffsetHours * 3_600_000;
    return (day: number) => Math.min(Math.floor((day + offset) / dayMs) * dayMs - offset + random.int(8, 16) * 3_600_000 + random.int(0, 59) * 60_000, end);
  };

  const plans = new Map<string, CountryPlan>();
  for (const country of demoCountries) {
    const plan = planCountry(country, random, start, end);
    plans.set(country.code, plan);
    const moment = momentIn(country);
    const [memberA, memberB] = people.members.get(country.code)!;
    const language = country.language;
    const words = { scheme: country.scheme, short: country.short, ministry: country.ministry, institution: country.institution, statistics: country.statisticsOffice, capital: country.capital };
    const say = (template: string) => fill(template, words);
    const sharedMilestones: { id: string; at: number }[] = [];

    for (const step of plan.steps) {
      const texts = stepTexts[step.key]!;
      const countryStepId = stepId(country.code, step.key);
      const log = (when: number, author: Person, input: { title: string; sharing: "country" | "all"; status?: "in_progress" | "completed"; files?: File[]; links?: { url: string; title: string }[]; fileSharing?: "country" | "all" }) =>
        at("milestone", when, async () => {
          const logged = await logMilestone(db, author, {
            countryStepId,
            countryCode: country.code,
            title: input.title,
            occurredOn: isoDay(when),
            description: say(random.pick(milestoneDescriptions[language])),
            sharingLevel: input.sharing,
            evidenceSharingLevel: input.fileSharing ?? input.sharing,
            statusChange: input.status ?? "",
            signOffNote: input.status === "completed" ? random.pick(signOffNotes[language]) : "",
            stepVersion: input.status ? await versionOf("country_steps", countryStepId) : undefined,
            links: input.links ?? [],
            files: input.files ?? [],
            idempotencyKey: drawUuid(random),
          });
          if (input.sharing === "all") sharedMilestones.push({ id: logged.id, at: when });
        }, [
          "milestones",
          ...(input.files?.length || input.links?.length ? (["evidence", "stored_files"] as const) : []),
          ...(input.status ? (["country_steps"] as const) : []),
        ]);

      const kickoffAt = moment(step.start);
      log(kickoffAt, random.pick([memberA, memberB]), { title: say(texts.kickoff[language]), sharing: "all", status: "in_progress" });
      const progressDays = step.completedAt ? [0.35, 0.7] : [0.5, 1];
      const stepEnd = step.completedAt ?? step.lastActivity;
      progressDays.forEach((share, index) => {
        // The step under way ends on the working group's last day; a completed one has one or two milestones between.
        if (index === 1 && (step.completedAt ? random.chance(0.6) : step.lastActivity - step.start < 20 * dayMs)) return;
        const when = index === 1 && !step.completedAt ? step.lastActivity : moment(step.start + Math.round((stepEnd - step.start) * share));
        const kept = random.chance(0.3);
        const withMinutes = random.chance(0.45);
        const withLink = !withMinutes && random.chance(0.35);
        const title = say(texts.progress[index]![language]);
        log(when, random.pick([memberA, memberB]), {
          title,
          sharing: kept ? "country" : "all",
          files: withMinutes ? [documentFile("docx", `${minutesTitle[language]} - ${title}`, language, country, when)] : [],
          fileSharing: "country",
          links: withLink ? [{ url: `https://www.social-protection.org/gimi/ShowCountryProfile.action?iso=${country.code}`, title: "ILO Social Protection Platform" }] : [],
        });
      });
      if (step.completedAt) {
        const title = say(texts.completion[language]);
        log(step.completedAt, random.pick([memberA, memberB]), {
          title,
          sharing: "all",
          status: "completed",
          files: [documentFile("pdf", say(texts.document[language]), language, country, step.completedAt)],
        });
        // The reviewer validates most completed steps a few days or weeks later.
        if (random.chance(0.7)) {
          at("review", moment(step.completedAt + random.int(4, 25) * dayMs), async () => {
            await decideReview(db, people.reviewer, {
              subjectType: "country_step",
              subjectId: countryStepId,
              version: await versionOf("country_steps", countryStepId),
              decision: "validated",
              reason: random.pick(reviewTexts.validated[language]),
            });
          });
        }
      }
      if (step.key === "assessment") {
        const subActivities = subActivityRows.filter((row) => row.stepId === stepRows.find((s) => s.id === countryStepId)!.frameworkStepId);
        const done = step.completedAt ? subActivities.length : random.int(1, subActivities.length - 1);
        subActivities.slice(0, done).forEach((subActivity, index) => {
          at("subActivity", moment(step.start + Math.round(((stepEnd - step.start) * (index + 1)) / (done + 1))), async () => {
            await markSubActivity(db, random.pick([memberA, memberB]), { countryStepId, subActivityId: subActivity.id, done: "true" });
          });
        });
      }
    }
    if (country.notApplicable) {
      const countryStepId = stepId(country.code, country.notApplicable.key);
      const reason = country.notApplicable.reason;
      at("step", moment(plan.first + 40 * dayMs), async () => {
        await changeStepStatus(db, memberA, { countryStepId, version: await versionOf("country_steps", countryStepId), to: "not_applicable", note: reason });
      });
    }

    // Review of shared milestones: comments, and one request for changes per country, answered in most.
    const reviewedAt = (from: number, days: number) => moment(from + days * dayMs);
    const reviewStory = drawReviewStory(random, plan, end);
    for (const item of reviewStory) {
      at("review", item.at, async () => {
        const target = pickShared(sharedMilestones, item.at);
        if (!target) return;
        if (item.kind === "comment") {
          await commentOnReview(db, people.reviewer, { subjectType: "milestone", subjectId: target.id, body: random.pick(reviewTexts.comment[language]) });
        } else {
          await decideReview(db, people.reviewer, {
            subjectType: "milestone",
            subjectId: target.id,
            version: await versionOf("milestones", target.id),
            decision: "changes_requested",
            reason: random.pick(reviewTexts.changes[language]),
          });
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
              });
            });
            if (item.validatedAfterDays !== null) {
              const validatedAt = reviewedAt(answerAt, item.validatedAfterDays);
              at("review", validatedAt, async () => {
                await decideReview(db, people.reviewer, {
                  subjectType: "milestone",
                  subjectId: target.id,
                  version: await versionOf("milestones", target.id),
                  decision: "validated",
                  reason: random.pick(reviewTexts.validated[language]),
                });
              });
            }
          }
        }
      });
    }

    // Support: technical support from the partners, money from the funders, with its flow of transactions.
    const entriesOfCountry: { id: string; agency: string; step: string; category: string | null }[] = [];
    let referenceNumber = 0;
    const reference = (agency: string) => `DEMO-${agency.replace(/[^A-Za-z]/g, "").toUpperCase().slice(0, 6)}-${country.code}-${String(++referenceNumber).padStart(2, "0")}`;
    const startedKeys = plan.steps.map((step) => step.key);
    const categories = Object.entries(technicalSupport).filter(([, support]) => startedKeys.includes(support.step) || support.step === plan.nextKey);
    for (const agency of country.partners) {
      const adviser = people.advisers.get(agency)!;
      for (const [category, support] of random.shuffled(categories).slice(0, random.int(1, 2))) {
        const step = plan.steps.find((candidate) => candidate.key === support.step);
        const createdAt = moment(step ? step.start + random.int(-20, 30) * dayMs : end - random.int(10, 60) * dayMs);
        const status = step?.completedAt ? "delivered" : step ? "ongoing" : "planned";
        const entryStart = isoDay(step ? step.start : createdAt + 30 * dayMs);
        at("support", createdAt, async () => {
          const added = await addSupportEntry(db, adviser, {
            countryCode: country.code,
            agencyId: agencyIds.get(agency)!,
            countryStepId: stepId(country.code, support.step),
            kind: "technical",
            reference: reference(agency),
            title: support.title[language],
            description: say(supportDescription[language]),
            technicalCategory: category,
            status,
            startDate: entryStart,
            endDate: step?.completedAt ? isoDay(step.completedAt) : "",
            deliverables: support.deliverables[language],
          });
          entriesOfCountry.push({ id: added.id, agency, step: support.step, category });
        });
      }
    }
    for (const agency of country.funders) {
      const adviser = people.advisers.get(agency)!;
      const fundable = financialSupport.filter((support) => startedKeys.includes(support.step));
      for (const support of random.shuffled(fundable).slice(0, random.int(1, 2))) {
        const step = plan.steps.find((candidate) => candidate.key === support.step)!;
        const currency = random.chance(0.3) ? country.currency : agencyCurrencies[agency]!;
        const range = amountRanges[currency]!;
        const amount = Math.round((range.min + random.next() * (range.max - range.min)) / range.step) * range.step;
        const createdAt = moment(step.start + random.int(0, 40) * dayMs);
        const recent = end - createdAt < 45 * dayMs;
        at("support", createdAt, async () => {
          const added = await addSupportEntry(db, adviser, {
            countryCode: country.code,
            agencyId: agencyIds.get(agency)!,
            countryStepId: stepId(country.code, support.step),
            kind: "financial",
            reference: reference(agency),
            title: support.title[language],
            description: say(supportDescription[language]),
            status: step.completedAt ? "delivered" : "ongoing",
            startDate: isoDay(createdAt),
            endDate: "",
            deliverables: "",
            amount: String(amount),
            currency,
          });
          entriesOfCountry.push({ id: added.id, agency, step: support.step, category: null });
          // Recent entries wait for their first transaction, as they do in life.
          if (recent) return;
          for (const flow of transactionFlow(random, amount, range.step, createdAt, end)) {
            at("transaction", flow.at, async () => {
              await addSupportTransaction(db, adviser, { supportEntryId: added.id, type: flow.type, amount: String(flow.amount), occurredOn: isoDay(flow.at) });
            });
          }
        });
      }
    }

    // Needs: some answered by a partner's new entry, some still waiting.
    const needCandidates = needTexts.filter((need) => startedKeys.includes(need.step) || need.step === plan.nextKey);
    for (const need of random.shuffled(needCandidates).slice(0, random.int(2, 4))) {
      const step = plan.steps.find((candidate) => candidate.key === need.step);
      const createdAt = Math.min(moment(step ? step.start + random.int(5, 30) * dayMs : end - random.int(5, 50) * dayMs), plan.last);
      const answered = random.chance(0.55) && end - createdAt > 20 * dayMs;
      const range = amountRanges[country.currency]!;
      const estimate = Math.round((range.min + random.next() * (range.max - range.min) * 0.5) / range.step) * range.step;
      const description = say(need.description[language]);
      const priority = random.pick(["high", "medium", "medium", "low"] as const);
      const author = random.pick([memberA, memberB]);
      at("need", createdAt, async () => {
        const added = await addNeed(db, author, {
          countryCode: country.code,
          countryStepId: stepId(country.code, need.step),
          kind: need.kind,
          technicalCategory: need.category ?? "",
          description,
          estimateAmount: need.kind === "funding" ? String(estimate) : "",
          estimateCurrency: need.kind === "funding" ? country.currency : "",
          priority,
          idempotencyKey: drawUuid(random),
        });
        if (!answered) return;
        const agency = need.kind === "funding" ? random.pick(country.funders) : random.pick(country.partners);
        const answerAt = moment(createdAt + random.int(7, 20) * dayMs);
        at("support", answerAt, async () => {
          await addSupportEntry(db, people.advisers.get(agency)!, {
            countryCode: country.code,
            agencyId: agencyIds.get(agency)!,
            countryStepId: stepId(country.code, need.step),
            kind: need.kind === "funding" ? "financial" : "technical",
            reference: reference(agency),
            title: description,
            description: say(supportDescription[language]),
            technicalCategory: need.category ?? "",
            status: "planned",
            startDate: isoDay(answerAt + 30 * dayMs),
            endDate: "",
            deliverables: "",
            amount: need.kind === "funding" ? String(estimate) : "",
            currency: need.kind === "funding" ? country.currency : "",
            answersNeedId: added.id,
          });
        });
      });
    }

    // Trainings the working group attended, some funded through a capacity-building entry.
    for (let index = 0; index < random.int(1, 2); index++) {
      const course = random.pick(courses);
      const trainingStart = Math.min(start + random.int(60, 680) * dayMs, plan.last - (course.days + 10) * dayMs);
      const recordedAt = moment(Math.min(trainingStart + (course.days + random.int(3, 20)) * dayMs, plan.last - dayMs));
      const organisations = random.shuffled(country.organisations).slice(0, random.int(2, 4));
      const participants = organisations.map((organisation) => ({ organisation, women: random.int(0, 3), men: random.int(0, 3), unstated: 0 }));
      for (const row of participants) if (row.women + row.men === 0) row.women = 1;
      const funder = random.pick(["ILO", ...country.funders]);
      const withNames = random.chance(0.4);
      at("training", recordedAt, async () => {
        const entry = entriesOfCountry.find((candidate) => candidate.category === "training_capacity");
        await recordTraining(db, random.pick([memberA, memberB]), {
          countryCode: country.code,
          course: course.title[language],
          institutionId: institutionIds.get(course.institution)!,
          otherInstitution: "",
          startDate: isoDay(trainingStart),
          endDate: isoDay(trainingStart + (course.days - 1) * dayMs),
          fundingAgencyId: agencyIds.get(entry?.agency ?? funder)!,
          supportEntryId: entry?.id ?? "",
          participantNames: withNames ? [memberA.name, memberB.name].join("\n") : "",
          participants: participants.map((row) => ({ organisation: row.organisation, women: String(row.women), men: String(row.men), unstated: "0" })),
        });
      });
    }
  }

  // Experience write-ups, after the step they tell of, published a few days after they are drafted: the fourth of each five
  // to its country's working group only, the others to everyone; the coordinator features some.
  for (const [index, written] of demoExperiences.entries()) {
    const country = demoCountries.find((candidate) => candidate.code === written.countryCode)!;
    const plan = plans.get(country.code)!;
    const moment = momentIn(country);
    const step = plan.steps.find((candidate) => candidate.key === written.stepKey);
    const from = step?.completedAt ?? step?.lastActivity ?? end - 60 * dayMs;
    const writtenAt = moment(Math.min(from + random.int(15, 45) * dayMs, end - 3 * dayMs));
    const author = written.agency ? people.advisers.get(written.agency)! : people.members.get(written.countryCode)![0];
    at("experience", writtenAt, async () => {
      const { id } = await writeExperience(db, author, {
        countryCode: written.countryCode,
        stepKey: written.stepKey,
        agencyId: written.agency ? agencyIds.get(written.agency)! : "",
        language: written.language,
        ...written.text,
        contacts: [{ name: author.name, organisation: written.agency ?? country.ministry, email: author.email }],
        contactsConsent: "on",
      });
      const publishedAt = moment(writtenAt + random.int(1, 4) * dayMs);
      at("experience", publishedAt, async () => {
        const sharingLevel = index % 5 === 3 ? "country" : "all";
        await publishExperience(db, author, { experienceId: id, version: await versionOf("experiences", id), sharingLevel });
      });
      if (written.translation) {
        const translatedAt = moment(publishedAt + random.int(5, 20) * dayMs);
        const translation = written.translation;
        at("experience", translatedAt, async () => {
          await editExperience(db, author, {
            experienceId: id,
            version: await versionOf("experiences", id),
            language: translation.language,
            ...translation.text,
            contacts: [{ name: author.name, organisation: written.agency ?? country.ministry, email: author.email }],
            contactsConsent: "on",
          });
        });
      }
      if (written.featured) {
        const featuredAt = moment(publishedAt + random.int(25, 40) * dayMs);
        at("experience", featuredAt, async () => {
          await featureExperience(db, people.coordinator, { experienceId: id, featured: "true" });
        });
      }
    });
  }

  await runInOrder(schedule);
  await settleNotifications(tx);
  return summarize(tx);
}

/** Runs the story in time order; a change scheduled by another change joins the queue at its own moment. */
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

/**
 * Moves every row a demo person wrote since `freshFrom` (that is, by the change just made: whatever was written
 * before has already been moved into the past) back to `at`. One statement, whichever tables the change wrote.
 */
async function stampSince(tx: Transaction, freshFrom: string, at: number, tables: readonly StampedTable[]): Promise<void> {
  const when = sql`${new Date(at).toISOString()}::timestamptz`;
  const demo = sql`(select user_id from demo_people)`;
  const isFresh = (column: string) => sql`${sql.identifier(column)} >= ${freshFrom}::timestamptz`;
  const update = (table: string, columns: string[], writer: SQL) =>
    sql`update ${sql.identifier(table)} set ${sql.join(
      columns.map((column) => sql`${sql.identifier(column)} = case when ${isFresh(column)} then ${when} else ${sql.identifier(column)} end`),
      sql`, `,
    )} where (${sql.join(columns.map(isFresh), sql` or `)}) and ${writer} returning 1`;
  const updates = tables.map((table, index) => {
    const { columns, person } = stampedTables[table];
    const writer = person ? sql`${sql.identifier(person)} in ${demo}` : sql`experience_id in (select id from experiences where created_by_id in ${demo})`;
    return sql`${sql.identifier(`t${index}`)} as (${update(table, columns, writer)})`;
  });
  updates.push(sql`audit as (update audit_log set at = ${when} where at >= ${freshFrom}::timestamptz and actor_id in ${demo} returning 1)`);
  await tx.execute(sql`with ${sql.join(updates, sql`, `)} select 1`);
}

/** Sketch of a country's process: when it starts, each started step's days, the step that would come next. */
type CountryPlan = {
  first: number;
  /** The working group's last day of activity. */
  last: number;
  steps: { key: string; start: number; completedAt: number | null; lastActivity: number }[];
  nextKey: string | undefined;
};

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

type ReviewItem = { at: number; kind: "comment" | "changes"; answeredAfterDays: number | null; validatedAfterDays: number | null };

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

function pickShared(shared: { id: string; at: number }[], before: number) {
  const earlier = shared.filter((milestone) => milestone.at < before);
  return earlier[earlier.length - 1];
}

/** Pledge, commitment, disbursements in tranches and spending, as far as the dataset's last day reaches. */
function transactionFlow(random: Random, amount: number, step: number, from: number, end: number) {
  type Flow = { type: "pledged" | "committed" | "disbursed" | "spent"; amount: number; at: number };
  const flows: Flow[] = [];
  const rounded = (value: number) => Math.max(step, Math.round(value / step) * step);
  let at = from + random.int(3, 20) * dayMs;
  if (at >= end) return flows;
  flows.push({ type: "pledged", amount, at });
  at += random.int(20, 70) * dayMs;
  if (at >= end) return flows;
  const committed = random.chance(0.8) ? amount : rounded(amount * (0.7 + random.next() * 0.25));
  flows.push({ type: "committed", amount: committed, at });
  let disbursed = 0;
  for (let tranche = random.int(1, 2); tranche > 0; tranche--) {
    at += random.int(30, 120) * dayMs;
    if (at >= end) break;
    const left = committed - disbursed;
    const share = tranche === 1 ? left : rounded(left * (0.3 + random.next() * 0.3));
    if (share <= 0 || share > left) break;
    disbursed += share;
    flows.push({ type: "disbursed", amount: share, at });
    const spentAt = at + random.int(20, 60) * dayMs;
    if (spentAt < end && random.chance(0.5)) flows.push({ type: "spent", amount: rounded(share * (0.5 + random.next() * 0.45)), at: spentAt });
  }
  return flows.sort((a, b) => a.at - b.at);
}

function documentFile(kind: "pdf" | "docx", heading: string, language: DemoLanguage, country: DemoCountry, at: number): File {
  const lines = [`${country.capital}, ${isoDay(at)}`, ...documentLines[language]];
  const bytes = kind === "pdf" ? demoPdf(heading, lines) : demoDocx(heading, lines);
  const name = `${heading.slice(0, 60).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase()}.${kind}`;
  return new File([new Uint8Array(bytes)], name, { type: kind === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
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
async function createPeople(tx: Transaction, createdAt: number) {
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
  return { members, advisers, reviewer: byRole("reviewer"), coordinator: byRole("coordinator"), all: people };
}

/** Demo notices are never mailed; each person has read all but their three latest, so every bell has something to show. */
async function settleNotifications(tx: Transaction): Promise<void> {
  await tx.execute(sql`update notifications n set mailed_at = n.created_at,
      read_at = case when latest.rank > 3 then n.created_at + interval '1 day' else null end
    from (select id, row_number() over (partition by user_id order by created_at desc, kind, link) as rank
          from notifications where actor_id in (select user_id from demo_people)) latest
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
  };
}
