import { describe, expect, it } from "vitest";
import { demoPeople, notifications } from "@/db/schema";
import { hasDemoDataset } from "@/lib/seed/demo/has-demo-dataset";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { loadShellFacts } from "./shell-facts";

const database = useTestDatabase();

describe("the signed-in shell's facts", () => {
  it("count the bell's notices and the digests of days that are over, a person's own unread ones only, and see the demonstration dataset come", async () => {
    const person = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    const other = await createPerson(database, { role: "reviewer" });
    expect(await loadShellFacts(database.db, person)).toEqual({ unreadNotifications: 0, demoData: false });

    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const notice = { kind: "review_comment", link: "/review", params: {} } as const;
    await database.db.insert(notifications).values([
      { ...notice, userId: person.userId, delivery: "immediate" },
      { ...notice, userId: person.userId, delivery: "immediate", readAt: new Date() },
      { ...notice, userId: person.userId, delivery: "digest", createdAt: yesterday },
      { ...notice, userId: person.userId, delivery: "digest", createdAt: yesterday },
      { ...notice, userId: person.userId, delivery: "digest" }, // today's digest is not over
      { ...notice, userId: other.userId, delivery: "immediate" },
    ]);
    const facts = await loadShellFacts(database.db, person);
    expect(facts.unreadNotifications).toBe(2);

    await database.db.insert(demoPeople).values({ userId: other.userId });
    expect(await loadShellFacts(database.db, person)).toEqual({ unreadNotifications: 2, demoData: true });
    expect(await hasDemoDataset(database.db)).toBe(true);
  });
});
