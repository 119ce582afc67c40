/**
 * Search over the assessment matrix: gaps, issues and recommendations are found by what they say (statement and
 * details), under the matrix's sharing rule, without the withdrawn ones, and filtered by country.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { addAssessmentItem } from "@/lib/assessment/matrix/add-item";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import { shareAssessment } from "@/lib/assessment/matrix/share";
import { withdrawAssessmentItem } from "@/lib/assessment/matrix/withdraw-item";
import { createSchemeCast } from "@/lib/assessment/test-helpers";
import { useTestDatabase } from "@/lib/testing/database";
import { searchEverything } from "./search-everything";
import { markStart } from "./text-query";

// One word each, so that full-text search finds them whole.
const keptMarker = `zqkept${randomBytes(4).toString("hex")}`;
const sharedMarker = `zqshared${randomBytes(4).toString("hex")}`;

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
let kept: string;
let sharedGap: string;
let sharedRecommendation: string;
let withdrawn: string;

beforeAll(async () => {
  people = await createSchemeCast(database);
  const db = database.db;
  kept = (await addAssessmentItem(db, people.mozambique, { countryCode: "MZ", guarantee: "health", section: "policy_gap", statement: `Rural clinics charge user fees ${keptMarker}` })).id;
  sharedGap = (await addAssessmentItem(db, people.togo, { countryCode: "TG", guarantee: "children", section: "implementation_issue", statement: "Child grant paid late", details: `Payments arrive months late ${sharedMarker}` })).id;
  sharedRecommendation = (
    await addAssessmentItem(db, people.togo, {
      countryCode: "TG",
      guarantee: "children",
      section: "recommendation",
      statement: `Pay the child grant by mobile money ${sharedMarker}`,
      recommendationKind: "management",
      priority: "medium",
    })
  ).id;
  withdrawn = (await addAssessmentItem(db, people.togo, { countryCode: "TG", guarantee: "health", section: "policy_gap", statement: `Recorded twice ${sharedMarker}` })).id;
  await withdrawAssessmentItem(db, people.togo, { id: withdrawn, version: 1, reason: "Duplicate" });
  const { version } = await getAssessmentMatrix(db, people.togo, "TG");
  await shareAssessment(db, people.togo, { countryCode: "TG", version, sharingLevel: "all" });
});

async function hits(actor: Actor, input: Record<string, unknown>) {
  const { groups } = await searchEverything(database.db, actor, input, "en");
  return groups.find((group) => group.kind === "assessment")!;
}
const ids = async (actor: Actor, input: Record<string, unknown>) => (await hits(actor, input)).hits.map((hit) => hit.id).sort();

describe("searching the assessment matrix", () => {
  it("finds items by statement and details in a shared matrix, for everyone signed in, without the withdrawn ones", async () => {
    const expected = [sharedGap, sharedRecommendation].sort();
    for (const reader of [people.togo, people.mozambique, people.reviewer, people.adviser, people.coordinator]) {
      expect(await ids(reader, { q: sharedMarker })).toEqual(expected);
    }
    const group = await hits(people.reviewer, { q: sharedMarker, kind: "assessment" });
    expect(group).toMatchObject({ total: 2, applies: true });
    expect(group.hits.find((hit) => hit.id === sharedRecommendation)).toMatchObject({ countryCode: "TG", title: expect.stringContaining(markStart) });
    expect(group.hits.find((hit) => hit.id === sharedGap)?.excerpt).toContain(markStart);
  });

  it("finds an item of a matrix kept to its country only for its group and coordinators", async () => {
    for (const outsider of [people.togo, people.reviewer, people.adviser]) expect(await ids(outsider, { q: keptMarker })).toEqual([]);
    for (const insider of [people.mozambiqueColleague, people.coordinator]) expect(await ids(insider, { q: keptMarker })).toEqual([kept]);
  });

  it("applies the country filter, and says a step or a language does not apply", async () => {
    expect(await ids(people.coordinator, { q: sharedMarker, country: "MZ" })).toEqual([]);
    expect(await ids(people.coordinator, { q: sharedMarker, country: "tg" })).toHaveLength(2);
    expect(await hits(people.coordinator, { q: sharedMarker, language: "fr" })).toMatchObject({ applies: false, hits: [] });
    expect(await hits(people.coordinator, { q: sharedMarker, step: "assessment" })).toMatchObject({ applies: false, hits: [] });
  });
});
