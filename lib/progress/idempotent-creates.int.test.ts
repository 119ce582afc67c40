import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, evidence, milestones, supportNeeds } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addNeed } from "@/lib/support/add-need";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { logMilestone } from "./log-milestone";

const database = useTestDatabase();
let benin: Actor;
let beninColleague: Actor;

beforeAll(async () => {
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  beninColleague = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
});

const milestone = async (idempotencyKey: string, title = "Validation workshop held") => ({
  countryStepId: (await stepOf(database.db, "BJ", "assessment")).id,
  countryCode: "BJ",
  title,
  occurredOn: "2025-02-03",
  links: [{ url: "https://example.org/atelier", title: "Workshop report" }],
  idempotencyKey,
});

const need = async (idempotencyKey: string, description = "Actuarial model of the options") => ({
  countryCode: "BJ",
  countryStepId: (await stepOf(database.db, "BJ", "costing_financing")).id,
  kind: "technical",
  technicalCategory: "costing_modelling",
  description,
  priority: "high",
  idempotencyKey,
});

const counted = async (table: typeof milestones | typeof supportNeeds | typeof evidence | typeof auditLog) =>
  (await database.db.select({ total: count() }).from(table))[0]!.total;

describe("a milestone logged twice with the same key", () => {
  it("returns the first milestone and writes nothing more, even when the second differs", async () => {
    const key = randomUUID();
    const first = await logMilestone(database.db, benin, await milestone(key));
    const before = { milestones: await counted(milestones), evidence: await counted(evidence), audit: await counted(auditLog) };

    const again = await logMilestone(database.db, benin, await milestone(key, "A different title sent with the same key"));

    expect(again).toEqual(first);
    expect({ milestones: await counted(milestones), evidence: await counted(evidence), audit: await counted(auditLog) }).toEqual(before);
    const [row] = await database.db.select().from(milestones).where(eq(milestones.id, first.id));
    expect(row!.title).toBe("Validation workshop held");
  });

  it("records one milestone when several creates with the same key arrive at once", async () => {
    const key = randomUUID();
    const input = await milestone(key, "Sent five times at once");
    const results = await Promise.all(Array.from({ length: 5 }, () => logMilestone(database.db, benin, input)));

    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    const rows = await database.db.select().from(milestones).where(eq(milestones.idempotencyKey, key));
    expect(rows).toHaveLength(1);
    expect(await database.db.select().from(evidence).where(eq(evidence.milestoneId, rows[0]!.id))).toHaveLength(1);
  });

  it("keeps the keys of different people apart, and creates without a key stay separate", async () => {
    const key = randomUUID();
    const mine = await logMilestone(database.db, benin, await milestone(key));
    const theirs = await logMilestone(database.db, beninColleague, await milestone(key));
    expect(theirs.id).not.toBe(mine.id);

    const one = await logMilestone(database.db, benin, await milestone(""));
    const two = await logMilestone(database.db, benin, await milestone(""));
    expect(one.id).not.toBe(two.id);
  });

  it("refuses a key that is not a uuid", async () => {
    await expect(logMilestone(database.db, benin, await milestone("not-a-key"))).rejects.toMatchObject({
      fieldErrors: { idempotencyKey: "validation.invalid" },
    });
  });
});

describe("a support need recorded twice with the same key", () => {
  it("returns the first need and writes nothing more", async () => {
    const key = randomUUID();
    const first = await addNeed(database.db, benin, await need(key));
    const before = { needs: await counted(supportNeeds), audit: await counted(auditLog) };

    expect(await addNeed(database.db, benin, await need(key, "Sent again"))).toEqual(first);
    expect({ needs: await counted(supportNeeds), audit: await counted(auditLog) }).toEqual(before);
  });

  it("records one need when several creates with the same key arrive at once", async () => {
    const key = randomUUID();
    const input = await need(key, "Sent five times at once");
    const results = await Promise.all(Array.from({ length: 5 }, () => addNeed(database.db, benin, input)));

    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    const rows = await database.db
      .select()
      .from(supportNeeds)
      .where(and(eq(supportNeeds.createdById, benin.userId), eq(supportNeeds.idempotencyKey, key)));
    expect(rows).toHaveLength(1);
  });
});
