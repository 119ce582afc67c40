import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createPerson, createTestDatabase, type TestDatabase } from "@/db/testing";
import type { Actor } from "@/lib/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/passwords";
import { formLike, fuzzRuns, fuzzTimeout, fuzzWrite } from "@/lib/testing/fuzz";
import { changePassword } from "./change-password";
import { chooseLanguage } from "./choose-language";

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  await database.db.update(users).set({ passwordHash: await hashPassword("the current password") }).where(eq(users.id, actor.userId));
});
afterAll(() => database.drop());

describe("fuzzed account writes get a 4xx or succeed, and refusals change nothing", () => {
  it("choosing a language", async () => {
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike({ locale: fc.constantFrom("en", "fr", "es", "pt", "de", "EN", "fr-FR") }),
      write: (input) => chooseLanguage(database.db, actor, input),
      runs: fuzzRuns,
    });
    expect(outcome.accepted + outcome.refused).toBe(fuzzRuns);
    expect(outcome.accepted).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("changing a password", async () => {
    const password = fc.oneof(fc.constant("the current password"), fc.string({ maxLength: 40 }));
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike({ currentPassword: password, newPassword: password, confirmPassword: password }),
      write: (input) => changePassword(database.db, actor, input),
      runs: fuzzRuns,
    });
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("signing in (a refused attempt is recorded, by design, so only errors are checked here)", async () => {
    await fc.assert(
      fc.asyncProperty(formLike({ email: fc.emailAddress(), password: fc.string() }), fc.ipV4(), async (input, address) => {
        try {
          await authenticate(database.db, input, address);
        } catch (error) {
          expect(error).toMatchObject({ code: "RATE_LIMITED" });
        }
      }),
      { numRuns: Math.min(fuzzRuns, 300) },
    );
  }, fuzzTimeout);
});
