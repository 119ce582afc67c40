import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { AppError } from "@/lib/errors";
import { fuzzWrite } from "./fuzz";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("the fuzz harness itself", () => {
  it("catches a refusal that wrote to the database anyway", async () => {
    const leaky = async () => {
      await database.db.insert(loginAttempts).values({ email: "x@example.org", address: "1.2.3.4", succeeded: false });
      throw new AppError("INVALID", "validation.invalid");
    };
    await expect(fuzzWrite({ db: database.db, input: fc.string(), write: leaky, runs: 5 })).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/changed the database/) }),
    });
  });

  it("catches an error that is not a 4xx", async () => {
    const crashing = async () => {
      throw new TypeError("cannot read properties of undefined");
    };
    await expect(fuzzWrite({ db: database.db, input: fc.string(), write: crashing, runs: 5 })).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/not an AppError/) }),
    });
  });
});
