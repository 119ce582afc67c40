/**
 * Walks the whole permission table through the lib/ functions themselves: every action, every role, with
 * the target in the actor's own scope, in another scope, and for an actor with no role at all. Each action
 * has a probe that performs it for real; a new action without a probe fails here.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { costings, countrySteps, milestones } from "@/db/schema";
import { randomUUID } from "node:crypto";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { inviteUser } from "./accounts/invite-user";
import { listUsers } from "./accounts/list-users";
import { signOutEverywhere } from "./accounts/sign-out-everywhere";
import type { Actor } from "./actor";
import { findAgency } from "./agencies/agency-record";
import { editAgency } from "./agencies/edit-agency";
import { editCountry, getCountryRecord } from "./countries/edit-country";
import { getCountryOverview } from "./countries/get-country-overview";
import { listCountries, queryCountries } from "./countries/query-countries";
import { chooseFollowedCountries } from "./activity/choose-followed-countries";
import { listFollowChoices } from "./activity/followed-countries";
import { getActivityFeed } from "./activity/get-activity-feed";
import { AppError, forbidden } from "./errors";
import { featureExperience } from "./experiences/feature-experience";
import { publishExperience } from "./experiences/publish-experience";
import { writeExperience } from "./experiences/write-experience";
import { addResource } from "./library/add-resource";
import { getMilestone } from "./progress/get-milestone";
import { recordTraining } from "./trainings/record-training";
import { getProgressMatrix } from "./matrix/get-progress-matrix";
import { type Action, actions, can, roles, type Role } from "./permissions";
import { addNationalStep } from "./progress/add-national-step";
import { changeStepStatus } from "./progress/change-step-status";
import { deleteMilestone } from "./progress/delete-milestone";
import { editMilestone } from "./progress/edit-milestone";
import { logMilestone } from "./progress/log-milestone";
import { restoreMilestone } from "./progress/restore-milestone";
import { commentOnReview } from "./review/comment-on-review";
import { decideReview } from "./review/decide-review";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { setCostingFrame } from "@/lib/costing/data/set-frame";
import { addScheme } from "./assessment/add-scheme";
import { fundingProbes } from "./funding/permission-probes";
import { webhookProbes } from "./webhooks/permission-probes";
import { publicationProbes } from "./publication/permission-probes";
import { iatiImportProbes } from "./iati/import/permission-probes";
import { plansProbes } from "./plans/permission-probes";
import { resultsProbes } from "./results/permission-probes";
import { roundsProbes } from "./rounds/permission-probes";
import { secondFactorProbes } from "./second-factor/permission-probes";
import { addNeed } from "./support/add-need";
import { addSupportEntry } from "./support/add-support-entry";
import { answerNeed } from "./support/answer-need";
import { getCountrySupport, getCountrySupportSteps } from "./support/get-country-support";
import { listSupport } from "./support/list-support";
import { exportSupport } from "./reports/export-support";
import { frameworkFormValues } from "./framework/framework-form";
import { getFramework } from "./framework/get-framework";
import { getHome } from "./home/get-home";
import { publishFrameworkVersion } from "./framework/publish-framework-version";

/** A target's country and agency; "own" targets are also written by the actor, "other" ones by someone else. */
type Scope = { countryCode: string; agencyAcronym: string; own: boolean };
const ownScope: Scope = { countryCode: "BJ", agencyAcronym: "UNICEF", own: true };
const otherScope: Scope = { countryCode: "TG", agencyAcronym: "ILO", own: false };

/** A milestone made directly in the database, as the thing an action is then tried on (kept to its country unless shared). */
async function milestoneIn(db: Database, actor: Actor, scope: Scope, deleted = false, sharingLevel: "country" | "all" = "country") {
  const step = await stepOf(db, scope.countryCode, "awareness");
  const [row] = await db
    .insert(milestones)
    .values({
      countryCode: scope.countryCode,
      countryStepId: step.id,
      title: "Probe",
      occurredOn: "2024-01-01",
      authorId: scope.own ? actor.userId : someoneElse.userId,
      deletedAt: deleted ? new Date() : null,
      sharingLevel,
    })
    .returning();
  return row!;
}

/**
 * Several reads of one action: each must allow or refuse as the others do, so that one read refusing cannot hide
 * another allowing (Promise.all would reject on the first refusal).
 */
async function allAlike(reads: Promise<unknown>[]): Promise<unknown[]> {
  const settled = await Promise.allSettled(reads);
  const refused = settled.filter((result) => result.status === "rejected");
  if (refused.length === 0) return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value);
  if (refused.length < settled.length) throw new Error(`reads ${settled.map((result, index) => `${index}: ${result.status}`).join(", ")} of one action disagree`);
  throw refused[0]!.reason;
}

/** Performs the action on a target in `scope`; resolves if allowed, throws FORBIDDEN if not. */
const probes: Record<Action, (db: Database, actor: Actor, scope: Scope) => Promise<unknown>> = {
  "country.read": (db, actor, scope) =>
    allAlike([
      listCountries(db, actor, { locale: "en" }),
      getCountryOverview(db, actor, scope.countryCode),
      queryCountries(db, actor, {}),
      getProgressMatrix(db, actor, { region: "africa" }),
      getActivityFeed(db, actor, {}),
      listFollowChoices(db, actor),
      chooseFollowedCountries(db, actor, { countryCodes: [scope.countryCode] }),
    ]),
  // Saves the record as it stands: a real edit through every check, that leaves the seed's values alone.
  "country.manage": async (db, actor, scope) => {
    const country = (await getCountryRecord(db, scope.countryCode))!;
    return editCountry(db, actor, country);
  },
  "user.signOutEverywhere": async (db, actor) =>
    signOutEverywhere(db, actor, { userId: (await createPerson({ db }, { role: null })).userId, confirm: "on" }),
  "agency.manage": async (db, actor, scope) => {
    const agency = (await findAgency(db, await agencyIdOf(db, scope.agencyAcronym)))!;
    return editAgency(db, actor, agency);
  },
  "user.manage": (db, actor, scope) =>
    allAlike([
      listUsers(db, actor),
      inviteUser(
        db,
        actor,
        { email: `probe-${randomUUID()}@example.org`, role: "working_group_member", countryCode: scope.countryCode, locale: "en" },
        { origin: "http://localhost", mailer: null },
      ),
    ]),
  "milestone.log": async (db, actor, scope) =>
    logMilestone(db, actor, { countryStepId: (await stepOf(db, scope.countryCode, "awareness")).id, title: "Probe", occurredOn: "2024-01-01" }),
  "milestone.edit": async (db, actor, scope) => {
    const milestone = await milestoneIn(db, actor, scope);
    return editMilestone(db, actor, { milestoneId: milestone.id, version: milestone.version, title: "Probe, edited", occurredOn: "2024-01-02" });
  },
  "milestone.delete": async (db, actor, scope) => deleteMilestone(db, actor, { milestoneId: (await milestoneIn(db, actor, scope)).id }),
  "milestone.restore": async (db, actor, scope) => restoreMilestone(db, actor, { milestoneId: (await milestoneIn(db, actor, scope, true)).id }),
  "step.update": async (db, actor, scope) => {
    const step = await stepOf(db, scope.countryCode, "policy_options");
    return changeStepStatus(db, actor, { countryStepId: step.id, version: step.version, to: "in_progress" });
  },
  "step.tailor": (db, actor, scope) => addNationalStep(db, actor, { countryCode: scope.countryCode, title: "Probe step" }),
  "support.read": (db, actor, scope) =>
    allAlike([
      listSupport(db, actor, { country: scope.countryCode }, "en"),
      getCountrySupport(db, actor, scope.countryCode),
      getCountrySupportSteps(db, actor, scope.countryCode),
    ]),
  "support.write": async (db, actor, scope) => addSupportEntry(db, actor, await technicalEntry(db, scope)),
  "need.write": async (db, actor, scope) => addNeed(db, actor, await technicalNeed(db, scope)),
  "need.answer": async (db, actor, scope) => {
    const coordinator = await aCoordinator();
    const entry = await addSupportEntry(db, coordinator, await technicalEntry(db, scope));
    const need = await addNeed(db, coordinator, await technicalNeed(db, scope));
    return answerNeed(db, actor, { needId: need.id, supportEntryId: entry.id });
  },
  // The support export names both: an adviser's own agency, a working group's own country.
  // Publishes the latest version again, unchanged: a real version through every check.
  "framework.manage": async (db, actor) => {
    const { latest, steps } = await getFramework(db, actor);
    return publishFrameworkVersion(db, actor, frameworkFormValues(latest.number, steps));
  },
  "report.export": (db, actor, scope) => exportSupport(db, actor, { country: scope.countryCode, agency: scope.agencyAcronym }),
  // Reads a milestone kept to its country: one the actor may not read is not found, which is the refusal here.
  "milestone.readUnshared": async (db, actor, scope) => {
    const milestone = await milestoneIn(db, actor, scope);
    try {
      return await getMilestone(db, actor, { countryCode: scope.countryCode, milestoneId: milestone.id });
    } catch (error) {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? forbidden() : error;
    }
  },
  "resource.write": async (db, actor, scope) =>
    addResource(db, actor, { title: "Probe manual", kind: "manual", agencyIds: [await agencyIdOf(db, scope.agencyAcronym)], stepKeys: ["costing_financing"] }),
  "experience.write": async (db, actor, scope) => writeExperience(db, actor, await experienceInput(db, actor, scope)),
  "experience.feature": async (db, actor, scope) => {
    const coordinator = await aCoordinator();
    const written = await writeExperience(db, coordinator, await experienceInput(db, coordinator, scope));
    // Only a published write-up is featured; published to all, so that every role reads it and only the rule refuses.
    await publishExperience(db, coordinator, { experienceId: written.id, version: 1, sharingLevel: "all" });
    return featureExperience(db, actor, { experienceId: written.id, featured: "true" });
  },
  "training.write": async (db, actor, scope) =>
    recordTraining(db, actor, {
      countryCode: scope.countryCode,
      course: "Social protection financing",
      otherInstitution: "Probe institute",
      startDate: "2024-05-06",
      fundingAgencyId: await agencyIdOf(db, scope.agencyAcronym),
      participants: [{ organisation: "Ministry of Labour", women: "2", men: "1" }],
    }),
  "scheme.write": (db, actor, scope) =>
    addScheme(db, actor, { countryCode: scope.countryCode, nationalName: "Probe child grant", guarantees: ["children"], status: "in_force" }),
  "assessment.write": (db, actor, scope) =>
    addAssessmentItem(db, actor, { countryCode: scope.countryCode, guarantee: "children", section: "policy_gap", statement: "Probe gap: no child benefit" }),
  // Names the version it saw, so that each allowed probe changes the frame rather than conflicting with the last.
  "costing.write": async (db, actor, scope) => {
    const [current] = await db.select({ version: costings.version }).from(costings).where(eq(costings.countryCode, scope.countryCode));
    const version = current?.version ?? 0;
    return setCostingFrame(db, actor, { countryCode: scope.countryCode, version, baseYear: 2025, horizonYear: 2030 + (version % 10), currency: "XOF" });
  },
  ...resultsProbes(aCoordinator),
  ...roundsProbes(aCoordinator),
  ...plansProbes(),
  ...fundingProbes(),
  ...webhookProbes(),
  ...publicationProbes(),
  ...iatiImportProbes(),
  ...secondFactorProbes(),
  // Shared with all: a milestone kept to its country is not found by those who may not read it (decision 1120).
  "review.comment": async (db, actor, scope) =>
    commentOnReview(db, actor, { subjectType: "milestone", subjectId: (await milestoneIn(db, actor, scope, false, "all")).id, body: "Probe comment" }),
  "review.decide": async (db, actor, scope) => {
    const milestone = await milestoneIn(db, actor, scope, false, "all");
    return decideReview(db, actor, { subjectType: "milestone", subjectId: milestone.id, version: milestone.version, decision: "changes_requested", reason: "Probe" });
  },
  // The home reaches the target's country or agency through one of its sections, or it does not: then refused here.
  "home.read": async (db, actor, scope) => {
    const { sections } = await getHome(db, actor, {});
    const agencyId = await agencyIdOf(db, scope.agencyAcronym);
    const reached = sections.some(
      (section) => section.scope === "any" || section.scope.countryCodes.includes(scope.countryCode) || section.scope.agencyIds.includes(agencyId),
    );
    if (!reached) throw forbidden();
    return sections;
  },
};

/** An adviser writes for their agency (the scope's); a working group or a coordinator names none. */
async function experienceInput(db: Database, actor: Actor, scope: Scope) {
  const adviser = actor.memberships.some((membership) => membership.role === "agency_adviser");
  return {
    countryCode: scope.countryCode,
    stepKey: "costing_financing",
    agencyId: adviser ? await agencyIdOf(db, scope.agencyAcronym) : "",
    language: "en",
    title: "How we costed the options",
    whatWasDone: "We used the RAP.",
  };
}

async function technicalEntry(db: Database, scope: Scope) {
  return {
    countryCode: scope.countryCode,
    agencyId: await agencyIdOf(db, scope.agencyAcronym),
    kind: "technical",
    technicalCategory: "costing_modelling",
    title: "Costing model",
    status: "planned",
  };
}

async function technicalNeed(db: Database, scope: Scope) {
  const [step] = await db.select({ id: countrySteps.id }).from(countrySteps).where(eq(countrySteps.countryCode, scope.countryCode)).limit(1);
  return { countryCode: scope.countryCode, countryStepId: step!.id, kind: "technical", technicalCategory: "costing_modelling", description: "A costing model", priority: "high" };
}

let coordinatorForSetUp: Actor | undefined;
async function aCoordinator(): Promise<Actor> {
  coordinatorForSetUp ??= await createPerson(database, { role: "coordinator" });
  return coordinatorForSetUp;
}

const database = useTestDatabase();
let someoneElse: Actor;
const people = new Map<Role | null, Actor>();
beforeAll(async () => {
  someoneElse = await createPerson(database, { role: "coordinator" });
  for (const role of [...roles, null]) {
    const spec =
      role === "working_group_member"
        ? { role, countryCode: ownScope.countryCode }
        : role === "agency_adviser"
          ? { role, agencyAcronym: ownScope.agencyAcronym }
          : { role };
    people.set(role, await createPerson(database, spec));
  }
});

async function outcome(actor: Actor, action: Action, scope: Scope): Promise<"allowed" | "refused"> {
  try {
    await probes[action](database.db, actor, scope);
    return "allowed";
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return "refused";
    throw error;
  }
}

describe("the permission table, through lib/", () => {
  let cases = 0;
  afterAll(() => console.log(`permission walk: ${cases} cases`));

  for (const action of actions) {
    for (const role of [...roles, null]) {
      for (const [scopeName, scope] of [["own", ownScope], ["other", otherScope]] as const) {
        it(`${role ?? "no role"} · ${action} · ${scopeName} scope`, async () => {
          const actor = people.get(role)!;
          const agencyId = actor.memberships[0]?.agencyId ?? null;
          const target = {
            countryCode: scope.countryCode,
            agencyId: scopeName === "own" ? agencyId : "another-agency",
            authorId: scope.own ? actor.userId : someoneElse.userId,
          };
          const expected = can(actor, action, target) ? "allowed" : "refused";
          expect(await outcome(actor, action, scope)).toBe(expected);
          cases++;
        });
      }
    }
  }
});
