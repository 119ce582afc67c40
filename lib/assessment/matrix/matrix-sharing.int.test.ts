/**
 * The matrix's one sharing level, through every way in: a matrix kept to Mozambique is read, reviewed and told of
 * only by its group and coordinators; once shared, outsiders read it without the schemes kept to the country, in
 * the draft as in its endorsed versions. Plus the review workflow on an item and who hears of it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { chooseFollowedCountries } from "@/lib/activity/choose-followed-countries";
import { getActivityFeed } from "@/lib/activity/get-activity-feed";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { commentOnReview } from "@/lib/review/comment-on-review";
import { decideReview } from "@/lib/review/decide-review";
import { getReviewThread } from "@/lib/review/get-review-thread";
import { useTestDatabase } from "@/lib/testing/database";
import { addScheme } from "../add-scheme";
import { editScheme } from "../edit-scheme";
import { cashTransfer, createSchemeCast, fingerprintOf } from "../test-helpers";
import { addAssessmentItem } from "./add-item";
import { editAssessmentItem } from "./edit-item";
import { endorseAssessment } from "./endorse";
import { getEndorsementChoices } from "./endorsement-choices";
import { getAssessmentItem, listAssessmentItemHistory } from "./get-item";
import { getAssessmentMatrix } from "./get-matrix";
import { getAssessmentVersion } from "./get-version";
import { shareAssessment } from "./share";
import { editForm, itemRow, matrixVersion, nationalDialogue, policyGap, recommendation } from "./test-helpers";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let outsiders: Actor[];
let insiders: Actor[];
let gap: string;
let proposed: string;
let keptScheme: string;
let sharedScheme: string;
let laterKeptScheme: string;
beforeAll(async () => {
  people = await createSchemeCast(database);
  outsiders = [people.togo, people.adviser, people.reviewer];
  insiders = [people.mozambiqueColleague, people.coordinator];
  keptScheme = (await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Subsídio Reservado", guarantees: ["children"] }))).id;
  sharedScheme = (await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Bolsa Partilhada", guarantees: ["children"], sharingLevel: "all" }))).id;
  laterKeptScheme = (await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Apoio Retirado", guarantees: ["children"], sharingLevel: "all" }))).id;
  gap = (await addAssessmentItem(database.db, people.mozambique, policyGap())).id;
  proposed = (await addAssessmentItem(database.db, people.mozambique, recommendation())).id;
  const milestoneId = await nationalDialogue(database, people.mozambique);
  await endorseAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), milestoneId, recommendationIds: [proposed] });
  await chooseFollowedCountries(database.db, people.togo, { countryCodes: ["TG", "MZ"] });
});

const schemesIn = (blocks: { guarantee: string; schemes: { nationalName: string }[] }[]) => blocks.find((block) => block.guarantee === "children")!.schemes.map((scheme) => scheme.nationalName).sort();

describe("a matrix kept to Mozambique", () => {
  it("reads as kept, with nothing in it, to another country's member, an adviser and a reviewer", async () => {
    for (const outsider of outsiders) {
      const matrix = await getAssessmentMatrix(database.db, outsider, "MZ");
      expect(matrix).toMatchObject({ readable: false, sharingLevel: "country", itemCount: 0, versions: [], withdrawn: [], changedSinceEndorsed: null });
      expect(matrix.blocks.every((block) => block.schemes.length === 0 && Object.values(block.sections).every((items) => items.length === 0))).toBe(true);
      expect(JSON.stringify(matrix)).not.toContain("pilot provinces");
      await expect(getAssessmentItem(database.db, outsider, gap)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listAssessmentItemHistory(database.db, outsider, { itemId: gap })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAssessmentVersion(database.db, outsider, "MZ", "1")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getReviewThread(database.db, outsider, { type: "assessment_item", id: gap })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getEndorsementChoices(database.db, outsider, "MZ")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const insider of insiders) {
      const matrix = await getAssessmentMatrix(database.db, insider, "MZ");
      expect(matrix).toMatchObject({ readable: true, itemCount: 2, changedSinceEndorsed: false });
      expect(schemesIn(matrix.blocks)).toEqual(["Apoio Retirado", "Bolsa Partilhada", "Subsídio Reservado"]);
      expect((await getAssessmentItem(database.db, insider, proposed)).status).toBe("endorsed");
      expect(schemesIn((await getAssessmentVersion(database.db, insider, "MZ", 1)).blocks)).toHaveLength(3);
    }
  });

  it("cannot be commented on or decided from outside, and nothing changes", async () => {
    const before = await fingerprintOf(database);
    for (const outsider of outsiders) {
      await expect(commentOnReview(database.db, outsider, { subjectType: "assessment_item", subjectId: gap, body: "A remark" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const decider of [people.reviewer, people.adviser]) {
      await expect(decideReview(database.db, decider, { subjectType: "assessment_item", subjectId: gap, version: 1, decision: "validated" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("once shared", () => {
  beforeAll(async () => {
    await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), sharingLevel: "all" });
  });

  it("outsiders read it, without the schemes kept to the country, in the draft and in its versions", async () => {
    for (const outsider of outsiders) {
      const matrix = await getAssessmentMatrix(database.db, outsider, "MZ");
      expect(matrix).toMatchObject({ readable: true, sharingLevel: "all", itemCount: 2, withdrawn: [] });
      expect(schemesIn(matrix.blocks)).toEqual(["Apoio Retirado", "Bolsa Partilhada"]);
      expect(JSON.stringify(matrix)).not.toContain("Subsídio Reservado");
      expect((await getAssessmentItem(database.db, outsider, gap)).statement).toBe("No child benefit outside the four pilot provinces");
      expect((await listAssessmentItemHistory(database.db, outsider, { itemId: gap })).rows.map((entry) => entry.action)).toEqual(["assessment.add"]);
      const version = await getAssessmentVersion(database.db, outsider, "MZ", "1");
      expect(schemesIn(version.blocks)).toEqual(["Apoio Retirado", "Bolsa Partilhada"]);
      expect(JSON.stringify(version)).not.toContain(keptScheme);
    }
  });

  it("a scheme kept to its country after an endorsement is left out of that version for outsiders too", async () => {
    await editScheme(database.db, people.mozambique, { ...cashTransfer({ nationalName: "Apoio Retirado", guarantees: ["children"], sharingLevel: "country" }), id: laterKeptScheme, version: 1 });
    for (const outsider of outsiders) {
      expect(schemesIn((await getAssessmentMatrix(database.db, outsider, "MZ")).blocks)).toEqual(["Bolsa Partilhada"]);
      const version = await getAssessmentVersion(database.db, outsider, "MZ", "1");
      expect(schemesIn(version.blocks)).toEqual(["Bolsa Partilhada"]);
      expect(JSON.stringify(version)).not.toContain(laterKeptScheme);
      expect(JSON.stringify(version)).toContain(sharedScheme);
    }
    expect(schemesIn((await getAssessmentVersion(database.db, people.coordinator, "MZ", "1")).blocks)).toEqual(["Apoio Retirado", "Bolsa Partilhada", "Subsídio Reservado"]);
  });

  it("reviews an item: changes requested, the group's answer back in review, an adviser's remark leaves it, an edit reopens a validated one", async () => {
    const subject = { subjectType: "assessment_item" as const, subjectId: proposed };
    const state = async () => (await itemRow(database, proposed)).reviewState;
    await expect(commentOnReview(database.db, people.togo, { ...subject, body: "Togo did the same" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideReview(database.db, people.reviewer, { ...subject, version: 1, decision: "changes_requested", reason: "Say which provinces come first." });
    expect(await state()).toBe("changes_requested");
    const [notice] = (await listNotifications(database.db, people.mozambiqueColleague)).notices;
    expect(notice).toMatchObject({ kind: "review_decision", link: `/countries/MZ/assessment/items/${proposed}#review`, params: { subjectType: "assessment_item", subject: "Extend the child grant (0–2 years) nationwide by 2030" } });

    await commentOnReview(database.db, people.adviser, { ...subject, body: "UNICEF costed a similar phasing in Malawi." });
    expect(await state()).toBe("changes_requested");
    await commentOnReview(database.db, people.mozambique, { ...subject, body: "Nampula and Zambézia first, then the north." });
    expect(await state()).toBe("in_review");
    expect((await listNotifications(database.db, people.reviewer)).notices[0]).toMatchObject({ kind: "review_comment", link: `/countries/MZ/assessment/items/${proposed}#review` });
    await decideReview(database.db, people.reviewer, { ...subject, version: 1, decision: "validated" });
    expect(await state()).toBe("validated");
    await editAssessmentItem(database.db, people.mozambique, editForm(await itemRow(database, proposed), { details: "Nampula and Zambézia in 2027, the north in 2029." }));
    expect(await state()).toBe("in_review");
    await expect(decideReview(database.db, people.reviewer, { ...subject, version: 1, decision: "validated" })).rejects.toMatchObject({ code: "CONFLICT", current: { version: 2 } });
    const thread = await getReviewThread(database.db, people.togo, { type: "assessment_item", id: proposed });
    expect(thread.entries.map((entry) => entry.kind)).toEqual(["changes_requested", "comment", "comment", "validated"]);
  });

  it("kept again, it leaves the activity feed and the notices of those outside the country", async () => {
    const feedLinks = async (actor: Actor) => (await getActivityFeed(database.db, actor, {})).entries.filter((entry) => entry.link.includes("/assessment/"));
    expect((await feedLinks(people.togo)).length).toBeGreaterThan(0);
    await shareAssessment(database.db, people.mozambique, { countryCode: "MZ", version: await matrixVersion(database), sharingLevel: "country" });
    expect(await feedLinks(people.togo)).toEqual([]);
    const [entry] = await feedLinks(people.mozambique);
    expect(entry).toMatchObject({ link: `/countries/MZ/assessment/items/${proposed}`, subject: "Extend the child grant (0–2 years) nationwide by 2030" });

    const before = (await listNotifications(database.db, people.reviewer)).notices.length;
    const adviserBefore = (await listNotifications(database.db, people.adviser)).notices.length;
    await commentOnReview(database.db, people.mozambique, { subjectType: "assessment_item", subjectId: proposed, body: "Revised after the budget hearing." });
    expect((await listNotifications(database.db, people.reviewer)).notices).toHaveLength(before);
    expect((await listNotifications(database.db, people.adviser)).notices).toHaveLength(adviserBefore);
  });
});
