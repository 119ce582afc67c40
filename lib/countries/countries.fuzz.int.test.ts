import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { countries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { formLike, fuzzRuns, fuzzTimeout, fuzzWrite, mostly, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addCountry } from "./add-country";
import { editCountry } from "./edit-country";

const database = useTestDatabase();
let coordinator: Actor;
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});

const place = () => ({
  region: mostly(["africa", "europe_central_asia"], fc.constantFrom("mars", "")),
  spfiStatus: mostly(["interest_expressed"], fc.constantFrom("done", "")),
});
const names = (required: boolean) =>
  formLike({
    en: mostly([required ? "Senegal" : ""], fc.oneof(fc.string(), fc.constant("x".repeat(101)))),
    fr: fc.oneof(fc.constant(""), fc.string({ maxLength: 105 })),
    es: fc.string({ maxLength: 10 }),
    pt: fc.string({ maxLength: 10 }),
  });

describe("fuzzed country writes by a coordinator get a 4xx or succeed, and refusals change nothing", () => {
  it("adding a country (ISO codes; taken, unassigned and malformed ones)", async () => {
    const code = fc.oneof(fc.stringMatching(/^[A-Za-z]{2}$/), fc.constantFrom("SN", " sn ", "XK", "S1", "SEN", "BJ", ""));
    const outcome = await fuzzWrite({ db: database.db, input: formLike({ code, name: names(false), ...place() }), write: (input) => addCountry(database.db, coordinator, input), runs: fuzzRuns });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("editing a country", async () => {
    const version = async (code: unknown) =>
      typeof code === "string" ? (await database.db.select({ version: countries.version }).from(countries).where(eq(countries.code, code.trim().toUpperCase())).catch(() => []))[0]?.version : undefined;
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike({ code: mostly(["BJ", "tg"], fc.constantFrom("XX", "BEN", "")), version: versionLike(), name: names(true), ...place() }),
      write: async (input) => editCountry(database.db, coordinator, await withVersion(input, () => version(input.code))),
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);
});
