/**
 * The review workflow on a real database: decisions and comments move the review state, edits send an item
 * back to review in the same transaction, every action is audited, and the people concerned are notified as
 * they chose.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assessmentItems, assessmentMatrices, auditLog, countrySteps, milestones, notifications } from "@/db/schema";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { loadShellFacts } from "@/lib/shell-facts";
import type { Actor } from "@/lib/actor";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { setNotificationPreference } from "@/lib/notifications/set-notification-preference";
import { addEvidence } from "@/lib/progress/add-evidence";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { createCast, createPerson, madeBeforeAll, stepOf, useTestDatabase } from "@/lib/testing/database";
import { commentOnReview } from "./comment-on-review";
import { decideReview } from "./decide-review";
import { getReviewThread } from "./get-review-thread";

const database = useTestDatabase();
/** What the shell's bell counts for a person. */
const bell = async (actor: Actor) => (await loadShellFacts(database.db, actor)).unreadNotifications;
const people = madeBeforeAll(() => createCast(database));

async function newMilestone(title: string) {
  const step = await stepOf(database.db, "BJ", "stakeholders");
  const { id } = await logMilestone(database.db, people.benin, { countryStepId: step.id, title, occurredOn: "2024-03-14", sharingLevel: "all" });
  return (await database.db.select().from(milestones).where(eq(milestones.id, id)))[0]!;
}

const stateOf = async (id: string) => (await database.db.select({ state: milestones.reviewState }).from(milestones).where(eq(milestones.id, id)))[0]!.state;

async function lastAudit(entityId: string) {
  const [row] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(desc(auditLog.id)).limit(1);
  return row!;
}

describe("reviewing a milestone", () => {
  it("refuses a request for changes without a reason, and writes nothing", async () => {
    const milestone = await newMilestone("Stakeholder map drafted");
    await expect(
      decideReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: milestone.id, version: milestone.version, decision: "changes_requested", reason: "  " }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { reason: "review.reasonRequired" } });
    expect(await stateOf(milestone.id)).toBeNull();
    expect((await getReviewThread(database.db, people.reviewer, { type: "milestone", id: milestone.id })).entries).toEqual([]);
  });

  it("requests changes, notifies the author, and the author's edit returns it to review, audited in the same transaction", async () => {
    const milestone = await newMilestone("Consultation with social partners");
    const before = await bell(people.benin);
    await decideReview(database.db, people.reviewer, {
      subjectType: "milestone",
      subjectId: milestone.id,
      version: milestone.version,
      decision: "changes_requested",
      reason: "Please name the organisations consulted.",
    });
    expect(await stateOf(milestone.id)).toBe("changes_requested");
    expect(await lastAudit(milestone.id)).toMatchObject({
      action: "review.decide",
      actorId: people.reviewer.userId,
      before: { reviewState: null },
      after: { reviewState: "changes_requested", reason: "Please name the organisations consulted." },
    });
    expect(await bell(people.benin)).toBe(before + 1);
    const [notice] = (await listNotifications(database.db, people.benin)).notices;
    expect(notice).toMatchObject({
      kind: "review_decision",
      actorName: "Rita Reviewer",
      link: `/countries/BJ/milestones/${milestone.id}#review`,
      params: { action: "changes_requested", subject: "Consultation with social partners", text: "Please name the organisations consulted." },
    });
    // The reviewer is not told of their own decision; a colleague who did not write the milestone is not either.
    expect(await bell(people.reviewer)).toBe(0);
    expect((await listNotifications(database.db, people.beninColleague)).notices).toHaveLength(0);

    await editMilestone(database.db, people.benin, {
      milestoneId: milestone.id,
      version: milestone.version,
      title: "Consultation with social partners",
      occurredOn: "2024-03-14",
      description: "With the CSTB trade union and the employers' council.",
    });
    expect(await stateOf(milestone.id)).toBe("in_review");
    expect(await lastAudit(milestone.id)).toMatchObject({ action: "review.state", before: { reviewState: "changes_requested" }, after: { reviewState: "in_review" } });
  });

  it("a working group's answer moves 'changes requested' back to review and notifies the reviewer; a validated item that gets evidence returns to review", async () => {
    const milestone = await newMilestone("Mapping workshop held");
    await decideReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: milestone.id, version: 1, decision: "changes_requested", reason: "Attach the minutes." });
    await commentOnReview(database.db, people.beninColleague, { subjectType: "milestone", subjectId: milestone.id, body: "The minutes are being signed." });
    expect(await stateOf(milestone.id)).toBe("in_review");
    const reviewerNotices = (await listNotifications(database.db, people.reviewer)).notices;
    expect(reviewerNotices[0]).toMatchObject({ kind: "review_comment", actorName: "Codjo Houngbo", params: { text: "The minutes are being signed." } });

    await decideReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: milestone.id, version: 1, decision: "validated" });
    expect(await stateOf(milestone.id)).toBe("validated");
    await addEvidence(database.db, people.benin, { milestoneId: milestone.id, links: [{ url: "https://example.org/minutes.pdf", title: "Minutes" }] });
    expect(await stateOf(milestone.id)).toBe("in_review");

    const thread = await getReviewThread(database.db, people.togo, { type: "milestone", id: milestone.id });
    expect(thread.entries.map((entry) => [entry.kind, entry.authorName])).toEqual([
      ["changes_requested", "Rita Reviewer"],
      ["comment", "Codjo Houngbo"],
      ["validated", "Rita Reviewer"],
    ]);
  });

  it("refuses a decision on a version the reviewer did not see, and anyone outside the policy", async () => {
    const milestone = await newMilestone("Second mapping workshop");
    await editMilestone(database.db, people.benin, { milestoneId: milestone.id, version: 1, title: "Second mapping workshop, Parakou", occurredOn: "2024-03-14" });
    await expect(
      decideReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: milestone.id, version: 1, decision: "validated" }),
    ).rejects.toMatchObject({ code: "CONFLICT", current: { version: 2 } });
    await expect(commentOnReview(database.db, people.togo, { subjectType: "milestone", subjectId: milestone.id, body: "Hello" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideReview(database.db, people.benin, { subjectType: "milestone", subjectId: milestone.id, version: 2, decision: "validated" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideReview(database.db, people.adviser, { subjectType: "milestone", subjectId: milestone.id, version: 2, decision: "validated" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // An adviser remarks (decision 1720) without deciding: the milestone is not put in review by it.
    await commentOnReview(database.db, people.adviser, { subjectType: "milestone", subjectId: milestone.id, body: "The ILO can share the RAP workbook." });
    expect(await stateOf(milestone.id)).toBeNull();
  });
});

describe("reviewing a step", () => {
  it("a reviewer's first comment puts the step in review; a validated step whose status changes returns to review; the group hears of it", async () => {
    const step = await stepOf(database.db, "BJ", "awareness");
    await commentOnReview(database.db, people.reviewer, { subjectType: "country_step", subjectId: step.id, body: "Which media campaigns are planned?" });
    const state = async () => (await database.db.select({ state: countrySteps.reviewState }).from(countrySteps).where(eq(countrySteps.id, step.id)))[0]!.state;
    expect(await state()).toBe("in_review");
    // A step belongs to its whole working group: both members hear of it.
    for (const member of [people.benin, people.beninColleague]) {
      expect((await listNotifications(database.db, member)).notices.some((notice) => notice.params.countryStepId === step.id)).toBe(true);
    }
    await decideReview(database.db, people.reviewer, { subjectType: "country_step", subjectId: step.id, version: step.version, decision: "validated" });
    expect(await state()).toBe("validated");
    await changeStepStatus(database.db, people.benin, { countryStepId: step.id, version: step.version, to: "in_progress" });
    expect(await state()).toBe("in_review");
    const audit = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "country_step"), eq(auditLog.entityId, step.id)))
      .orderBy(auditLog.id);
    expect(audit.map((row) => row.action)).toEqual(["review.comment", "review.state", "review.decide", "step.status", "review.state"]);
  });
});

describe("reviewing an assessment item", () => {
  it("works while several countries have a matrix, each read at its own sharing level", async () => {
    // Togo's matrix stays with its group; Benin's is shared, so the reviewer reads and decides on its items.
    await addAssessmentItem(database.db, people.togo, { countryCode: "TG", guarantee: "children", section: "policy_gap", statement: "No child benefit outside the formal sector" });
    const { id } = await addAssessmentItem(database.db, people.benin, {
      countryCode: "BJ",
      guarantee: "older_persons",
      section: "recommendation",
      statement: "Cost a social pension",
      recommendationKind: "benefit_coverage",
      priority: "medium",
    });
    const [matrix] = await database.db.select().from(assessmentMatrices).where(eq(assessmentMatrices.countryCode, "BJ"));
    await shareAssessment(database.db, people.benin, { countryCode: "BJ", version: matrix!.version, sharingLevel: "all" });
    await decideReview(database.db, people.reviewer, { subjectType: "assessment_item", subjectId: id, version: 1, decision: "changes_requested", reason: "Say which age." });
    const [item] = await database.db.select({ state: assessmentItems.reviewState }).from(assessmentItems).where(eq(assessmentItems.id, id));
    expect(item!.state).toBe("changes_requested");
    expect((await getReviewThread(database.db, people.reviewer, { type: "assessment_item", id })).entries).toHaveLength(1);
  });
});

describe("notification preferences", () => {
  it("a digest is listed by day and counts once the day is over; off writes nothing; marking read clears the bell", async () => {
    const member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    const step = await stepOf(database.db, "BJ", "policy_options");
    const log = async (title: string) => (await logMilestone(database.db, member, { countryStepId: step.id, title, occurredOn: "2024-01-01", sharingLevel: "all" })).id;

    await setNotificationPreference(database.db, member, { kind: "review_comment", delivery: "digest" });
    await setNotificationPreference(database.db, member, { kind: "review_decision", delivery: "off" });
    const first = await log("Options paper drafted");
    await commentOnReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: first, body: "Good start." });
    await decideReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: first, version: 1, decision: "validated" });

    let listed = await listNotifications(database.db, member);
    expect(listed.notices).toHaveLength(0);
    expect(listed.digests).toHaveLength(1);
    expect(listed.digests[0]!.items.map((item) => item.kind)).toEqual(["review_comment"]);
    expect(listed.preferences).toContainEqual({ kind: "review_decision", delivery: "off" });
    // Today's digest is still being gathered: the bell counts it from tomorrow.
    expect(await bell(member)).toBe(0);
    await database.db.update(notifications).set({ createdAt: sql`${notifications.createdAt} - interval '1 day'` }).where(eq(notifications.userId, member.userId));
    expect(await bell(member)).toBe(1);

    await setNotificationPreference(database.db, member, { kind: "review_comment", delivery: "immediate" });
    const second = await log("Options paper revised");
    await commentOnReview(database.db, people.reviewer, { subjectType: "milestone", subjectId: second, body: "Thank you." });
    expect(await bell(member)).toBe(2);
    listed = await listNotifications(database.db, member);
    await markNotificationsRead(database.db, member, { notificationId: listed.notices[0]!.id });
    expect(await bell(member)).toBe(1);
    await markNotificationsRead(database.db, member, {});
    expect(await bell(member)).toBe(0);
    // Nobody marks someone else's notices.
    expect((await markNotificationsRead(database.db, people.reviewer, { notificationId: listed.notices[0]!.id })).count).toBe(0);
  });
});
