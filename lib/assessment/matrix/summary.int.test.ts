/** The matrix's line on the country page: counts by section, the policy options, the latest version; nothing for an outsider of a kept matrix. */
import { describe, expect, it } from "vitest";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { addAssessmentItem } from "./add-item";
import { endorseAssessment } from "./endorse";
import { getAssessmentSummary } from "./summary";
import { nationalDialogue } from "./test-helpers";
import { withdrawAssessmentItem } from "./withdraw-item";

const database = useTestDatabase();

describe("the matrix's summary", () => {
  it("counts live items by section, endorsed recommendations as policy options, and names the latest version", async () => {
    const { db } = database;
    const member = await createPerson(database, { role: "working_group_member", countryCode: "KH" });
    const outsider = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
    const add = (section: "policy_gap" | "implementation_issue" | "recommendation", statement: string) =>
      addAssessmentItem(db, member, { countryCode: "KH", guarantee: "children", section, statement, recommendationKind: "benefit_coverage", priority: "high" });
    await add("policy_gap", "No child benefit");
    const withdrawn = await add("policy_gap", "Recorded twice");
    await withdrawAssessmentItem(db, member, { id: withdrawn.id, version: 1, reason: "Twice" });
    await add("implementation_issue", "Late payments");
    const endorsed = await add("recommendation", "Universal child benefit");
    await add("recommendation", "Birth registration");
    const milestone = await nationalDialogue(database, member, { countryCode: "KH", occurredOn: "2025-03-04" });
    await endorseAssessment(db, member, { countryCode: "KH", version: 6, milestoneId: milestone, recommendationIds: [endorsed.id] });

    expect(await getAssessmentSummary(db, member, "KH")).toEqual({
      readable: true,
      policyGaps: 1,
      implementationIssues: 1,
      recommendations: 2,
      policyOptions: 1,
      latestVersion: { number: 1, endorsedOn: "2025-03-04" },
    });
    expect(await getAssessmentSummary(db, outsider, "KH")).toMatchObject({ readable: false, recommendations: 0, latestVersion: null });
  });
});
