/** Issue 23: a step's history, a country's timeline and the activity feed, a counted page at a time. */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { activityPageSize, getActivityFeed } from "@/lib/activity/get-activity-feed";
import { maxPageNumber } from "@/lib/paging";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { getCountryTimeline, timelinePageSize } from "./get-country-timeline";
import { historyPageSize, listStepHistory } from "./list-history";
import { logMilestone } from "./log-milestone";

const database = useTestDatabase();
let member: Actor;
let reviewer: Actor;
let stepId: string;

/** 62 milestones on one step of Nepal: 55 shared with all, the 7 of every eighth day kept to the working group. */
const logged = 62;
const keptToCountry = (index: number) => index % 8 === 0;
const shared = Array.from({ length: logged }, (_, index) => index + 1).filter((index) => !keptToCountry(index)).length;
const day = (index: number) => new Date(Date.UTC(2021, 0, index)).toISOString().slice(0, 10);

beforeAll(async () => {
  member = await createPerson(database, { role: "working_group_member", countryCode: "NP", name: "Sita Gurung" });
  reviewer = await createPerson(database, { role: "reviewer" });
  stepId = (await stepOf(database.db, "NP", "costing_financing")).id;
  for (let index = 1; index <= logged; index++) {
    await logMilestone(database.db, member, {
      countryStepId: stepId,
      title: `Meeting ${index}`,
      occurredOn: day(index),
      sharingLevel: keptToCountry(index) ? "country" : "all",
    });
  }
}, 120_000);

describe("a step's history", () => {
  it("shows the newest 20 of all its entries, then the next 20, and the rest on the last page", async () => {
    const history = (page?: unknown) => listStepHistory(database.db, member, { countryCode: "NP", countryStepId: stepId, page });
    const first = await history();
    expect(first).toMatchObject({ total: logged, page: 1, pageSize: historyPageSize, pageCount: 4 });
    expect(first.rows.map((entry) => entry.subject)).toEqual(Array.from({ length: 20 }, (_, index) => `Meeting ${logged - index}`));
    const second = await history("2");
    expect(second.rows[0]?.subject).toBe(`Meeting ${logged - 20}`);
    const last = await history(4);
    expect(last.rows.map((entry) => entry.subject)).toEqual(["Meeting 2", "Meeting 1"]);
    const everyPage = (await Promise.all([1, 2, 3, 4].map((page) => history(page)))).flatMap((page) => page.rows.map((entry) => entry.id));
    expect(new Set(everyPage).size).toBe(logged);
  });

  it("answers a page past the last with the last, and a page that is no page number with the first", async () => {
    const history = (page: unknown) => listStepHistory(database.db, member, { countryCode: "NP", countryStepId: stepId, page });
    expect(await history(99)).toMatchObject({ page: 4 });
    for (const page of ["0", "-3", "two", "1.5", String(maxPageNumber + 1), ["3", "1"], "1e3000"]) {
      expect((await history(page)).page, JSON.stringify(page)).toBe(Array.isArray(page) ? 3 : 1);
    }
  });

  it("neither shows nor counts for a reviewer the milestones kept to the working group", async () => {
    const first = await listStepHistory(database.db, reviewer, { countryCode: "NP", countryStepId: stepId });
    expect(first.total).toBe(shared);
    expect(first.pageCount).toBe(Math.ceil(shared / historyPageSize));
    const last = await listStepHistory(database.db, reviewer, { countryCode: "NP", countryStepId: stepId, page: first.pageCount });
    expect(last.rows).toHaveLength(shared - (first.pageCount - 1) * historyPageSize);
    expect(last.rows.every((entry) => !keptToCountry(Number(entry.subject?.split(" ")[1])))).toBe(true);
  });
});

describe("a country's timeline", () => {
  it("shows 50 entries a page, newest day first, with the exact total for each reader", async () => {
    const first = await getCountryTimeline(database.db, member, "np");
    expect(first).toMatchObject({ total: logged, page: 1, pageSize: timelinePageSize, pageCount: 2 });
    expect(first.entries).toHaveLength(timelinePageSize);
    expect(first.entries[0]).toMatchObject({ kind: "milestone", title: `Meeting ${logged}`, date: day(logged), who: "Sita Gurung", stepId });
    const second = await getCountryTimeline(database.db, member, "NP", { page: "2" });
    expect(second.entries.map((entry) => entry.date)).toEqual(Array.from({ length: logged - timelinePageSize }, (_, index) => day(logged - timelinePageSize - index)));

    const forReviewer = await getCountryTimeline(database.db, reviewer, "NP", { page: 2 });
    expect(forReviewer).toMatchObject({ total: shared, page: 2 });
    expect(forReviewer.entries).toHaveLength(shared - timelinePageSize);
    expect(await getCountryTimeline(database.db, reviewer, "NP", { page: 7 })).toMatchObject({ page: 2 });
  });
});

describe("the activity feed", () => {
  it("says where each page stands in the whole feed, counting only what the reader may see", async () => {
    const newest = await getActivityFeed(database.db, member, {});
    expect(newest).toMatchObject({ followed: ["NP"], total: logged, more: false, from: 1 });
    expect(newest.entries).toHaveLength(activityPageSize);
    const older = await getActivityFeed(database.db, member, { before: newest.nextBefore });
    expect(older).toMatchObject({ total: logged, more: false, from: activityPageSize + 1, nextBefore: null });
    expect(older.entries).toHaveLength(logged - activityPageSize);

    // Counted only so far, the feed says "more than", and where a page lies beyond that, only that it does.
    const counted = (before: number | null, countLimit: number) => getActivityFeed(database.db, member, before ? { before } : {}, { countLimit });
    expect(await counted(null, logged - 1)).toMatchObject({ total: logged - 1, more: true, from: 1 });
    expect(await counted(null, logged)).toMatchObject({ total: logged, more: false, from: 1 });
    expect(await counted(newest.nextBefore, activityPageSize)).toMatchObject({ from: activityPageSize + 1, more: true });
    expect(await counted(newest.nextBefore, activityPageSize - 1)).toMatchObject({ from: null, more: true, total: activityPageSize - 1 });
    expect((await counted(newest.nextBefore, activityPageSize - 1)).entries).toEqual(older.entries);

    const reviewerFeed = await getActivityFeed(database.db, reviewer, {});
    const nepal = reviewerFeed.entries.filter((entry) => entry.countryCode === "NP");
    expect(nepal).toHaveLength(Math.min(shared, activityPageSize));
    expect(reviewerFeed.total).toBeGreaterThanOrEqual(shared);
    expect(nepal.some((entry) => keptToCountry(Number(entry.subject?.split(" ")[1])))).toBe(false);
  });

  it("neither shows nor counts, for a reader who sees every milestone, the entry of a milestone no longer in the table", async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    const feed = () => getActivityFeed(database.db, coordinator, {}, { countLimit: logged + 10 });
    const before = await feed();
    expect(before).toMatchObject({ total: logged, more: false });
    // The newest entry of the log, naming a milestone that is not there (removed outright, not withdrawn).
    await database.db.insert(auditLog).values({ action: "milestone.edit", entityType: "milestone", entityId: randomUUID(), countryCode: "NP", after: { title: "Gone" } });
    const after = await feed();
    expect(after).toMatchObject({ total: logged, more: false, from: 1, nextBefore: before.nextBefore });
    expect(after.entries.map((entry) => entry.id)).toEqual(before.entries.map((entry) => entry.id));
  });
});
