import { describe, expect, it } from "vitest";
import type { Actor, Membership } from "@/lib/actor";
import { evidenceMessages, noMilestonesMessage } from "./step-wording";

const actor = (...memberships: Membership[]): Actor => ({ userId: "u", email: "u@example.org", name: "U", locale: null, memberships });
const member = actor({ role: "working_group_member", countryCode: "BJ", agencyId: null });
const otherMember = actor({ role: "working_group_member", countryCode: "TG", agencyId: null });
const reviewer = actor({ role: "reviewer", countryCode: null, agencyId: null });
const adviser = actor({ role: "agency_adviser", countryCode: null, agencyId: "agency-unicef" });
const coordinator = actor({ role: "coordinator", countryCode: null, agencyId: null });

const step = (status: "not_started" | "in_progress" | "completed" | "not_applicable", requiresEvidence = true) => ({ countryCode: "BJ", status, requiresEvidence });

describe("a step with no milestones", () => {
  it("asks its working group and the coordinators to log the first one", () => {
    expect(noMilestonesMessage(member, "BJ")).toBe("noMilestones");
    expect(noMilestonesMessage(coordinator, "BJ")).toBe("noMilestones");
  });

  it("tells everyone else that none is shared with them, never that none exists", () => {
    for (const reader of [otherMember, reviewer, adviser]) expect(noMilestonesMessage(reader, "BJ")).toBe("noMilestonesShared");
  });
});

describe("a step's evidence", () => {
  it("states the rule to the working group while the step is open and has none", () => {
    expect(evidenceMessages(member, step("in_progress"), 0)).toEqual({ count: "evidenceSoFar", rule: "evidenceRequired" });
    expect(evidenceMessages(member, step("not_started"), 0)).toEqual({ count: "evidenceSoFar", rule: "evidenceRequired" });
  });

  it("drops the rule once the working group has evidence, and for a step without the rule", () => {
    expect(evidenceMessages(member, step("in_progress"), 2)).toEqual({ count: "evidenceSoFar", rule: null });
    expect(evidenceMessages(member, step("in_progress", false), 0)).toEqual({ count: "evidenceSoFar", rule: null });
  });

  it("says what a completed or not applicable step holds, without asking for more", () => {
    expect(evidenceMessages(member, step("completed"), 3)).toEqual({ count: "evidenceOfStep", rule: null });
    expect(evidenceMessages(coordinator, step("completed"), 0)).toEqual({ count: "evidenceOfStep", rule: null });
    expect(evidenceMessages(member, step("not_applicable"), 0)).toEqual({ count: "evidenceOfStep", rule: null });
  });

  it("counts for an outsider only what is shared with them, and states the rule while the step is open", () => {
    expect(evidenceMessages(reviewer, step("in_progress"), 1)).toEqual({ count: "evidenceShared", rule: "evidenceRequired" });
    expect(evidenceMessages(otherMember, step("completed"), 0)).toEqual({ count: "evidenceShared", rule: null });
  });
});
