import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginAttempts, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { authenticate } from "./authenticate";
import { hashPassword } from "./passwords";
import { signInLimits } from "./sign-in-limits";

const database = useTestDatabase();

async function personWithPassword(password: string) {
  const actor = await createPerson(database, { role: "reviewer" });
  await database.db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, actor.userId));
  return actor;
}

describe("authenticate", () => {
  it("signs in with the right password, whatever the case of the email", async () => {
    const actor = await personWithPassword("correct horse battery");
    const user = await authenticate(database.db, { email: actor.email.toUpperCase(), password: "correct horse battery" }, "10.0.0.1");
    expect(user).toMatchObject({ id: actor.userId, email: actor.email });
  });

  it("refuses a wrong password, an unknown account and malformed input, and records the attempts", async () => {
    const actor = await personWithPassword("correct horse battery");
    expect(await authenticate(database.db, { email: actor.email, password: "wrong" }, "10.0.0.2")).toBeNull();
    expect(await authenticate(database.db, { email: "nobody@example.org", password: "x" }, "10.0.0.2")).toBeNull();
    expect(await authenticate(database.db, { email: 42 }, "10.0.0.2")).toBeNull();
    const attempts = await database.db.select().from(loginAttempts).where(eq(loginAttempts.address, "10.0.0.2"));
    expect(attempts.map((attempt) => attempt.succeeded)).toEqual([false, false]);
  });

  it("refuses a deactivated user even with the right password", async () => {
    const actor = await personWithPassword("correct horse battery");
    await database.db.update(users).set({ active: false }).where(eq(users.id, actor.userId));
    expect(await authenticate(database.db, { email: actor.email, password: "correct horse battery" }, "10.0.0.3")).toBeNull();
  });

  it(`pauses an account after ${signInLimits.perAccount} failures, even for the right password`, async () => {
    const actor = await personWithPassword("correct horse battery");
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      expect(await authenticate(database.db, { email: actor.email, password: `guess ${attempt}` }, `10.1.0.${attempt}`)).toBeNull();
    }
    const refused = authenticate(database.db, { email: actor.email, password: "correct horse battery" }, "10.1.1.1");
    await expect(refused).rejects.toThrowError(AppError);
    await expect(refused).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("counts an account's failures from its last success", async () => {
    const actor = await personWithPassword("correct horse battery");
    for (let attempt = 0; attempt < signInLimits.perAccount - 1; attempt++) {
      await authenticate(database.db, { email: actor.email, password: "wrong" }, "10.2.0.1");
    }
    expect(await authenticate(database.db, { email: actor.email, password: "correct horse battery" }, "10.2.0.1")).not.toBeNull();
    expect(await authenticate(database.db, { email: actor.email, password: "wrong" }, "10.2.0.1")).toBeNull();
    expect(await authenticate(database.db, { email: actor.email, password: "correct horse battery" }, "10.2.0.1")).not.toBeNull();
  });

  it(`pauses an address after ${signInLimits.perAddress} failures across accounts`, async () => {
    for (let attempt = 0; attempt < signInLimits.perAddress; attempt++) {
      await authenticate(database.db, { email: `spray-${attempt}@example.org`, password: "x" }, "10.3.0.1");
    }
    const actor = await personWithPassword("correct horse battery");
    await expect(authenticate(database.db, { email: actor.email, password: "correct horse battery" }, "10.3.0.1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await authenticate(database.db, { email: actor.email, password: "correct horse battery" }, "10.3.0.2")).not.toBeNull();
  });
});
