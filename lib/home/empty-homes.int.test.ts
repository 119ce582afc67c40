/**
 * The empty home: once nothing waits for a reviewer or a coordinator, every list of their section is empty, which
 * is when the page says what to do first (components/home/home-sections.tsx). Each starts with something waiting,
 * answered the way people answer it, then the home is read again. A file of its own, on its own database: the
 * other home tests fill the lists.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countrySteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { decideReview } from "@/lib/review/decide-review";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { getHome, type HomeSection } from "./get-home";

const database = useTestDatabase();

async function listCounts(actor: Actor, role: HomeSection["role"]) {
  const section = (await getHome(database.db, actor, {})).sections.find((one) => one.role === role)!;
  return Object.fromEntries(section.lists.map((list) => [list.kind, list.count]));
}

describe("the empty home", () => {
  it("of a reviewer, once the completed step is reviewed and nothing is in review", async () => {
    const reviewer = await createPerson(database, { role: "reviewer" });
    const step = await stepOf(database.db, "KH", "awareness");
    await database.db.update(countrySteps).set({ status: "completed", statusChangedAt: new Date() }).where(eq(countrySteps.id, step.id));
    expect(await listCounts(reviewer, "reviewer")).toEqual({ awaitingReview: 0, completedUnreviewed: 1 });

    await decideReview(database.db, reviewer, { subjectType: "country_step", subjectId: step.id, version: step.version, decision: "validated" });
    expect(await listCounts(reviewer, "reviewer")).toEqual({ awaitingReview: 0, completedUnreviewed: 0 });
  });

  it("of a coordinator, once every country moved within 90 days and no data-quality flag is raised", async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    expect((await listCounts(coordinator, "coordinator")).quietCountries, "countries where nothing happened").toBeGreaterThan(0);

    // A step of every country moves today; none is completed, so none lacks its evidence.
    await database.db.update(countrySteps).set({ status: "in_progress", statusChangedAt: new Date() });
    expect(Object.values(await listCounts(coordinator, "coordinator")).every((count) => count === 0)).toBe(true);
  });
});
