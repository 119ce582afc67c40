import { describe, expect, it } from "vitest";
import type { Actor, Membership } from "./actor";
import { type Action, actions, can, mayEverDo, type Role, roles, scopeOf } from "./permissions";

/**
 * The policy, stated a second time in plain words, so that a change to the table that nobody meant shows
 * up here: for each action, the roles allowed, and where.
 */
const policy: Record<Action, Partial<Record<Role, "anywhere" | "own country" | "own agency" | "own writing">>> = {
  "country.read": { coordinator: "anywhere", working_group_member: "anywhere", agency_adviser: "anywhere", reviewer: "anywhere" },
  "country.manage": { coordinator: "anywhere" },
  "agency.manage": { coordinator: "anywhere" },
  "user.manage": { coordinator: "anywhere" },
  "user.signOutEverywhere": { coordinator: "anywhere" },
  "milestone.log": { coordinator: "anywhere", working_group_member: "own country" },
  "milestone.edit": { coordinator: "anywhere", working_group_member: "own country" },
  "milestone.delete": { coordinator: "anywhere", working_group_member: "own country" },
  "milestone.restore": { coordinator: "anywhere", working_group_member: "own writing" },
  "step.update": { coordinator: "anywhere", working_group_member: "own country" },
  "step.tailor": { coordinator: "anywhere", working_group_member: "own country" },
  "support.read": { coordinator: "anywhere", working_group_member: "anywhere", agency_adviser: "anywhere", reviewer: "anywhere" },
  "support.write": { coordinator: "anywhere", agency_adviser: "own agency" },
  "need.write": { coordinator: "anywhere", working_group_member: "own country" },
  "need.answer": { coordinator: "anywhere", agency_adviser: "own agency" },
  "report.export": { coordinator: "anywhere", reviewer: "anywhere", working_group_member: "own country", agency_adviser: "own agency" },
  "framework.manage": { coordinator: "anywhere" },
  "exchangeRate.manage": { coordinator: "anywhere" },
  "settings.manage": { coordinator: "anywhere" },
  "milestone.readUnshared": { coordinator: "anywhere", working_group_member: "own country" },
  "resource.write": { coordinator: "anywhere", agency_adviser: "own agency" },
  "experience.write": { coordinator: "anywhere", working_group_member: "own country", agency_adviser: "own agency" },
  "experience.feature": { coordinator: "anywhere" },
  "training.write": { coordinator: "anywhere", working_group_member: "own country", agency_adviser: "own agency" },
  "scheme.write": { coordinator: "anywhere", working_group_member: "own country" },
  "assessment.write": { coordinator: "anywhere", working_group_member: "own country" },
  "costing.write": { coordinator: "anywhere", working_group_member: "own country" },
  "indicator.catalogue": { coordinator: "anywhere" },
  "results.write": { coordinator: "anywhere", working_group_member: "own country" },
  "results.propose": { agency_adviser: "anywhere" },
  "results.import": { coordinator: "anywhere" },
  "round.manage": { coordinator: "anywhere" },
  "report.write": { working_group_member: "own country" },
  "report.review": { coordinator: "anywhere", reviewer: "anywhere" },
  "period.reopen": { coordinator: "anywhere" },
  "support.importIati": { coordinator: "anywhere", agency_adviser: "own agency" },
  "plan.write": { coordinator: "anywhere", working_group_member: "own country" },
  "review.comment": { coordinator: "anywhere", reviewer: "anywhere", working_group_member: "own country", agency_adviser: "anywhere" },
  "review.decide": { coordinator: "anywhere", reviewer: "anywhere" },
  "home.read": { coordinator: "anywhere", working_group_member: "own country", agency_adviser: "own agency", reviewer: "anywhere" },
  "secondFactor.reset": { coordinator: "anywhere" },
  "webhook.manage": { coordinator: "anywhere", agency_adviser: "own agency" },
  "country.publish": { coordinator: "anywhere" },
};

/** "Own" is the actor's country and agency, and something the actor wrote; "other" is none of these. */
const own = { countryCode: "BJ", agencyId: "agency-unicef", authorId: "user-1" };
const other = { countryCode: "TG", agencyId: "agency-ilo", authorId: "user-2" };

function actorWith(role: Role | null): Actor {
  const memberships: Membership[] = role
    ? [
        {
          role,
          countryCode: role === "working_group_member" ? own.countryCode : null,
          agencyId: role === "agency_adviser" ? own.agencyId : null,
        },
      ]
    : [];
  return { userId: "user-1", email: "someone@example.org", name: "Someone", locale: null, memberships };
}

describe("the permission table", () => {
  it("states a policy for every action, and only for known actions", () => {
    expect(Object.keys(policy).sort()).toEqual([...actions].sort());
  });

  for (const action of actions) {
    for (const role of roles) {
      const rule = policy[action][role];
      it(`${role} ${rule ? `may ${action} ${rule}` : `may not ${action}`}`, () => {
        const actor = actorWith(role);
        expect(can(actor, action, own)).toBe(rule !== undefined);
        expect(can(actor, action, other)).toBe(rule === "anywhere");
      });
    }
    if (Object.values(policy[action]).includes("own writing")) {
      it(`${action} in the actor's own country is refused for what someone else wrote`, () => {
        const member = actorWith("working_group_member");
        expect(can(member, action, { ...own, authorId: "user-2" })).toBe(false);
        expect(can(member, action, { ...other, authorId: "user-1" })).toBe(false);
      });
    }
    it(`nobody without a role may ${action}`, () => {
      expect(can(actorWith(null), action, own)).toBe(false);
      expect(can(null, action, own)).toBe(false);
    });
  }
});

describe("whether a role may ever do an action, decided before a request's body is read", () => {
  for (const action of actions) {
    it(`${action}: only the roles the policy names, in some scope`, () => {
      for (const role of roles) expect(mayEverDo(actorWith(role), action)).toBe(policy[action][role] !== undefined);
      expect(mayEverDo(actorWith(null), action)).toBe(false);
      expect(mayEverDo(null, action)).toBe(false);
    });
  }
});

describe("a coordinator the installation requires to have a second factor, before they set one up", () => {
  it("may do nothing at all, anywhere", () => {
    const held = { ...actorWith("coordinator"), mustSetUpSecondFactor: true };
    for (const action of actions) {
      expect(can(held, action, own)).toBe(false);
      expect(mayEverDo(held, action)).toBe(false);
    }
    expect(scopeOf(held, "country.read")).toEqual({ countryCodes: [], agencyIds: [] });
  });
});
