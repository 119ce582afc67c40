/**
 * Items of an assessment matrix on the homes: a reviewer's comment puts a recommendation in their queue, a request
 * for changes puts it on the working group's list, and the working group's answer takes it back to the queue. A
 * matrix kept to its country reaches no reviewer's home.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { getHome } from "./get-home";
import type { HomeItemKind } from "./item-kinds";

const database = useTestDatabase();
let member: Actor;
let togo: Actor;
let reviewer: Actor;

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "GH" });
  togo = await createPerson(database, { role: "working_group_member", countryCode: "TG" });
  reviewer = await createPerson(database, { role: "reviewer" });
});

async function listed(actor: Actor, kind: HomeItemKind): Promise<string[]> {
  const home = await getHome(database.db, actor, {});
  return home.sections.flatMap((section) => section.lists).filter((list) => list.kind === kind).flatMap((list) => list.items.filter((item) => item.subject === "assessment_item").map((item) => item.id));
}

describe("assessment items on the homes", () => {
  it("moves a recommendation between the reviewer's queue and the working group's list as its review goes", async () => {
    const { db } = database;
    const { id } = await addAssessmentItem(db, member, { countryCode: "GH", guarantee: "older_persons", section: "recommendation", statement: "Index LEAP to inflation", recommendationKind: "benefit_coverage", priority: "high" });
    // Kept to Ghana: the reviewer reads nothing of it, on the home or elsewhere.
    await expect(commentOnReview(db, reviewer, { subjectType: "assessment_item", subjectId: id, body: "Which index?" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await shareAssessment(db, member, { countryCode: "GH", version: 1, sharingLevel: "all" });

    await commentOnReview(db, reviewer, { subjectType: "assessment_item", subjectId: id, body: "Which index?" });
    expect(await listed(reviewer, "awaitingReview")).toContain(id);
    expect(await listed(member, "changesRequested")).not.toContain(id);

    await decideReview(db, reviewer, { subjectType: "assessment_item", subjectId: id, version: 1, decision: "changes_requested", reason: "Name the index." });
    expect(await listed(reviewer, "awaitingReview")).not.toContain(id);
    const [item] = (await getHome(db, member, {})).sections.flatMap((section) => section.lists).flatMap((list) => list.items).filter((one) => one.id === id);
    expect(item).toMatchObject({ subject: "assessment_item", title: "Index LEAP to inflation", link: `/countries/GH/assessment/items/${id}#review` });
    expect(await listed(togo, "changesRequested")).not.toContain(id);

    await commentOnReview(db, member, { subjectType: "assessment_item", subjectId: id, body: "The consumer price index." });
    expect(await listed(member, "changesRequested")).not.toContain(id);
    expect(await listed(reviewer, "awaitingReview")).toContain(id);
  });
});
