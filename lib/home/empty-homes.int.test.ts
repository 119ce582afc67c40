/**
 * The empty home: once nothing waits for a reviewer or a coordinator, every list of their section is empty, which
 * is when the page says what to do first (components/home/home-sections.tsx). The seed starts with completed
 * steps nobody reviewed, none with evidence, and countries where nothing happened: each is answered here the way
 * people would answer it, then the home is read again. A file of its own: the other home tests fill the lists.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countrySteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { logMilestone } from "@/lib/progress/log-milestone";
import { decideReview } from "@/lib/review/decide-review";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { getHome, type HomeSection } from "./get-home";

const database = useTestDatabase();

async function listCounts(actor: Actor, role: HomeSection["role"]) {
  const section = (await getHome(database.db, actor, {})).sections.find((one) => one.role === role)!;
  return Object.fromEntries(section.lists.map((list) => [list.kind, list.count]));
}

const completedSteps = () => database.db.select().from(countrySteps).where(eq(countrySteps.status, "completed"));

describe("the empty home", () => {
  it("of a reviewer, once every completed step is reviewed and nothing is in review", async () => {
    const reviewer = await createPerson(database, { role: "reviewer" });
    const waiting = await listCounts(reviewer, "reviewer");
    expect(waiting.completedUnreviewed, "the seed's completed steps").toBeGreaterThan(0);

    for (const step of await completedSteps()) {
      await decideReview(database.db, reviewer, { subjectType: "country_step", subjectId: step.id, version: step.version, decision: "validated" });
    }
    expect(Object.values(await listCounts(reviewer, "reviewer"))).toEqual([0, 0]);
  });

  it("of a coordinator, once every country moved within 90 days and no data-quality flag is raised", async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    const before = await listCounts(coordinator, "coordinator");
    expect(before.quietCountries).toBeGreaterThan(0);
    expect(before.completedWithoutEvidence).toBeGreaterThan(0);

    // Evidence for each completed step, then a step of every country changes status today.
    for (const step of await completedSteps()) {
      await logMilestone(database.db, coordinator, {
        countryStepId: step.id,
        title: "Signed terms of reference",
        occurredOn: "2025-06-01",
        links: [{ url: "https://example.org/terms", title: "Terms of reference" }],
      });
    }
    await database.db.update(countrySteps).set({ statusChangedAt: new Date() });
    expect(Object.values(await listCounts(coordinator, "coordinator")).every((count) => count === 0)).toBe(true);
  });
});
