/**
 * Walks the whole permission table through the lib/ functions themselves: every action, every role, with
 * the target in the actor's own scope, in another scope, and for an actor with no role at all. Each action
 * has a probe that performs it for real; a new action without a probe fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/engine";
import { createPerson, createTestDatabase, type TestDatabase } from "@/db/testing";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { agencies } from "@/db/schema";
import { inviteUser } from "./accounts/invite-user";
import { listUsers } from "./accounts/list-users";
import type { Actor } from "./actor";
import { findAgency } from "./agencies/agency-record";
import { editAgency } from "./agencies/edit-agency";
import { editCountry, getCountryRecord } from "./countries/edit-country";
import { getCountryOverview } from "./countries/get-country-overview";
import { listCountries } from "./countries/list-countries";
import { queryCountries } from "./countries/query-countries";
import { AppError } from "./errors";
import { type Action, actions, can, roles, type Role } from "./permissions";

type Scope = { countryCode: string; agencyAcronym: string };
const ownScope: Scope = { countryCode: "BJ", agencyAcronym: "UNICEF" };
const otherScope: Scope = { countryCode: "TG", agencyAcronym: "ILO" };

/** Performs the action on a target in `scope`; resolves if allowed, throws FORBIDDEN if not. */
const probes: Record<Action, (db: Database, actor: Actor, scope: Scope) => Promise<unknown>> = {
  "country.read": (db, actor, scope) =>
    Promise.all([listCountries(db, actor, { locale: "en" }), getCountryOverview(db, actor, scope.countryCode), queryCountries(db, actor, {})]),
  // Saves the record as it stands: a real edit through every check, that leaves the seed's values alone.
  "country.manage": async (db, actor, scope) => {
    const country = (await getCountryRecord(db, scope.countryCode))!;
    return editCountry(db, actor, country);
  },
  "agency.manage": async (db, actor, scope) => {
    const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.acronym, scope.agencyAcronym));
    const agency = (await findAgency(db, row!.id))!;
    return editAgency(db, actor, agency);
  },
  "user.manage": (db, actor, scope) =>
    Promise.all([
      listUsers(db, actor),
      inviteUser(
        db,
        actor,
        { email: `probe-${randomUUID()}@example.org`, role: "working_group_member", countryCode: scope.countryCode, locale: "en" },
        { origin: "http://localhost", mailer: null },
      ),
    ]),
};

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
