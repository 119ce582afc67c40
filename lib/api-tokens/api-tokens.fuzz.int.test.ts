import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { formLike, fuzzRuns, fuzzTimeout, fuzzWrite, mostly } from "@/lib/testing/fuzz";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";

const database = useTestDatabase();
let owner: Actor;
let othersToken: string;
beforeAll(async () => {
  owner = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  const other = await createPerson(database, { role: "reviewer" });
  othersToken = (await createApiToken(database.db, other, { name: "someone else's" })).id;
});

describe("fuzzed API token writes get a 4xx or succeed, and refusals change nothing", () => {
  it("creating and revoking tokens (someone else's token is refused)", async () => {
    const create = formLike({
      name: mostly(["Monthly report"], fc.oneof(fc.string(), fc.constant(" "), fc.constant("x".repeat(101)))),
      expiresOn: mostly(["", "2099-01-01"], fc.constantFrom("2020-01-01", "2099-02-30", "tomorrow")),
    });
    const revoke = formLike({ tokenId: fc.oneof(fc.constantFrom("the last one", othersToken), fc.uuid()), confirm: mostly(["on"], fc.constantFrom("", "off", "yes")) });
    const input = fc.oneof(create.map((values) => ({ create: true, values })), revoke.map((values) => ({ create: false, values })));
    const outcome = await fuzzWrite({
      db: database.db,
      input,
      write: async ({ create: isCreate, values }) => {
        if (isCreate) return createApiToken(database.db, owner, values);
        const mine = await database.db.query.apiTokens.findFirst({ where: (table, { eq }) => eq(table.userId, owner.userId), orderBy: (table, { desc }) => desc(table.createdAt) });
        return revokeApiToken(database.db, owner, values.tokenId === "the last one" ? { ...values, tokenId: mine?.id } : values);
      },
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);
});
