import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { formLike, fuzzRuns, fuzzTimeout, fuzzWrite, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addAgency } from "./add-agency";
import { editAgency } from "./edit-agency";

const database = useTestDatabase();
let coordinator: Actor;
let agencyIds: string[];
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
  agencyIds = (await database.db.select({ id: agencies.id }).from(agencies)).map((row) => row.id).slice(0, 3);
});

const names = (maximum: number) =>
  formLike({
    en: mostly(["Fund"], fc.oneof(fc.string(), fc.constant("x".repeat(maximum + 1)))),
    fr: fc.oneof(fc.constant(""), fc.string({ maxLength: maximum + 5 })),
    es: fc.string({ maxLength: 10 }),
    pt: fc.string({ maxLength: 10 }),
  });
const fields = () => ({
  acronym: mostly(["IFAD", "ILO"], fc.oneof(fc.string({ maxLength: 40 }), fc.constant(" "))),
  shortName: names(30),
  name: names(200),
  kind: mostly(["un_agency", "ngo"], fc.constantFrom("club", "")),
  iatiRef: mostly(["", "XM-DAC-988"], fc.constantFrom("XM DAC 1", "xm-dac-1", "XM-DAC-1/2", "A".repeat(120))),
  iatiOrgType: mostly(["", "40"], fc.constantFrom("41", "x", 40)),
});

describe("fuzzed agency writes by a coordinator get a 4xx or succeed, and refusals change nothing", () => {
  it("adding an agency (acronyms make every accepted one unique)", async () => {
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike(fields()),
      write: (input) => addAgency(database.db, coordinator, input.acronym === "IFAD" ? { ...input, acronym: `A${Math.random().toString(36).slice(2, 10)}` } : input),
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("editing an agency", async () => {
    const version = (id: unknown) => versionIn(database.db, agencies, id);
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike({ id: idAmong(...agencyIds), version: versionLike(), ...fields(), acronym: mostly(["IFAD"], fc.string({ maxLength: 40 })) }),
      write: async (input) => editAgency(database.db, coordinator, await withVersion({ ...input, acronym: input.acronym === "IFAD" ? `A${Math.random().toString(36).slice(2, 10)}` : input.acronym }, () => version(input.id))),
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);
});
