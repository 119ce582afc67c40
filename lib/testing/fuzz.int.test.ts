import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { useTestDatabase } from "@/lib/testing/database";
import { fuzzWrite } from "./fuzz";

const database = useTestDatabase();

describe("the fuzz harness itself", () => {
  it("catches a refusal that wrote to the database anyway", async () => {
    const leaky = async () => {
      // A write the fingerprint sees (login_attempts is left out of it on purpose: refused guesses are recorded).
      await database.db.insert(auditLog).values({ action: "fuzz.leak", entityType: "fuzz", entityId: "1" });
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
