/**
 * Walks the whole permission table through the lib/ functions themselves: every action, every role, with
 * the target in the actor's own scope, in another scope, and for an actor with no role at all. Each action
 * has a probe that performs it for real; a new action without a probe fails here.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { agencies, countrySteps } from "@/db/schema";
import { createPerson, createTestDatabase, type TestDatabase } from "@/db/testing";
import { listUsers } from "./accounts/list-users";
import type { Actor } from "./actor";
import { getCountryOverview } from "./countries/get-country-overview";
import { listCountries } from "./countries/list-countries";
import { AppError } from "./errors";
import { type Action, actions, can, roles, type Role } from "./permissions";
import { addNeed } from "./support/add-need";
import { addSupportEntry } from "./support/add-support-entry";
import { answerNeed } from "./support/answer-need";
import { getCountrySupport } from "./support/get-country-support";
import { listSupport } from "./support/list-support";

type Scope = { countryCode: string; agencyAcronym: string };
const ownScope: Scope = { countryCode: "BJ", agencyAcronym: "UNICEF" };
const otherScope: Scope = { countryCode: "TG", agencyAcronym: "ILO" };

/** Performs the action on a target in `scope`; resolves if allowed, throws FORBIDDEN if not. */
const probes: Record<Action, (db: Database, actor: Actor, scope: Scope) => Promise<unknown>> = {
  "country.read": (db, actor, scope) =>
    Promise.all([listCountries(db, actor, { locale: "en" }), getCountryOverview(db, actor, scope.countryCode)]),
  "user.manage": (db, actor) => listUsers(db, actor),
  "support.read": (db, actor, scope) =>
    Promise.all([listSupport(db, actor, { country: scope.countryCode }, "en"), getCountrySupport(db, actor, scope.countryCode)]),
  "support.write": async (db, actor, scope) => addSupportEntry(db, actor, await technicalEntry(db, scope)),
  "need.write": async (db, actor, scope) => addNeed(db, actor, await technicalNeed(db, scope)),
  "need.answer": async (db, actor, scope) => {
    const coordinator = await aCoordinator();
    const entry = await addSupportEntry(db, coordinator, await technicalEntry(db, scope));
    const need = await addNeed(db, coordinator, await technicalNeed(db, scope));
    return answerNeed(db, actor, { needId: need.id, supportEntryId: entry.id });
  },
};

async function technicalEntry(db: Database, scope: Scope) {
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.acronym, scope.agencyAcronym));
  return {
    countryCode: scope.countryCode,
    agencyId: agency!.id,
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

let database: TestDatabase;
const people = new Map<Role | null, Actor>();
beforeAll(async () => {
  database = await createTestDatabase();
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
afterAll(() => database.drop());

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
          const target = { countryCode: scope.countryCode, agencyId: scopeName === "own" ? agencyId : "another-agency" };
          const expected = can(actor, action, target) ? "allowed" : "refused";
          expect(await outcome(actor, action, scope)).toBe(expected);
          cases++;
        });
      }
    }
  }
});
